-- Co-authors: people the author invited to design an idea with them. A row is an invitation until
-- accepted_at is set; the primary key makes one invitation per person per idea.
CREATE TABLE idea_coauthors (
    idea_id      uuid        NOT NULL REFERENCES ideas (id),
    person_id    uuid        NOT NULL REFERENCES people (id),
    invited_by   uuid        NOT NULL REFERENCES people (id),
    invited_at   timestamptz NOT NULL DEFAULT now(),
    accepted_at  timestamptz,
    PRIMARY KEY (idea_id, person_id)
);
-- "My ideas" and the author filter look co-authored ideas up by person.
CREATE INDEX idea_coauthors_person ON idea_coauthors (person_id, idea_id) WHERE accepted_at IS NOT NULL;

-- The bounding-box filter of the ideas list: only placed ideas are indexed.
CREATE INDEX ideas_place ON ideas (latitude, longitude) WHERE latitude IS NOT NULL;
