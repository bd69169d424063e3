package org.coproduce.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduce.ideas.IdeaStatus;
import org.coproduce.shared.api.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The server's own texts exist in English and Welsh alike: every catalogue under i18n/ has the same
 * keys in both languages, no blank text, the same {0} arguments, and no lone apostrophe (which
 * MessageFormat would swallow). A key added in one language only fails here, not in an email.
 */
class CataloguesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyCatalogueSaysTheSameInEnglishAndWelsh() throws Exception {
        List<String> bundles = bundles("_en.properties");
        assertThat(bundles).contains("problems", "emails").isEqualTo(bundles("_cy.properties"));
        for (String bundle : bundles) {
            Properties english = Catalogue.load(Catalogue.fileOf(bundle, Catalogue.ENGLISH));
            Properties welsh = Catalogue.load(Catalogue.fileOf(bundle, Catalogue.WELSH));
            assertThat(differences(english, welsh)).as(bundle).isEmpty();
        }
    }

    @Test
    void aKeyInOneLanguageOnlyIsADifference() {
        Properties english = properties("title", "Not found", "detail", "{0} fields are invalid.");
        Properties welsh = properties("title", "Heb ddod o hyd iddo");

        assertThat(differences(english, welsh)).containsExactly("detail: missing in cy");
        assertThat(differences(welsh, english)).containsExactly("detail: missing in en");
    }

    @Test
    void blankTextsDifferentArgumentsAndLoneApostrophesAreDifferences() {
        Properties english = properties("a", "{0} fields are invalid.", "b", "Sign in", "c", "Go to {0}");
        Properties welsh = properties("a", "Mae maes yn annilys.", "b", " ", "c", "Ewch i'r {0}");

        assertThat(differences(english, welsh))
                .containsExactly(
                        "a: arguments [0] in en but [] in cy",
                        "b: blank in cy",
                        "c: a lone apostrophe in cy (write it twice)");
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            for (var language : Catalogue.LANGUAGES) {
                assertThat(type.title(language)).as(type + " in " + language).isNotBlank();
            }
        }
        assertThat(ProblemType.NOT_FOUND.title(Catalogue.ENGLISH)).isEqualTo("Not found");
        assertThat(ProblemType.NOT_FOUND.title(Catalogue.WELSH)).isEqualTo("Heb ddod o hyd iddo");
    }

    @Test
    void everyIdeaStatusHasItsOwnWordsInEmails() {
        for (IdeaStatus status : IdeaStatus.values()) {
            for (var language : Catalogue.LANGUAGES) {
                assertThat(Catalogue.of("emails", language).text("status." + status.name()))
                        .as(status + " in " + language)
                        .isNotBlank();
            }
        }
    }

    @Test
    void aMissingKeyFailsLoudlyAndApostrophesComeOutOnce() {
        assertThatThrownBy(() -> Catalogue.of("emails", Catalogue.WELSH).text("no.such.key"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> Catalogue.of("no-such-bundle", Catalogue.ENGLISH))
                .isInstanceOf(MissingResourceException.class);
        assertThat(Catalogue.of("emails", Catalogue.WELSH).text("status.UNDER_REVIEW"))
                .isEqualTo("wrthi'n cael ei adolygu");
        assertThat(Catalogue.of("problems", Catalogue.WELSH).text("validation-failed.detail.other", 3))
                .isEqualTo("Mae 3 maes yn annilys.");
    }

    @Test
    void acceptLanguageChoosesWelshOnlyWhenPreferredToEnglish() {
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Catalogue.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("cy")).isEqualTo(Catalogue.WELSH);
        assertThat(Languages.fromAcceptLanguage("cy-GB, en;q=0.8")).isEqualTo(Catalogue.WELSH);
        assertThat(Languages.fromAcceptLanguage("en-GB, cy")).isEqualTo(Catalogue.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("en;q=0.5, cy;q=0.9")).isEqualTo(Catalogue.WELSH);
        assertThat(Languages.fromAcceptLanguage("fr, cy;q=0.5")).isEqualTo(Catalogue.WELSH);
        assertThat(Languages.fromAcceptLanguage("cy;q=0, en")).isEqualTo(Catalogue.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("fr, *")).isEqualTo(Catalogue.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("xx-INVALID;q=abc")).isEqualTo(Catalogue.ENGLISH);
        assertThat(Languages.fromAccount("cy")).isEqualTo(Catalogue.WELSH);
        assertThat(Languages.fromAccount(null)).isEqualTo(Catalogue.ENGLISH);
    }

    /** What differs between two languages of one catalogue, one line per key; empty when they agree. */
    static List<String> differences(Properties english, Properties welsh) {
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.addAll(welsh.stringPropertyNames());
        for (String key : keys) {
            String en = english.getProperty(key);
            String cy = welsh.getProperty(key);
            if (en == null || cy == null) {
                differences.add(key + ": missing in " + (en == null ? "en" : "cy"));
            } else if (en.isBlank() || cy.isBlank()) {
                differences.add(key + ": blank in " + (en.isBlank() ? "en" : "cy"));
            } else if (!arguments(en).equals(arguments(cy))) {
                differences.add(key + ": arguments " + arguments(en) + " in en but " + arguments(cy) + " in cy");
            } else if (LONE_APOSTROPHE.matcher(en).find()
                    || LONE_APOSTROPHE.matcher(cy).find()) {
                differences.add(key + ": a lone apostrophe in "
                        + (LONE_APOSTROPHE.matcher(en).find() ? "en" : "cy") + " (write it twice)");
            } else {
                // Both must be patterns MessageFormat accepts.
                new MessageFormat(en);
                new MessageFormat(cy);
            }
        }
        return differences;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arguments.add(Integer.parseInt(argument.group(1)));
        }
        return arguments;
    }

    private static Properties properties(String... keysAndTexts) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            properties.setProperty(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return properties;
    }

    /** The bundles on the class path with a catalogue of this ending, such as "_en.properties". */
    private static List<String> bundles(String ending) throws IOException, URISyntaxException {
        Path folder = Path.of(
                CataloguesTest.class.getClassLoader().getResource("i18n").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(ending))
                    .map(name -> name.substring(0, name.length() - ending.length()))
                    .sorted()
                    .toList();
        }
    }
}
