package org.coproduce.accounts;

/** How often email tells a person about their notifications; the portal always lists them. */
public enum EmailFrequency {
    /** One email per notification, within a minute. */
    IMMEDIATE,
    /** One email a day gathering what is still unread: the default, against notification overload. */
    DAILY_DIGEST,
    /** No email at all. */
    NONE
}
