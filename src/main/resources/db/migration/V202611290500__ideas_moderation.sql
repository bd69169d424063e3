-- Moderation: anyone signed in reports an idea or comment; staff of the organisation (or an admin)
-- hide or restore it. Hidden content is gone for the public and marked hidden for its author.
ALTER TABLE ideas ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason text;
ALTER TABLE idea_comments ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason text;

CREATE TABLE reports (
    id               uuid        PRIMARY KEY,
    target_type      text        NOT NULL CHECK (target_type IN ('idea', 'comment')),
    target_id        uuid        NOT NULL,
    organisation_id  uuid        NOT NULL,
    reporter_id      uuid        NOT NULL REFERENCES people (id),
    reason           text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    created_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    resolution       text        CHECK (resolution IN ('HIDDEN', 'RESTORED')),
    resolved_by      uuid        REFERENCES people (id),
    -- One report per person per item: reporting again changes nothing.
    UNIQUE (target_type, target_id, reporter_id)
);
CREATE INDEX reports_open_queue ON reports (organisation_id, created_at, id) WHERE resolved_at IS NULL;
CREATE INDEX reports_open_all ON reports (created_at, id) WHERE resolved_at IS NULL;
