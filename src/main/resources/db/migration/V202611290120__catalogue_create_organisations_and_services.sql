-- Organisations (a council department, a health board, an agency) and the public services they run.
CREATE TABLE organisations (
    id           uuid        PRIMARY KEY,
    slug         text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description  text,
    website      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX organisations_name ON organisations (name, id);

-- Which people act as staff for which organisation.
CREATE TABLE organisation_staff (
    organisation_id  uuid        NOT NULL REFERENCES organisations (id),
    person_id        uuid        NOT NULL REFERENCES people (id),
    added_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, person_id)
);
CREATE INDEX organisation_staff_person ON organisation_staff (person_id);

CREATE TABLE services (
    id               uuid        PRIMARY KEY,
    organisation_id  uuid        NOT NULL REFERENCES organisations (id),
    slug             text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    summary          text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 280),
    description      text        CHECK (length(description) <= 5000),
    category         text        NOT NULL,
    area_served      text        NOT NULL CHECK (length(area_served) BETWEEN 1 AND 120),
    contact_email    text,
    contact_phone    text,
    contact_website  text,
    active           boolean     NOT NULL DEFAULT true,
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    search           tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '') || ' ' || area_served), 'C')
    ) STORED
);
-- Every list the API offers is over live (not archived) services, sorted by name then id.
CREATE INDEX services_name ON services (name, id) WHERE archived_at IS NULL;
CREATE INDEX services_organisation_name ON services (organisation_id, name, id) WHERE archived_at IS NULL;
CREATE INDEX services_category_name ON services (category, name, id) WHERE archived_at IS NULL;
CREATE INDEX services_area_name ON services (lower(area_served), name, id) WHERE archived_at IS NULL;
CREATE INDEX services_search ON services USING gin (search) WHERE archived_at IS NULL;
