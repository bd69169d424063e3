-- Co-delivery: tasks a service needs help with, their shifts, and who signed up.
CREATE TABLE opportunities (
    id             uuid        PRIMARY KEY,
    service_id     uuid        NOT NULL REFERENCES services (id),
    title          text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description    text        NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    place_name     text        CHECK (length(place_name) <= 120),
    latitude       double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision CHECK (longitude BETWEEN -180 AND 180),
    skills         text[]      NOT NULL DEFAULT '{}',
    what_to_bring  text        CHECK (length(what_to_bring) <= 1000),
    minimum_age    integer     CHECK (minimum_age BETWEEN 1 AND 120),
    -- Checks staff must confirm before someone can sign up, such as a safeguarding check.
    checks         text[]      NOT NULL DEFAULT '{}',
    state          text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX opportunities_service ON opportunities (service_id, created_at DESC, id DESC);
CREATE INDEX opportunities_state ON opportunities (state, created_at DESC, id DESC);

-- Times are instants (UTC); the portal shows them in the instance's time zone.
CREATE TABLE shifts (
    id                uuid        PRIMARY KEY,
    opportunity_id    uuid        NOT NULL REFERENCES opportunities (id),
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL,
    capacity          integer     NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    -- Places staff added above capacity, each with an audited reason.
    extra_places      integer     NOT NULL DEFAULT 0 CHECK (extra_places >= 0),
    confirmed_count   integer     NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
    waitlist_count    integer     NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
    signup_opens_at   timestamptz NOT NULL,
    signup_closes_at  timestamptz NOT NULL,
    cancel_deadline   timestamptz NOT NULL,
    check_in_code     text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (signup_closes_at > signup_opens_at),
    CHECK (signup_closes_at <= ends_at),
    CHECK (cancel_deadline <= starts_at),
    -- Never overbooked, whatever the application does.
    CHECK (confirmed_count <= capacity + extra_places)
);
CREATE INDEX shifts_opportunity ON shifts (opportunity_id, starts_at, id);
CREATE INDEX shifts_starts ON shifts (starts_at, id);

-- One row per sign-up. Waitlisted rows queue in (queued_at, id) order; a position is the rank in
-- that queue, so positions are 1..n with no gaps or repeats by construction.
CREATE TABLE signups (
    id                    uuid         PRIMARY KEY,
    shift_id              uuid         NOT NULL REFERENCES shifts (id),
    person_id             uuid         NOT NULL REFERENCES people (id),
    status                text         NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'REMOVED')),
    queued_at             timestamptz  NOT NULL,
    confirmed_at          timestamptz,
    ended_at              timestamptz,
    assigned_by           uuid         REFERENCES people (id),
    over_capacity_reason  text         CHECK (length(over_capacity_reason) <= 500),
    attendance            text         CHECK (attendance IN ('ATTENDED', 'NO_SHOW')),
    hours                 numeric(5,2) CHECK (hours >= 0 AND hours <= 24),
    checked_in_at         timestamptz,
    hours_approved_at     timestamptz,
    hours_approved_by     uuid         REFERENCES people (id),
    reminded_at           timestamptz,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    version               bigint       NOT NULL DEFAULT 0,
    CHECK (attendance IS NULL OR status = 'CONFIRMED'),
    CHECK ((attendance = 'ATTENDED') = (hours IS NOT NULL)),
    CHECK (hours_approved_at IS NULL OR attendance = 'ATTENDED')
);
-- One active sign-up per person per shift.
CREATE UNIQUE INDEX signups_one_active ON signups (shift_id, person_id) WHERE status IN ('CONFIRMED', 'WAITLISTED');
CREATE INDEX signups_waitlist ON signups (shift_id, queued_at, id) WHERE status = 'WAITLISTED';
CREATE INDEX signups_roster ON signups (shift_id, status, created_at, id);
CREATE INDEX signups_person ON signups (person_id, created_at DESC, id DESC);

-- Checks (such as a safeguarding check) staff of an organisation confirmed for a person.
CREATE TABLE volunteer_checks (
    organisation_id  uuid        NOT NULL REFERENCES organisations (id),
    person_id        uuid        NOT NULL REFERENCES people (id),
    check_name       text        NOT NULL CHECK (length(check_name) BETWEEN 1 AND 60),
    confirmed_by     uuid        NOT NULL REFERENCES people (id),
    confirmed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, person_id, check_name)
);
