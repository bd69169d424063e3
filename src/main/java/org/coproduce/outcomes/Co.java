package org.coproduce.outcomes;

/** The four Co's of co-production (PRODUCT.md). */
public enum Co {
    CO_COMMISSIONING,
    CO_DESIGN,
    CO_DELIVERY,
    CO_ASSESSMENT
}
