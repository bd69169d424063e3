package org.coproduce.accounts;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The instance's population, to compare who takes part against: its areas (code, name and share
 * of residents) and the share of residents giving each answer to each self-declared question.
 * Shares are fractions of 1, for example {@code coproduce.population.areas.northbank.share=0.30}
 * and {@code coproduce.population.groups.age-band."65+"=0.20}.
 */
@ConfigMapping(prefix = "coproduce.population")
public interface Population {
    /** The areas people may say they live in, by code. */
    Map<String, Area> areas();

    /** For each question's key, the population share of each answer. */
    Map<String, Map<String, BigDecimal>> groups();

    /** One area. */
    interface Area {
        String name();

        BigDecimal share();
    }
}
