-- Volunteers are reminded the day before a shift.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED', 'COAUTHOR_INVITED', 'COAUTHOR_ACCEPTED',
                    'SIGNUP_PROMOTED', 'SIGNUP_CHANGED', 'SHIFT_REMINDER'));
