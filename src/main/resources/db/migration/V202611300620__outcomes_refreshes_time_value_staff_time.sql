-- When the activity rollups were last rebuilt. One row per rollup; an instance takes the row with
-- FOR UPDATE SKIP LOCKED, so with several instances only one rebuilds at a time.
CREATE TABLE outcome_refreshes (
    name          text        PRIMARY KEY,
    refreshed_at  timestamptz,
    took_ms       bigint
);
INSERT INTO outcome_refreshes (name) VALUES ('activity');

-- A service's own value of an hour of citizens' time, overriding the instance's.
CREATE TABLE service_time_values (
    service_id    uuid          PRIMARY KEY REFERENCES services (id),
    hourly_value  numeric(8, 2) NOT NULL CHECK (hourly_value >= 0 AND hourly_value <= 10000),
    set_by        uuid          REFERENCES people (id),
    set_at        timestamptz   NOT NULL
);

-- Hours staff spent supporting a service's volunteers in a month, where staff record them.
CREATE TABLE staff_support_hours (
    service_id   uuid          NOT NULL REFERENCES services (id),
    month        date          NOT NULL CHECK (extract(day FROM month) = 1),
    hours        numeric(8, 2) NOT NULL CHECK (hours >= 0 AND hours <= 100000),
    recorded_by  uuid          REFERENCES people (id),
    recorded_at  timestamptz   NOT NULL,
    PRIMARY KEY (service_id, month)
);
