package org.coproduce.volunteering;

/** Whether a confirmed volunteer came. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
