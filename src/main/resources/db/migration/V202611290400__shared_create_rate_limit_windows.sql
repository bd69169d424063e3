-- Per-person write counters in fixed windows, shared by every application instance.
CREATE TABLE rate_limit_windows (
    caller        text        NOT NULL,
    action        text        NOT NULL,
    window_start  timestamptz NOT NULL,
    hits          integer     NOT NULL,
    PRIMARY KEY (caller, action, window_start)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
