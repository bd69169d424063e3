package org.coproduce.catalogue;

/** The kinds of public service, for browsing and filtering. Labels live in the portal's catalogues. */
public enum ServiceCategory {
    PARKS_AND_GREEN_SPACES,
    WASTE_AND_RECYCLING,
    LIBRARIES,
    HOUSING,
    HEALTH_AND_WELLBEING,
    TRANSPORT_AND_STREETS,
    COMMUNITY_SAFETY,
    CHILDREN_AND_YOUNG_PEOPLE,
    ADULT_SOCIAL_CARE,
    LEISURE_AND_CULTURE
}
