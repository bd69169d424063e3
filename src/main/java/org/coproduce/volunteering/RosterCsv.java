package org.coproduce.volunteering;

import java.util.List;
import java.util.stream.Stream;

/** A roster as CSV (RFC 4180), safe to open in a spreadsheet. */
final class RosterCsv {
    private RosterCsv() {}

    static String of(Roster roster) {
        StringBuilder csv =
                new StringBuilder("name,email,status,waitlist_position,attendance,hours,hours_approved\r\n");
        Stream.concat(roster.confirmed().stream(), roster.waitlisted().stream())
                .forEach(signup -> csv.append(String.join(
                                ",",
                                List.of(
                                        cell(signup.person().displayName()),
                                        cell(signup.person().email()),
                                        cell(signup.status().name()),
                                        cell(signup.waitlistPosition()),
                                        cell(signup.attendance()),
                                        cell(signup.hours()),
                                        cell(signup.hoursApproved() ? "yes" : "no"))))
                        .append("\r\n"));
        return csv.toString();
    }

    /** Quotes every cell, and defuses text a spreadsheet would run as a formula. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
