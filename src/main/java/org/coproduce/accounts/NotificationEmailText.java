package org.coproduce.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.shared.i18n.Catalogue;

/**
 * The plain-text wording of notification emails: short, with a link to the page and to the settings,
 * in the recipient's language (i18n/emails_en.properties and emails_cy.properties). The
 * notification's own title and detail are stored as the feature wrote them.
 */
final class NotificationEmailText {
    private NotificationEmailText() {}

    private static final Pattern STATUS_CODE = Pattern.compile("^([A-Z_]{3,}):? ?");

    /**
     * The portal shows a status change's detail ("ACCEPTED: the answer") in the reader's language;
     * an email spells the status out: "New status: accepted. The answer". Each status has its own
     * text in the catalogues, so a language need not follow the enum's English words.
     */
    static String readable(String detail, Locale language) {
        if (detail == null) {
            return null;
        }
        Matcher code = STATUS_CODE.matcher(detail);
        if (!code.find()) {
            return detail;
        }
        Catalogue texts = texts(language);
        String changed = texts.text("status.changed", texts.text("status." + code.group(1)));
        String rest = detail.substring(code.end());
        return changed + (rest.isBlank() ? "" : " " + rest);
    }

    /** One notification in a digest. */
    record Item(String title, String detail, String url) {}

    static String subject(String title, Locale language) {
        return texts(language).text("subject.single", title);
    }

    static String digestSubject(int updates, Locale language) {
        return updates == 1
                ? texts(language).text("subject.digest.one")
                : texts(language).text("subject.digest.other", updates);
    }

    static String single(String title, String detail, String url, String settingsUrl, Locale language) {
        Catalogue texts = texts(language);
        return title + "\n\n" + (detail == null ? "" : detail + "\n\n") + texts.text("single.link", url) + "\n\n"
                + footer(texts, "footer.single", settingsUrl);
    }

    static String digest(List<Item> items, String settingsUrl, Locale language) {
        Catalogue texts = texts(language);
        StringBuilder text = new StringBuilder(texts.text("digest.intro")).append("\n\n");
        for (Item item : items) {
            text.append("* ").append(item.title()).append('\n');
            if (item.detail() != null) {
                text.append("  ").append(item.detail()).append('\n');
            }
            text.append("  ").append(item.url()).append("\n\n");
        }
        return text.append(footer(texts, "footer.digest", settingsUrl)).toString();
    }

    private static String footer(Catalogue texts, String why, String settingsUrl) {
        return "--\n" + texts.text(why) + " " + texts.text("footer.settings", settingsUrl);
    }

    private static Catalogue texts(Locale language) {
        return Catalogue.of("emails", language);
    }
}
