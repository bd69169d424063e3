package org.coproduce.accounts;

import java.util.List;

/**
 * The self-declared questions people may answer, and their answers. Fixed by the product so that
 * figures compare across instances; each instance configures its population's shares.
 */
public enum GroupQuestion {
    AGE_BAND("age-band", List.of("16-24", "25-44", "45-64", "65+")),
    DISABILITY("disability", List.of("yes", "no"));

    private final String key;
    private final List<String> answers;

    GroupQuestion(String key, List<String> answers) {
        this.key = key;
        this.answers = answers;
    }

    /** The question's key in {@code coproduce.population.groups}. */
    public String key() {
        return key;
    }

    public List<String> answers() {
        return answers;
    }
}
