-- What a person chooses to tell us about themselves, so staff can see who takes part and who is
-- left out: the area they live in (one of the areas the instance configures) and answers to a few
-- self-declared questions. All optional; withdrawing deletes the rows.
ALTER TABLE people ADD COLUMN area text CHECK (length(area) BETWEEN 1 AND 50);

CREATE TABLE person_group_answers (
    person_id    uuid        NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    question     text        NOT NULL CHECK (question IN ('AGE_BAND', 'DISABILITY')),
    answer       text        NOT NULL CHECK (length(answer) BETWEEN 1 AND 50),
    answered_at  timestamptz NOT NULL,
    PRIMARY KEY (person_id, question)
);
CREATE INDEX people_by_area ON people (area) WHERE area IS NOT NULL;
