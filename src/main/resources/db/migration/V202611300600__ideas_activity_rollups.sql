-- Co-design activity per service and local day, for the evidence pages. Rebuilt as a whole by
-- IdeaStatistics.refreshRollups (a status change or a withdrawn support changes old days too), so
-- these tables are derived data: losing them loses nothing.
CREATE TABLE idea_activity_days (
    service_id   uuid    NOT NULL,
    day          date    NOT NULL,
    -- Ideas proposed that day (withdrawn ones not counted), and what has become of them since.
    ideas        integer NOT NULL,
    answered     integer NOT NULL,
    accepted     integer NOT NULL,
    implemented  integer NOT NULL,
    supports     integer NOT NULL,
    comments     integer NOT NULL,
    PRIMARY KEY (service_id, day)
);

-- How many of a day's ideas had their first answer after how many whole days, so the median wait
-- of any period can be read without touching the ideas.
CREATE TABLE idea_answer_delays (
    service_id  uuid    NOT NULL,
    day         date    NOT NULL,
    days        integer NOT NULL,
    ideas       integer NOT NULL,
    PRIMARY KEY (service_id, day, days)
);
