package org.coproduce.volunteering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an iCalendar (RFC 5545) document: CRLF lines, folded at 75 octets, text escaped. */
final class ICalendar {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** One shift in the calendar; times in UTC, which every calendar app shows in its own zone. */
    record Event(
            String uid,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            boolean tentative,
            Instant lastModified) {}

    static String of(List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Coproduce//Volunteer shifts//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:My Coproduce shifts");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "STATUS:" + (event.tentative() ? "TENTATIVE" : "CONFIRMED"));
            line(out, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
