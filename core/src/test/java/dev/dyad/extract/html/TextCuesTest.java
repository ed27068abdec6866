package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextCuesTest {
    private static final TextCues CUES = TextCues.load();

    @Test
    void recognisesFurniture() {
        assertEquals("advertisement", CUES.reason("ADVERTISEMENT"));
        assertEquals("advertisement", CUES.reason("- Advertisement -"));
        assertEquals("related links", CUES.reason("Read more: Council approves the budget"));
        assertEquals("footer", CUES.reason("© 2019 The Daily Example. All rights reserved."));
    }

    @Test
    void leavesSentencesAlone() {
        assertNull(CUES.reason("The advertisement ran for three weeks before the council objected."));
        String quote = "He said: \"All rights reserved\" was printed on every page of the report, which the "
                + "council kept from the public for two years despite repeated requests from reporters and residents.";
        assertNull(CUES.reason(quote));
    }
}
