-- Co-design: challenges a service puts to the public, the ideas citizens propose, the supports
-- that back them (the co-commissioning signal) and the public timeline of staff answers.
CREATE TABLE challenges (
    id           uuid        PRIMARY KEY,
    service_id   uuid        NOT NULL REFERENCES services (id),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    brief        text        NOT NULL CHECK (length(brief) BETWEEN 1 AND 5000),
    state        text        NOT NULL CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'ANSWERED')),
    opens_on     date        NOT NULL,
    closes_on    date        NOT NULL,
    budget_hint  text        CHECK (length(budget_hint) <= 200),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX challenges_service ON challenges (service_id, opens_on DESC, id);
CREATE INDEX challenges_state ON challenges (state, opens_on DESC, id);

CREATE TABLE ideas (
    id             uuid        PRIMARY KEY,
    service_id     uuid        NOT NULL REFERENCES services (id),
    challenge_id   uuid        REFERENCES challenges (id),
    author_id      uuid        NOT NULL REFERENCES people (id),
    title          text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    body           text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    place_name     text        CHECK (length(place_name) <= 120),
    latitude       double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision CHECK (longitude BETWEEN -180 AND 180),
    tags           text[]      NOT NULL DEFAULT '{}',
    status         text        NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS',
                                                          'IMPLEMENTED', 'NOT_TAKEN_FORWARD', 'WITHDRAWN')),
    support_count  integer     NOT NULL DEFAULT 0 CHECK (support_count >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    answered_at    timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    search         tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
-- One index per filter and sort the API offers (newest, most supported, recently answered).
CREATE INDEX ideas_newest ON ideas (created_at DESC, id DESC);
CREATE INDEX ideas_most_supported ON ideas (support_count DESC, id DESC);
CREATE INDEX ideas_recently_answered ON ideas (answered_at DESC NULLS LAST, id DESC);
CREATE INDEX ideas_service_newest ON ideas (service_id, created_at DESC, id DESC);
CREATE INDEX ideas_service_most_supported ON ideas (service_id, support_count DESC, id DESC);
CREATE INDEX ideas_challenge_newest ON ideas (challenge_id, created_at DESC, id DESC);
CREATE INDEX ideas_author_newest ON ideas (author_id, created_at DESC, id DESC);
CREATE INDEX ideas_status_oldest ON ideas (status, created_at, id);
CREATE INDEX ideas_tags ON ideas USING gin (tags);
CREATE INDEX ideas_search ON ideas USING gin (search);

-- One support per person per idea: the primary key is the rule, whatever the application does.
CREATE TABLE idea_supports (
    idea_id     uuid        NOT NULL REFERENCES ideas (id),
    person_id   uuid        NOT NULL REFERENCES people (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idea_id, person_id)
);
CREATE INDEX idea_supports_person ON idea_supports (person_id, created_at DESC);

-- Every status move, with the public answer staff gave: the idea's timeline.
CREATE TABLE idea_answers (
    id           uuid        PRIMARY KEY,
    idea_id      uuid        NOT NULL REFERENCES ideas (id),
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    answer       text        CHECK (length(answer) <= 5000),
    answered_by  uuid        NOT NULL REFERENCES people (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idea_answers_idea ON idea_answers (idea_id, created_at, id);
