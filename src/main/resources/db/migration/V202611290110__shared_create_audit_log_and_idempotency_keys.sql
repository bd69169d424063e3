-- Append-only record of staff and admin changes. Rows are never updated or deleted: the trigger
-- below refuses it even for a buggy or compromised application.
CREATE TABLE audit_log (
    id               uuid        PRIMARY KEY,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    actor_id         uuid,
    actor_subject    text,
    action           text        NOT NULL,
    entity_type      text        NOT NULL,
    entity_id        uuid        NOT NULL,
    organisation_id  uuid,
    summary          text        NOT NULL,
    request_id       text
);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_log_organisation ON audit_log (organisation_id, occurred_at DESC, id DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Responses to POSTs that carried an Idempotency-Key, so a retried request replays the first answer.
-- The primary key serialises concurrent retries: the second waits for the first to commit.
CREATE TABLE idempotency_keys (
    caller           text        NOT NULL,
    idempotency_key  text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_path     text        NOT NULL,
    request_hash     text        NOT NULL,
    response_status  integer,
    response_body    text,
    response_location text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
