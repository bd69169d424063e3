-- Everyday contributions: help citizens give outside any shift (litter picked, a neighbour checked
-- on), recorded against a service with a kind from that service's list. Counted apart from shifts.
CREATE TABLE contribution_kinds (
    id          uuid        PRIMARY KEY,
    service_id  uuid        NOT NULL REFERENCES services (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX contribution_kinds_name ON contribution_kinds (service_id, lower(name));

CREATE TABLE contributions (
    id           uuid         PRIMARY KEY,
    person_id    uuid         NOT NULL REFERENCES people (id),
    service_id   uuid         NOT NULL REFERENCES services (id),
    kind_id      uuid         NOT NULL REFERENCES contribution_kinds (id),
    happened_on  date         NOT NULL,
    hours        numeric(5,2) CHECK (hours > 0 AND hours <= 24),
    note         text         CHECK (length(note) <= 500),
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX contributions_person ON contributions (person_id, happened_on DESC, id DESC);
CREATE INDEX contributions_service ON contributions (service_id, happened_on DESC);

-- A private calendar address per person: the token is the secret, and resetting it replaces it.
CREATE TABLE calendar_feeds (
    person_id   uuid        PRIMARY KEY REFERENCES people (id),
    token       text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- The reminder job looks for confirmed places on shifts that start soon and were not reminded.
CREATE INDEX signups_to_remind ON signups (shift_id) WHERE status = 'CONFIRMED' AND reminded_at IS NULL;
