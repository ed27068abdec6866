package dev.dyad.events;

import dev.dyad.model.EventDate;
import dev.dyad.model.TimeExpression;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a time expression, normalised by the tagger against the dateline, into an event date, and
 * corrects the tagger's known misses with the sentence's tense: a bare weekday in a past-tense sentence
 * is the one before the dateline ("held a surprise meeting Saturday" in an article of Wednesday 30 May
 * is Saturday 26 May), in a future one the one after; a month named in a past-tense sentence that the
 * tagger put after the dateline is last year's. Durations are not dates. Stateless; thread-safe.
 */
final class DateGrounder {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:on |last |this |next |early |late )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)(?:in |early |late |mid-?)?(january|february|march|april|may|june|july|august|september|october|november|december)");

    /** Tense of the clause that reports the event. */
    enum Tense { PAST, PRESENT, FUTURE }

    /**
     * The date a time expression gives the event, if it gives one. A value no calendar holds (30 February,
     * week 53 of a year of 52) gives none: the tagger normalises what the text says, even when it is wrong.
     */
    Optional<EventDate> fromText(TimeExpression t, LocalDate dateline, Tense tense) {
        try {
            return read(t, dateline, tense);
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private Optional<EventDate> read(TimeExpression t, LocalDate dateline, Tense tense) {
        if (t.value() == null || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
            return Optional.empty();
        }
        String v = t.value();
        String text = t.text();
        Matcher wd = WEEKDAY.matcher(text.strip());
        if (dateline != null && wd.matches()) {
            DayOfWeek dow = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            String lower = text.toLowerCase(Locale.ROOT);
            LocalDate d;
            if (lower.startsWith("last ") || tense == Tense.PAST) {
                d = dateline.with(TemporalAdjusters.previousOrSame(dow));
            } else if (lower.startsWith("next ") || tense == Tense.FUTURE) {
                d = dateline.with(TemporalAdjusters.nextOrSame(dow));
            } else {
                d = parseDay(v).orElse(dateline.with(TemporalAdjusters.previousOrSame(dow)));
            }
            return Optional.of(day(d, text));
        }
        Matcher m;
        if ((m = DAY.matcher(v)).matches() && !v.startsWith("XXXX")) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (dateline != null && tense == Tense.PAST && d.isAfter(dateline) && MONTH_NAME.matcher(text).find()
                    && !YEAR.matcher(text).find()) {
                d = d.minusYears(1);
            }
            return Optional.of(day(d, text));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(new EventDate(v, "week", start, start.plusDays(6), text, "text"));
        }
        if ((m = WEEKEND.matcher(v)).matches() && (tense == Tense.PAST || text.toLowerCase(Locale.ROOT).startsWith("last"))) {
            // "last weekend's phone call": the Saturday and Sunday of that week. A weekend ahead is left to
            // the dateline, like any act announced with no day: "will release them this weekend" is a promise
            int y = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            LocalDate saturday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
            // "over the weekend" in a past-tense sentence of a Wednesday: SUTime names the weekend of the
            // dateline's week, still to come; what happened was the weekend before the dateline
            while (dateline != null && tense == Tense.PAST && saturday.isAfter(dateline)) {
                saturday = saturday.minusWeeks(1);
            }
            return Optional.of(range(saturday, saturday.plusDays(1), text));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            if (dateline != null && tense == Tense.PAST && start.isAfter(dateline) && !YEAR.matcher(text).find()) {
                start = start.minusYears(1);
            }
            return Optional.of(new EventDate(String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue()),
                    "month", start, start.plusMonths(1).minusDays(1), text, "text"));
        }
        if ((m = SEASON.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int first = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            LocalDate start = LocalDate.of(y, first, 1);
            return Optional.of(range(start, start.plusMonths(3).minusDays(1), text));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return Optional.of(range(start, start.plusMonths(3).minusDays(1), text));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(new EventDate(v, "year", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text, "text"));
        }
        return Optional.empty();
    }

    /** The dateline's day, when only publication dates the event. */
    static EventDate dateline(LocalDate d) {
        return new EventDate(d.toString(), "day", d, d, null, "dateline");
    }

    private static EventDate day(LocalDate d, String text) {
        return new EventDate(d.toString(), "day", d, d, text, "text");
    }

    /** A span of days written as an ISO 8601 interval ("2019-11-16/2019-11-17"), never as a raw TIMEX value. */
    private static EventDate range(LocalDate start, LocalDate end, String text) {
        return new EventDate(start + "/" + end, "range", start, end, text, "text");
    }

    private static Optional<LocalDate> parseDay(String v) {
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        return Optional.empty();
    }
}
