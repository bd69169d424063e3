-- Co-assessment: ratings of services, their public reviews, staff replies and changes committed.
CREATE TABLE ratings (
    id             uuid        PRIMARY KEY,
    service_id     uuid        NOT NULL REFERENCES services (id),
    -- A citizen's own rating; imported ratings have no person but a source and an external id.
    person_id      uuid        REFERENCES people (id),
    source         text        CHECK (length(source) BETWEEN 1 AND 100),
    external_id    text        CHECK (length(external_id) BETWEEN 1 AND 200),
    overall        integer     NOT NULL CHECK (overall BETWEEN 1 AND 5),
    access         integer     CHECK (access BETWEEN 1 AND 5),
    timeliness     integer     CHECK (timeliness BETWEEN 1 AND 5),
    courtesy       integer     CHECK (courtesy BETWEEN 1 AND 5),
    outcome        integer     CHECK (outcome BETWEEN 1 AND 5),
    review         text        CHECK (length(review) BETWEEN 1 AND 2000),
    used_in        date        CHECK (extract(day FROM used_in) = 1),
    rated_at       timestamptz NOT NULL,
    -- The month (instance time) the rating counts in for the trend; fixed when it is first given.
    rated_month    date        NOT NULL CHECK (extract(day FROM rated_month) = 1),
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    hidden_at      timestamptz,
    hidden_reason  text,
    CHECK ((person_id IS NULL) = (source IS NOT NULL AND external_id IS NOT NULL)),
    -- An import resubmitted with the same source and external id changes nothing.
    UNIQUE (service_id, source, external_id)
);
-- A person's latest rating of a service (the one-per-window check runs under an advisory lock).
CREATE INDEX ratings_by_person ON ratings (person_id, service_id, rated_at DESC) WHERE person_id IS NOT NULL;
-- Public reviews in the three orders the API offers.
CREATE INDEX reviews_newest ON ratings (service_id, rated_at DESC, id DESC)
    WHERE review IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX reviews_lowest ON ratings (service_id, overall, rated_at DESC, id DESC)
    WHERE review IS NOT NULL AND hidden_at IS NULL;
CREATE INDEX reviews_highest ON ratings (service_id, overall DESC, rated_at DESC, id DESC)
    WHERE review IS NOT NULL AND hidden_at IS NULL;

-- The summary of each service, changed in the same transaction as every rating: reading it never
-- scans ratings. Sums and counts are exact integers; means are divided on read.
CREATE TABLE rating_summaries (
    service_id        uuid    PRIMARY KEY REFERENCES services (id),
    rating_count      bigint  NOT NULL DEFAULT 0,
    overall_sum       bigint  NOT NULL DEFAULT 0,
    score_1           bigint  NOT NULL DEFAULT 0,
    score_2           bigint  NOT NULL DEFAULT 0,
    score_3           bigint  NOT NULL DEFAULT 0,
    score_4           bigint  NOT NULL DEFAULT 0,
    score_5           bigint  NOT NULL DEFAULT 0,
    access_count      bigint  NOT NULL DEFAULT 0,
    access_sum        bigint  NOT NULL DEFAULT 0,
    timeliness_count  bigint  NOT NULL DEFAULT 0,
    timeliness_sum    bigint  NOT NULL DEFAULT 0,
    courtesy_count    bigint  NOT NULL DEFAULT 0,
    courtesy_sum      bigint  NOT NULL DEFAULT 0,
    outcome_count     bigint  NOT NULL DEFAULT 0,
    outcome_sum       bigint  NOT NULL DEFAULT 0
);

-- The same per month, for the trend.
CREATE TABLE rating_months (
    service_id    uuid    NOT NULL REFERENCES services (id),
    month         date    NOT NULL,
    rating_count  bigint  NOT NULL DEFAULT 0,
    overall_sum   bigint  NOT NULL DEFAULT 0,
    low_count     bigint  NOT NULL DEFAULT 0,
    high_count    bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, month)
);

-- Staff of the service's organisation reply once to a review; the reply is editable.
CREATE TABLE rating_replies (
    id          uuid        PRIMARY KEY,
    rating_id   uuid        NOT NULL UNIQUE REFERENCES ratings (id),
    author_id   uuid        NOT NULL REFERENCES people (id),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);

-- "We are making a change": committed in a reply, marked done by staff, confirmed by the reviewer.
CREATE TABLE rating_changes (
    id                  uuid        PRIMARY KEY,
    rating_id           uuid        NOT NULL UNIQUE REFERENCES ratings (id),
    service_id          uuid        NOT NULL REFERENCES services (id),
    what                text        NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
    expected_by         date        NOT NULL,
    committed_at        timestamptz NOT NULL,
    done_at             timestamptz,
    -- When the reviewer was asked whether it happened (on done, or at the expected date).
    asked_at            timestamptz,
    answer              text        CHECK (answer IN ('YES', 'PARTLY', 'NO')),
    answer_comment      text        CHECK (length(answer_comment) <= 1000),
    answered_at         timestamptz,
    version             bigint      NOT NULL DEFAULT 0,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX changes_by_service ON rating_changes (service_id, committed_at DESC, id DESC);
CREATE INDEX changes_newest ON rating_changes (committed_at DESC, id DESC);
CREATE INDEX changes_due ON rating_changes (expected_by) WHERE asked_at IS NULL;
