package org.coproduce.shared.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Which of the two languages (English, Welsh) to write in for a request or for a person. */
public final class Languages {
    private Languages() {}

    /**
     * Welsh when the caller's {@code Accept-Language} ranks {@code cy} above {@code en} (by q-value,
     * then by order); English otherwise, also when the header is absent, names neither or cannot be read.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Catalogue.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = new ArrayList<>(Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException unreadable) {
            return Catalogue.ENGLISH;
        }
        // A stable sort, so ranges of equal weight keep the caller's order.
        ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0 && language.equals("cy")) {
                return Catalogue.WELSH;
            }
            if (range.getWeight() > 0 && language.equals("en")) {
                return Catalogue.ENGLISH;
            }
        }
        return Catalogue.ENGLISH;
    }

    /** The language chosen in "Your account" ('en', 'cy', or null for no preference): English unless Welsh. */
    public static Locale fromAccount(String code) {
        return "cy".equals(code) ? Catalogue.WELSH : Catalogue.ENGLISH;
    }
}
