-- Co-delivery activity per service and local day, for the evidence pages. Rebuilt as a whole by
-- DeliveryStatistics.refreshRollups; derived data only.
CREATE TABLE delivery_activity_days (
    service_id          uuid         NOT NULL,
    day                 date         NOT NULL,
    -- Shifts starting that day, their places and confirmed sign-ups.
    shifts              integer      NOT NULL,
    places              integer      NOT NULL,
    places_filled       integer      NOT NULL,
    -- Attendance recorded for those shifts, and the hours staff approved.
    attended            integer      NOT NULL,
    no_shows            integer      NOT NULL,
    approved_hours      numeric(12, 2) NOT NULL,
    -- Everyday contributions made that day.
    contributions       integer      NOT NULL,
    contribution_hours  numeric(12, 2) NOT NULL,
    PRIMARY KEY (service_id, day)
);
