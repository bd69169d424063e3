package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the API shows them: no trailing zeros, and never in exponent form (40, not 4E+1). */
final class Decimals {
    private Decimals() {}

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** To 4 decimal places; null stays null. */
    static BigDecimal rounded(Double value) {
        return value == null ? null : plain(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }
}
