-- Machine clients of the identity provider, each tied to the one organisation whose data it may touch.
CREATE TABLE integrator_clients (
    client_id        text        PRIMARY KEY CHECK (length(client_id) BETWEEN 1 AND 200),
    organisation_id  uuid        NOT NULL REFERENCES organisations (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at       timestamptz NOT NULL
);

-- An organisation's webhook: where to send which events, signed with its secret.
CREATE TABLE webhook_subscriptions (
    id                    uuid        PRIMARY KEY,
    organisation_id       uuid        NOT NULL REFERENCES organisations (id),
    url                   text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    events                text[]      NOT NULL CHECK (cardinality(events) > 0),
    -- Standard Webhooks secret ("whsec_" + base64); shown to the subscriber once, kept to sign.
    secret                text        NOT NULL,
    active                boolean     NOT NULL DEFAULT true,
    disabled_reason       text,
    consecutive_failures  integer     NOT NULL DEFAULT 0,
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL DEFAULT 0
);
CREATE INDEX webhook_subscriptions_by_organisation ON webhook_subscriptions (organisation_id, created_at, id);

-- The outbox: every event, written in the transaction of the change it describes.
CREATE TABLE webhook_events (
    id               uuid        PRIMARY KEY,
    type             text        NOT NULL,
    organisation_id  uuid        NOT NULL,
    payload          text        NOT NULL,
    occurred_at      timestamptz NOT NULL
);

-- One event to one subscription, retried until it succeeds or 24 hours pass. A sender leases due
-- deliveries (FOR UPDATE SKIP LOCKED, then leased_until), so two instances never send one attempt twice.
CREATE TABLE webhook_deliveries (
    id               uuid        PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL REFERENCES webhook_events (id),
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    leased_until     timestamptz,
    created_at       timestamptz NOT NULL,
    -- When retrying began: a redelivery starts a new 24 hours.
    retrying_since   timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

-- Every attempt, for the delivery history.
CREATE TABLE webhook_attempts (
    id            uuid        PRIMARY KEY,
    delivery_id   uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    error         text,
    duration_ms   integer     NOT NULL
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, attempted_at);
