package dev.dyad.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them: ISO 8601, RFC 1123, and the many written forms of
 * datelines ("Wednesday 30 May 2018 08:57 BST", "Nov 19, 2019, 10:31 pm CST", "30.05.2018").
 * Answers ISO 8601: a date-time with offset when the text gives a time and a zone, a local
 * date-time when it gives a time only, else a date.
 *
 * <p>Thread-safe; the zone table is loaded once from {@code timezones.tsv}.
 */
public final class DateParser {
    private static final Map<String, String> ZONES = loadZones();
    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?((?:[A-Z]{1,5}|Eastern|Pacific|Central)\\b|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})\\b" + TIME);
    private static final Pattern COMPACT = Pattern.compile("\\b(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})\\b");

    private DateParser() {
    }

    /** The first date found in the text, in ISO 8601, or empty. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = Whitespace.line(text);
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            Optional<String> r = iso(m);
            if (r.isPresent()) {
                return r;
            }
        }
        Match best = null;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher w = p.matcher(s);
            if (w.find() && (best == null || w.start() < best.start)) {
                best = new Match(p, w.start(), w.toMatchResult());
            }
        }
        if (best != null) {
            java.util.regex.MatchResult r = best.result;
            int day;
            int month;
            int year;
            if (best.pattern == DAY_MONTH_YEAR) {
                day = Integer.parseInt(r.group(1));
                month = MONTHS.get(r.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                year = Integer.parseInt(r.group(3));
            } else {
                month = MONTHS.get(r.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
                day = Integer.parseInt(r.group(2));
                year = Integer.parseInt(r.group(3));
            }
            return build(year, month, day, r, 4);
        }
        Matcher n = NUMERIC.matcher(s);
        if (n.find()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(3));
            int c = Integer.parseInt(n.group(4));
            if (n.group(1).length() == 4) {
                return build(a, b, c, n.toMatchResult(), 5);
            }
            int year = n.group(4).length() == 2 ? 2000 + c : c;
            // day first unless the first number cannot be a day-of-month's partner month
            if (b > 12 && a <= 12) {
                return build(year, a, b, n.toMatchResult(), 5);
            }
            return build(year, b, a, n.toMatchResult(), 5);
        }
        Matcher k = COMPACT.matcher(s);
        if (k.find()) {
            return date(Integer.parseInt(k.group(1)), Integer.parseInt(k.group(2)), Integer.parseInt(k.group(3)))
                    .map(LocalDate::toString);
        }
        return Optional.empty();
    }

    private record Match(Pattern pattern, int start, java.util.regex.MatchResult result) {
    }

    private static Optional<String> iso(Matcher m) {
        Optional<LocalDate> d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (d.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(4) == null) {
            return Optional.of(d.get().toString());
        }
        int hh = Integer.parseInt(m.group(4));
        int mm = Integer.parseInt(m.group(5));
        int ss = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hh > 23 || mm > 59 || ss > 59) {
            return Optional.of(d.get().toString());
        }
        LocalDateTime t = LocalDateTime.of(d.get(), LocalTime.of(hh, mm, ss));
        if (m.group(7) == null) {
            return Optional.of(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        String z = m.group(7);
        ZoneOffset off = z.equals("Z") ? ZoneOffset.UTC
                : ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
        return Optional.of(OffsetDateTime.of(t, off).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static Optional<String> build(int year, int month, int day, java.util.regex.MatchResult r, int g) {
        Optional<LocalDate> d = date(year, month, day);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        if (r.group(g) == null || r.group(g + 1) == null && r.group(g + 3) == null) {
            return Optional.of(d.get().toString()); // a bare number after the date is no time
        }
        int hh = Integer.parseInt(r.group(g));
        int mm = r.group(g + 1) == null ? 0 : Integer.parseInt(r.group(g + 1));
        int ss = r.group(g + 2) == null ? 0 : Integer.parseInt(r.group(g + 2));
        String ampm = r.group(g + 3);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (hh == 12) {
                hh = pm ? 12 : 0;
            } else if (pm) {
                hh += 12;
            }
        }
        if (hh > 23 || mm > 59 || ss > 59) {
            return Optional.of(d.get().toString());
        }
        LocalDateTime t = LocalDateTime.of(d.get(), LocalTime.of(hh, mm, ss));
        Optional<ZoneOffset> off = offset(r.group(g + 4), t);
        if (off.isEmpty()) {
            return Optional.of(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        return Optional.of(OffsetDateTime.of(t, off.get()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** The UTC offset a zone abbreviation or numeric offset stands for at that local time. */
    public static Optional<ZoneOffset> offset(String zone, LocalDateTime at) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        String z = zone.trim().toUpperCase(Locale.ROOT);
        try {
            if (z.matches("[+-]\\d{2}:?\\d{2}")) {
                return Optional.of(ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z));
            }
            Matcher gmt = Pattern.compile("(?:GMT|UTC)([+-])(\\d{1,2})(?::?(\\d{2}))?").matcher(z);
            if (gmt.matches()) {
                int h = Integer.parseInt(gmt.group(2));
                int mi = gmt.group(3) == null ? 0 : Integer.parseInt(gmt.group(3));
                int sign = gmt.group(1).equals("-") ? -1 : 1;
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * mi));
            }
            String v = ZONES.get(z);
            if (v == null) {
                return Optional.empty();
            }
            if (v.startsWith("+") || v.startsWith("-")) {
                return Optional.of(ZoneOffset.of(v));
            }
            return Optional.of(ZoneId.of(v).getRules().getOffset(at));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        if (y < 1900 || y > 2200) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Parses an ISO 8601 date or date-time as written in records, for comparisons. */
    public static Optional<LocalDate> isoDate(String value) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> loadZones() {
        Map<String, String> m = new HashMap<>();
        for (DataFile.Line line : DataFile.load(DateParser.class, "timezones.tsv", 2, 2)) {
            String abbr = line.field(0).toUpperCase(Locale.ROOT);
            String v = line.field(1);
            try {
                if (v.startsWith("+") || v.startsWith("-")) {
                    ZoneOffset.of(v);
                } else {
                    ZoneId.of(v);
                }
            } catch (DateTimeException e) {
                throw line.error("not an offset or zone: " + v);
            }
            if (m.put(abbr, v) != null) {
                throw line.error("duplicate abbreviation " + abbr);
            }
        }
        return Map.copyOf(m);
    }
}
