package dev.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireDatelineTest {
    @Test
    void readsPlaceDateAndAgency() {
        WireDateline.Dateline d = WireDateline.find(List.of(
                "ANKARA, March 5, 2020 (Reuters) - Turkey said on Thursday it would keep its border open.")).orElseThrow();
        assertEquals("ANKARA", d.place());
        assertEquals("2020-03-05", d.date());
        assertEquals("Reuters", d.agency());
    }

    @Test
    void aPlaceWithoutDateGivesNoDate() {
        WireDateline.Dateline d = WireDateline.find(List.of("Photo: the meeting",
                "WASHINGTON (AP) \u2014 The Senate voted late on Tuesday to pass the bill.")).orElseThrow();
        assertEquals("WASHINGTON", d.place());
        assertEquals(null, d.date());
        assertTrue(WireDateline.date(List.of("WASHINGTON (AP) \u2014 The Senate voted.")).isEmpty());
    }

    @Test
    void readsARegionAfterThePlace() {
        WireDateline.Dateline d = WireDateline.find(List.of(
                "SAN JUAN, Puerto Rico, Jan. 7, 2020 (AP) \u2013 A strong earthquake struck before dawn.")).orElseThrow();
        assertEquals("SAN JUAN, Puerto Rico", d.place());
        assertEquals("2020-01-07", d.date());
    }

    @Test
    void ordinaryProseIsNoDateline() {
        assertTrue(WireDateline.find(List.of("The council (which met on Monday) - and its critics - disagreed.",
                "NATO said on Friday it would meet again.")).isEmpty());
    }

    @Test
    void aNewspapersOwnDatelineGivesAPlaceAndNoDate() {
        List<String> story = List.of("ALBANY, N.Y. \u2014 A top aide to the governor resigned Monday.");
        assertEquals("ALBANY, N.Y.", WireDateline.place(story).orElseThrow());
        assertTrue(WireDateline.find(story).isEmpty(), "no agency: no wire dateline, and so no date");
        assertEquals("MINNEAPOLIS", WireDateline.place(List.of("MINNEAPOLIS \u2014 The board voted.")).orElseThrow());
        assertEquals("WASHINGTON", WireDateline.place(List.of("WASHINGTON (AP) \u2014 The Senate voted.")).orElseThrow());
        assertTrue(WireDateline.place(List.of("NATO said on Friday it would meet again.",
                "The council - and its critics - disagreed.")).isEmpty());
    }
}
