package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTextTest {
    @Test
    void repairsTextEncodedTwice() {
        assertEquals("Renter\u2019s Guide", MetaText.repair("Renter\u00e2\u0080\u0099s Guide"));
        assertEquals("Renter\u2019s Guide", MetaText.repair("Renter\u00e2\u20ac\u2122s Guide"));
        assertEquals("Caf\u00e9 cr\u00e8me", MetaText.repair("Caf\u00e9 cr\u00e8me"));
        assertEquals("Fa\u00e7ade", MetaText.repair("Fa\u00c3\u00a7ade"));
    }

    @Test
    void boundedTextStopsOnLongElements() {
        String longText = "word ".repeat(500);
        assertEquals(null, MetaText.bounded(Jsoup.parse("<div>" + longText + "</div>").body(), 100));
        assertEquals("Jane Doe\nEditor",
                MetaText.bounded(Jsoup.parse("<div><span>Jane Doe</span><span>Editor</span></div>").body(), 100, true));
    }
}
