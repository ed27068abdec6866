package dev.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened (or is to happen), at the precision the text gives.
 *
 * @param value     ISO 8601 at its precision: {@code 2018-05-31}, {@code 2018-W22}, {@code 2018-05}, {@code 2018}
 * @param precision {@code day}, {@code week}, {@code month}, {@code year} or {@code range}
 * @param start     the first day it may be
 * @param end       the last day it may be
 * @param text      the words that date it, or null when only the dateline does
 * @param basis     {@code text} when the sentence dates the event, {@code dateline} when only publication does
 */
public record EventDate(String value, String precision, LocalDate start, LocalDate end, String text, String basis) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date ends before it starts: " + start + ".." + end);
        }
        if (!basis.equals("text") && !basis.equals("dateline")) {
            throw new IllegalArgumentException("basis must be text or dateline, was " + basis);
        }
    }

    public boolean overlaps(EventDate other) {
        return !end.isBefore(other.start) && !other.end.isBefore(start);
    }
}
