package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaTitlesTest {
    @Test
    void stripsSiteAtEitherEnd() {
        assertEquals("Headline", MetaTitles.stripSite("Headline | Shipway.org", List.of("shipway")));
        assertEquals("Headline here", MetaTitles.stripSite("Acme News - Headline here", List.of("Acme News")));
        // no site known: the last part is dropped, it is a site or section name far more often
        assertEquals("Headline here", MetaTitles.stripSite("Headline here | Opinion", List.of()));
        // a colon is part of titles
        assertEquals("Fitness: 9 things", MetaTitles.stripSite("Fitness: 9 things", List.of()));
    }

    @Test
    void headingWithLabelBeforeTitleGivesTheTitle() {
        assertEquals("Best Ferry Routes in the Baltic in 2024",
                MetaTitles.choose(List.of("Blog: Best Ferry Routes in the Baltic in 2024"),
                        List.of("Best Ferry Routes in the Baltic in 2024 | Acme"), List.of("Acme")));
    }

    @Test
    void headingThatGoesOnIsTheLongerTitle() {
        assertEquals("Ferry Fares in the Baltic: Route-by-Route Breakdown",
                MetaTitles.choose(List.of("Ferry Fares in the Baltic: Route-by-Route Breakdown"),
                        List.of("Ferry Fares in the Baltic"), List.of()));
    }

    @Test
    void capitalsOnlyHeadingIsAKicker() {
        assertEquals("Safe Harbours: Best Practices For Small Ports",
                MetaTitles.choose(List.of("SUPPORTING SAFE HARBOURS"),
                        List.of("Safe Harbours: Best Practices For Small Ports"), List.of()));
    }

    @Test
    void siteNamesMatchHostAndSuffixForms() {
        assertTrue(MetaTitles.isSite("Shipway.org", List.of("shipway")));
        assertTrue(MetaTitles.isSite("Quill", List.of("Quill")));
        assertTrue(!MetaTitles.isSite("Shipping in winter", List.of("shipway")));
    }
}
