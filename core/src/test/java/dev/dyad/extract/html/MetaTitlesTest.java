package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaTitlesTest {
    @Test
    void stripsSiteAtEitherEnd() {
        assertEquals("Headline", MetaTitles.stripSite("Headline | Move.org", List.of("move")));
        assertEquals("Headline here", MetaTitles.stripSite("Acme News - Headline here", List.of("Acme News")));
        // no site known: the last part is dropped, it is a site or section name far more often
        assertEquals("Headline here", MetaTitles.stripSite("Headline here | Opinion", List.of()));
        // a colon is part of titles
        assertEquals("Fitness: 9 things", MetaTitles.stripSite("Fitness: 9 things", List.of()));
    }

    @Test
    void headingWithLabelBeforeTitleGivesTheTitle() {
        assertEquals("Best Agencies in the U.S. in 2025",
                MetaTitles.choose(List.of("Blog: Best Agencies in the U.S. in 2025"),
                        List.of("Best Agencies in the U.S. in 2025 | Acme"), List.of("Acme")));
    }

    @Test
    void headingThatGoesOnIsTheLongerTitle() {
        assertEquals("House Costs in the Bay Area: Room-by-Room Breakdown",
                MetaTitles.choose(List.of("House Costs in the Bay Area: Room-by-Room Breakdown"),
                        List.of("House Costs in the Bay Area"), List.of()));
    }

    @Test
    void capitalsOnlyHeadingIsAKicker() {
        assertEquals("GAAP Compliance: Best Practices For Your Business",
                MetaTitles.choose(List.of("SUPPORTING GAAP COMPLIANCE"),
                        List.of("GAAP Compliance: Best Practices For Your Business"), List.of()));
    }

    @Test
    void siteNamesMatchHostAndSuffixForms() {
        assertTrue(MetaTitles.isSite("Move.org", List.of("move")));
        assertTrue(MetaTitles.isSite("Artlyst", List.of("Artlyst")));
        assertTrue(!MetaTitles.isSite("Movers in NYC", List.of("move")));
    }
}
