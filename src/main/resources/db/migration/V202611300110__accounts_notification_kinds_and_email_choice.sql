-- New things to be told about (co-author invitations), and each person's choice of how email
-- tells them: at once, in one daily digest (the default, against notification overload), or never.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('IDEA_STATUS_CHANGED', 'IDEA_COMMENTED', 'COAUTHOR_INVITED', 'COAUTHOR_ACCEPTED'));

ALTER TABLE people ADD COLUMN email_frequency text NOT NULL DEFAULT 'DAILY_DIGEST'
    CHECK (email_frequency IN ('IMMEDIATE', 'DAILY_DIGEST', 'NONE'));

-- The background sender takes unsent rows in creation order; rows nobody will email are settled
-- at once, so this index stays small.
DROP INDEX notifications_to_email;
CREATE INDEX notifications_to_email ON notifications (recipient_id, created_at) WHERE emailed_at IS NULL;
