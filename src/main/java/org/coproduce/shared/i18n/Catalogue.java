package org.coproduce.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts the server writes itself (problem titles, emails) in English or Welsh, read from
 * {@code i18n/<bundle>_<language>.properties} as UTF-8. Every value is a {@link MessageFormat}
 * pattern: {@code {0}} is an argument and an apostrophe is written twice ({@code ''}), also in values
 * without arguments, so a text never changes when it gains one. A missing key or file is a bug, not
 * something to cover with English or the key: it throws, and CataloguesTest keeps the languages equal.
 */
public final class Catalogue {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, WELSH);

    private static final Map<String, Catalogue> LOADED = new ConcurrentHashMap<>();

    private final String file;
    private final Locale language;
    private final Properties texts;

    private Catalogue(String file, Locale language, Properties texts) {
        this.file = file;
        this.language = language;
        this.texts = texts;
    }

    /** The bundle ("problems", "emails") in English or Welsh; loaded once, then kept. */
    public static Catalogue of(String bundle, Locale language) {
        Locale supported = LANGUAGES.stream()
                .filter(known -> known.getLanguage().equals(language.getLanguage()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No catalogues in " + language));
        String file = fileOf(bundle, supported);
        return LOADED.computeIfAbsent(file, name -> new Catalogue(name, supported, load(name)));
    }

    /** The text under this key, with the arguments put in. */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("No text '" + key + "' in " + file, Catalogue.class.getName(), key);
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    /** Where a bundle's catalogue for a language is on the class path. */
    public static String fileOf(String bundle, Locale language) {
        return "i18n/" + bundle + "_" + language.getLanguage() + ".properties";
    }

    /** The raw patterns of a catalogue file, read as UTF-8 (java.util.Properties alone would read ISO-8859-1). */
    public static Properties load(String file) {
        InputStream stream = Catalogue.class.getClassLoader().getResourceAsStream(file);
        if (stream == null) {
            throw new MissingResourceException("No catalogue " + file, Catalogue.class.getName(), file);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Properties texts = new Properties();
            texts.load(reader);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
