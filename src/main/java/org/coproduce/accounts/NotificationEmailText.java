package org.coproduce.accounts;

import java.util.List;

/** The plain-text wording of notification emails: short, with a link to the page and to the settings. */
final class NotificationEmailText {
    private NotificationEmailText() {}

    private static final java.util.regex.Pattern STATUS_CODE = java.util.regex.Pattern.compile("^([A-Z_]{3,}):? ?");

    /**
     * The portal shows a status change's detail ("ACCEPTED: the answer") in the reader's language;
     * an email spells the status out: "New status: accepted. The answer".
     */
    static String readable(String detail) {
        if (detail == null) {
            return null;
        }
        java.util.regex.Matcher code = STATUS_CODE.matcher(detail);
        if (!code.find()) {
            return detail;
        }
        String words = code.group(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        String rest = detail.substring(code.end());
        return "New status: " + words + "." + (rest.isBlank() ? "" : " " + rest);
    }

    /** One notification in a digest. */
    record Item(String title, String detail, String url) {}

    static String single(String title, String detail, String url, String settingsUrl) {
        return title + "\n\n" + (detail == null ? "" : detail + "\n\n") + "See it on Coproduce: " + url + "\n\n"
                + footer("You get an email for each update.", settingsUrl);
    }

    static String digest(List<Item> items, String settingsUrl) {
        StringBuilder text = new StringBuilder("What has happened since your last email:\n\n");
        for (Item item : items) {
            text.append("* ").append(item.title()).append('\n');
            if (item.detail() != null) {
                text.append("  ").append(item.detail()).append('\n');
            }
            text.append("  ").append(item.url()).append("\n\n");
        }
        return text.append(footer("You get one email a day with the updates you have not yet read.", settingsUrl))
                .toString();
    }

    private static String footer(String why, String settingsUrl) {
        return "--\n" + why + " To change how often, or to stop these emails, go to " + settingsUrl;
    }
}
