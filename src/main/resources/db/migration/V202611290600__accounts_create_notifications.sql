-- What a person is told: written in the same transaction as the change that causes it, so a
-- rolled-back change tells nobody. emailed_at lets a background sender pick up each row once.
CREATE TABLE notifications (
    id            uuid        PRIMARY KEY,
    recipient_id  uuid        NOT NULL REFERENCES people (id),
    kind          text        NOT NULL CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED')),
    subject_id    uuid        NOT NULL,
    title         text        NOT NULL,
    detail        text,
    link          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    read_at       timestamptz,
    emailed_at    timestamptz
);
CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;
CREATE INDEX notifications_to_email ON notifications (created_at) WHERE emailed_at IS NULL;
