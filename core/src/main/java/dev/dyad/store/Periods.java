package dev.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the query filters of the command line and the web API read dates and quad classes, so that both take
 * the same values: a day, a month, an ISO week or a year for a date ({@code --from} takes its first day,
 * {@code --to} its last), and a quad class by name or by GDELT's number.
 */
public final class Periods {
    /** PLOVER's quad classes, in GDELT's order: QuadClass 1 to 4. */
    public static final List<String> QUADS = List.of("verbal cooperation", "material cooperation", "verbal conflict",
            "material conflict");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Periods() {
    }

    /** The first and last day of {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY-Www} or {@code YYYY}; empty if none. */
    public static Optional<LocalDate[]> parse(String value) {
        String v = value.strip();
        try {
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return Optional.of(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
            if (MONTH.matcher(v).matches()) {
                YearMonth m = YearMonth.parse(v);
                return Optional.of(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
            }
            Matcher w = WEEK.matcher(v);
            if (w.matches()) {
                int week = Integer.parseInt(w.group(2));
                LocalDate anchor = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4);
                if (week < 1 || week > anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate monday = anchor.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new LocalDate[] {monday, monday.plusDays(6)});
            }
            LocalDate d = LocalDate.parse(v);
            return Optional.of(new LocalDate[] {d, d});
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A quad class by name (any case, words joined by spaces, '-' or '_') or by GDELT's number 1 to 4; empty if none. */
    public static Optional<String> quad(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '4') {
            return Optional.of(QUADS.get(v.charAt(0) - '1'));
        }
        return QUADS.contains(v) ? Optional.of(v) : Optional.empty();
    }
}
