-- A per-kind email choice names a kind notifications can have: the database, not only the API's
-- enum, holds that rule (the same list as notifications.kind).
ALTER TABLE notification_preferences ADD CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED',
    'COAUTHOR_INVITED', 'COAUTHOR_ACCEPTED', 'SIGNUP_PROMOTED', 'SIGNUP_CHANGED', 'SHIFT_REMINDER',
    'REVIEW_REPLIED', 'CHANGE_CONFIRMATION_REQUESTED'));
