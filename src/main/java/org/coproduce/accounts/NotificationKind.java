package org.coproduce.accounts;

/** What a notification is about. */
public enum NotificationKind {
    IDEA_STATUS_CHANGED,
    IDEA_COMMENTED,
    COAUTHOR_INVITED,
    COAUTHOR_ACCEPTED
}
