-- Reviewers hear about replies, and are asked whether a promised change happened.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED', 'COAUTHOR_INVITED', 'COAUTHOR_ACCEPTED',
                    'SIGNUP_PROMOTED', 'SIGNUP_CHANGED', 'SHIFT_REMINDER',
                    'REVIEW_REPLIED', 'CHANGE_CONFIRMATION_REQUESTED'));
