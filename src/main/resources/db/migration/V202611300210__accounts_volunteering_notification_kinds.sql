-- Volunteering tells people when a waitlist place comes free and when staff change their shifts.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED', 'COAUTHOR_INVITED', 'COAUTHOR_ACCEPTED',
                    'SIGNUP_PROMOTED', 'SIGNUP_CHANGED'));
