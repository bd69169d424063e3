package org.coproduce.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/** Readable addresses made from names: "Parks & Gardens" becomes "parks-gardens". */
final class Slugs {
    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final int MAX_LENGTH = 80;

    private Slugs() {}

    static String from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** The slug made from the name, with -2, -3... added until {@code taken} says it is free. */
    static String freeFrom(String name, java.util.function.Predicate<String> taken) {
        String base = from(name);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = withSuffix(base, n);
        }
        return slug;
    }

    private static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base =
                slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        return base.replaceAll("-+$", "") + suffix;
    }
}
