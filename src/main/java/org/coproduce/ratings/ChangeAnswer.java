package org.coproduce.ratings;

/** The reviewer's answer to "did this change happen?". */
public enum ChangeAnswer {
    YES,
    PARTLY,
    NO
}
