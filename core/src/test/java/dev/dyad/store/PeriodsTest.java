package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    private static LocalDate[] days(String a, String b) {
        return new LocalDate[] {LocalDate.parse(a), LocalDate.parse(b)};
    }

    @Test
    void daysMonthsWeeksAndYearsAreSpansOfDays() {
        assertArrayEquals(days("2018-05-30", "2018-05-30"), Periods.parse("2018-05-30").orElseThrow());
        assertArrayEquals(days("2020-02-01", "2020-02-29"), Periods.parse("2020-02").orElseThrow());
        assertArrayEquals(days("2019-11-18", "2019-11-24"), Periods.parse("2019-W47").orElseThrow());
        assertArrayEquals(days("2020-12-28", "2021-01-03"), Periods.parse("2020-W53").orElseThrow());
        assertArrayEquals(days("2018-01-01", "2018-12-31"), Periods.parse("2018").orElseThrow());
        for (String bad : List.of("2018-13", "2018-02-30", "2019-W53", "2019-W00", "May 2018", "18-05", "")) {
            assertTrue(Periods.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void quadClassesByNameOrGdeltNumber() {
        assertEquals(Optional.of("verbal cooperation"), Periods.quad("1"));
        assertEquals(Optional.of("material conflict"), Periods.quad("4"));
        assertEquals(Optional.of("material cooperation"), Periods.quad("Material-Cooperation"));
        assertEquals(Optional.of("verbal conflict"), Periods.quad("verbal_conflict"));
        assertTrue(Periods.quad("5").isEmpty());
        assertTrue(Periods.quad("conflict").isEmpty());
    }
}
