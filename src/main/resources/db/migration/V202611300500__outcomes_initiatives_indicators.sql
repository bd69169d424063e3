-- Evidence: co-production initiatives on a service, outcome indicators and their dated observations.
CREATE TABLE initiatives (
    id                      uuid        PRIMARY KEY,
    service_id              uuid        NOT NULL REFERENCES services (id),
    name                    text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description             text        CHECK (length(description) <= 4000),
    starts_on               date        NOT NULL,
    ends_on                 date        CHECK (ends_on >= starts_on),
    -- Which of the four Co's it is: a non-empty subset.
    cos                     text[]      NOT NULL CHECK (cardinality(cos) > 0 AND cos <@ ARRAY['CO_COMMISSIONING',
                                            'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT']),
    -- Services without the initiative, for a difference-in-differences estimate.
    comparison_service_ids  uuid[]      NOT NULL DEFAULT '{}',
    created_by              uuid        REFERENCES people (id),
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL DEFAULT 0
);
CREATE INDEX initiatives_by_service ON initiatives (service_id, starts_on DESC, id DESC);
CREATE INDEX initiatives_newest ON initiatives (starts_on DESC, id DESC);

CREATE TABLE indicators (
    id           uuid        PRIMARY KEY,
    service_id   uuid        NOT NULL REFERENCES services (id),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unit         text        NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
    -- Whether a rise (UP) or a fall (DOWN) is an improvement.
    better       text        NOT NULL CHECK (better IN ('UP', 'DOWN')),
    description  text        CHECK (length(description) <= 2000),
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX indicators_name_per_service ON indicators (service_id, lower(name));

-- One value per indicator per date: a later value for the same date replaces the earlier one.
CREATE TABLE observations (
    indicator_id  uuid          NOT NULL REFERENCES indicators (id),
    observed_on   date          NOT NULL,
    value         numeric(20,6) NOT NULL,
    source        text          NOT NULL CHECK (source IN ('STAFF', 'CSV', 'INTEGRATOR')),
    recorded_by   uuid          REFERENCES people (id),
    recorded_at   timestamptz   NOT NULL,
    PRIMARY KEY (indicator_id, observed_on)
);
