-- Comments on ideas, with one level of replies. A deleted comment keeps its place in the
-- thread (replies still make sense) but loses its text.
CREATE TABLE idea_comments (
    id          uuid        PRIMARY KEY,
    idea_id     uuid        NOT NULL REFERENCES ideas (id),
    parent_id   uuid        REFERENCES idea_comments (id),
    author_id   uuid        NOT NULL REFERENCES people (id),
    body        text        CHECK (length(body) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    edited_at   timestamptz,
    deleted_at  timestamptz,
    version     bigint      NOT NULL DEFAULT 0,
    CHECK ((deleted_at IS NULL) = (body IS NOT NULL))
);
CREATE INDEX idea_comments_thread ON idea_comments (idea_id, created_at, id);
