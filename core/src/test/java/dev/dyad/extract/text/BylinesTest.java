package dev.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void byPrefix() {
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe", false));
        assertEquals(List.of("Jane Doe"), Bylines.parse("by Jane Doe", false));
        assertEquals(List.of("Ana María de la Cruz"), Bylines.parse("Por Ana María de la Cruz", false));
    }

    @Test
    void severalAuthors() {
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.parse("By Jane Doe and John Roe", false));
        assertEquals(List.of("Jane Doe", "John Roe", "Kim Lee"), Bylines.parse("By Jane Doe, John Roe & Kim Lee", false));
    }

    @Test
    void jobTitleAfterTheName() {
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe, Staff Writer", false));
    }

    @Test
    void nameThenDate() {
        assertEquals(List.of("Chris Davies"), Bylines.parse("Chris Davies - Nov 19, 2019, 10:31 pm CST", true));
        assertEquals(List.of("Jane Doe"), Bylines.parse("Jane Doe @janedoe / 2 days", true));
    }

    @Test
    void dateThenBy() {
        assertEquals(List.of("Joe Rossignol"), Bylines.parse("Monday November 18, 2019 7:45 am PST by Joe Rossignol", false));
    }

    @Test
    void initialsAndHyphens() {
        assertEquals(List.of("Sarah E. Needleman"), Bylines.parse("Sarah E. Needleman", true));
        assertEquals(List.of("Tom Embury-Dennis"), Bylines.parse("Tom Embury-Dennis", true));
    }

    @Test
    void notBylines() {
        // "by" inside a sentence is no byline unless a date stands before it
        assertTrue(Bylines.parse("Additional reporting by Agencies.", false).isEmpty());
        assertTrue(Bylines.parse("Top stories of the day", true).isEmpty());
        assertTrue(Bylines.parse("BREAKING NEWS", true).isEmpty());
        assertTrue(Bylines.parse("Jane Doe", false).isEmpty(), "a bare name only when the caller allows it");
        assertTrue(Bylines.parse("", true).isEmpty());
    }
}
