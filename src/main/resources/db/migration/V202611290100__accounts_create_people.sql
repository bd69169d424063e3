-- People who take part: created on first sign-in from the identity provider's subject, or
-- invited by email before they first sign in (subject still null).
CREATE TABLE people (
    id            uuid        PRIMARY KEY,
    subject       text        UNIQUE,
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
