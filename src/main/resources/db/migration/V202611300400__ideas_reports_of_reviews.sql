-- Reviews (from ratings) are reported and moderated through the same reports.
ALTER TABLE reports DROP CONSTRAINT reports_target_type_check;
ALTER TABLE reports ADD CONSTRAINT reports_target_type_check
    CHECK (target_type IN ('idea', 'comment', 'review'));
