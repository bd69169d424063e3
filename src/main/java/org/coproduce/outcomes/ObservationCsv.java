package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.shared.api.FieldError;
import org.coproduce.shared.api.Problem;
import org.coproduce.shared.api.ProblemException;

/**
 * Reads an uploaded CSV of observations: a header {@code date,value,unit}, then one observation per
 * line. Every line is checked before anything is stored; one bad line rejects the whole upload,
 * and the answer names every line at fault.
 */
final class ObservationCsv {
    static final int MAX_LINES = 10_000;

    private ObservationCsv() {}

    static List<ObservationInput.Value> parse(String csv, String unit, LocalDate today) {
        String[] lines = csv == null ? new String[0] : csv.replace("\r", "").split("\n", -1);
        List<FieldError> errors = new ArrayList<>();
        if (lines.length == 0 || !isHeader(lines[0])) {
            throw new ProblemException(
                    Problem.invalid(List.of(new FieldError("line 1", "must be the header date,value,unit"))));
        }
        if (lines.length > MAX_LINES + 1) {
            throw ProblemException.badRequest("An upload can hold at most " + MAX_LINES + " observations.");
        }
        List<ObservationInput.Value> values = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                errors.add(new FieldError(where, "must have 3 values (date,value,unit), not " + fields.length));
                continue;
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(fields[0].strip());
                if (date.isAfter(today)) {
                    errors.add(new FieldError(where, "the date " + date + " is in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(where, "'" + fields[0].strip() + "' is not a date like 2026-10-31"));
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(fields[1].strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(where, "'" + fields[1].strip() + "' is not a number like 42.5"));
            }
            if (!fields[2].strip().equals(unit)) {
                errors.add(new FieldError(
                        where,
                        "the unit is '" + fields[2].strip() + "' but this indicator is measured in '" + unit + "'"));
            }
            values.add(new ObservationInput.Value(date, value, fields[2].strip()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        if (values.isEmpty()) {
            throw ProblemException.badRequest("The file has a header but no observations.");
        }
        return values;
    }

    private static boolean isHeader(String line) {
        String header = line.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return header.equals("date,value,unit") || header.equals("observed_on,value,unit");
    }
}
