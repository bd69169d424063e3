-- My account: a name the person chose (kept when the identity provider's changes), the language of
-- the portal and of emails, and when the account was erased (the row stays, holding nothing
-- personal, so the public content and counts tied to it stay whole).
ALTER TABLE people ADD COLUMN display_name_chosen boolean NOT NULL DEFAULT false;
ALTER TABLE people ADD COLUMN language text CHECK (language IN ('en', 'cy'));
ALTER TABLE people ADD COLUMN erased_at timestamptz;
ALTER TABLE people ADD CHECK (erased_at IS NULL OR (subject IS NULL AND email IS NULL AND area IS NULL));

-- Per-kind email choices: a kind not listed follows the person's email_frequency.
CREATE TABLE notification_preferences (
    person_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    frequency  text NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY_DIGEST', 'NONE')),
    PRIMARY KEY (person_id, kind)
);

-- Sessions ended on the server: tokens of this subject issued before ended_before are refused,
-- whichever instance sees them. The subject is kept only as a SHA-256 digest, so an erased person's
-- subject is nowhere in the database; rows expire once no token that old can still be valid.
CREATE TABLE ended_sessions (
    subject_digest  text        PRIMARY KEY,
    ended_before    timestamptz NOT NULL
);
CREATE INDEX ended_sessions_age ON ended_sessions (ended_before);

-- The audit log names people by their id only: the subject stays in people, so erasing a person
-- leaves no identifier of theirs in rows nobody may change. Machine clients keep their client id.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
UPDATE audit_log SET actor_subject = NULL WHERE actor_id IS NOT NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
-- Belt and braces for deployments where the application's role is not the owner: it may only add.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
