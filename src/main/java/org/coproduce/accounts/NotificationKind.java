package org.coproduce.accounts;

/** What a notification is about. */
public enum NotificationKind {
    IDEA_STATUS_CHANGED,
    IDEA_COMMENTED,
    COAUTHOR_INVITED,
    COAUTHOR_ACCEPTED,
    /** A place came free on a shift and the first on its waitlist got it. */
    SIGNUP_PROMOTED,
    /** Staff assigned, moved or removed the person. */
    SIGNUP_CHANGED,
    /** A confirmed shift starts within a day. */
    SHIFT_REMINDER,
    /** Staff replied to the person's review. */
    REVIEW_REPLIED,
    /** A change promised in reply to the person's review is done (or due): did it happen? */
    CHANGE_CONFIRMATION_REQUESTED;

    /**
     * Emailed at once even to people who chose the daily digest (not to those who chose none):
     * a place on tomorrow's shift cannot wait for tomorrow's digest.
     */
    public boolean isUrgent() {
        return this == SIGNUP_PROMOTED || this == SIGNUP_CHANGED || this == SHIFT_REMINDER;
    }
}
