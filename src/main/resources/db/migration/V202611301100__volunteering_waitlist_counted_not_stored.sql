-- The waitlist's length is counted from the sign-ups when a shift is read (signups_waitlist serves
-- the count), no longer stored on the shift: joining the waitlist of a full shift then writes only
-- the new sign-up, so a burst of joiners no longer queue for the shift's row one commit at a time.
ALTER TABLE shifts DROP COLUMN waitlist_count;
