package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyad.model.EventDate;
import dev.dyad.model.TimeExpression;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates from time expressions as SUTime normalises them, grounded on the dateline and the sentence's tense. */
class DateGrounderTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 11, 20);

    private static EventDate ground(String text, String value, DateGrounder.Tense tense) {
        return new DateGrounder().fromText(new TimeExpression(text, "DATE", value, 0, 1, 0, text.length()), WEDNESDAY, tense)
                .orElseThrow();
    }

    @Test
    void aWeekendInThePastIsTheOneBeforeTheDatelineWrittenAsItsDays() {
        // "Over the weekend, Trump assailed Williams" on a Wednesday: SUTime names the coming weekend
        EventDate past = ground("the weekend", "2019-W47-WE", DateGrounder.Tense.PAST);
        assertEquals(LocalDate.of(2019, 11, 16), past.start());
        assertEquals(LocalDate.of(2019, 11, 17), past.end());
        assertEquals("2019-11-16/2019-11-17", past.value());
        assertEquals("range", past.precision());
        // a weekend already past needs no moving: "last weekend" from a Monday's week
        EventDate last = ground("last weekend", "2019-W46-WE", DateGrounder.Tense.PAST);
        assertEquals(LocalDate.of(2019, 11, 16), last.start());
    }

    @Test
    void seasonsAndQuartersAreRangesOfDaysNotTimexValues() {
        assertEquals("2019-06-01/2019-08-31", ground("this summer", "2019-SU", DateGrounder.Tense.PAST).value());
        assertEquals("2019-07-01/2019-09-30", ground("the third quarter", "2019-Q3", DateGrounder.Tense.PAST).value());
    }
}
