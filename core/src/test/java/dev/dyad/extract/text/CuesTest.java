package dev.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CuesTest {
    private final Cues cues = Cues.standard();

    private String reason(String line) {
        return cues.match(line).map(Cues.Cue::reason).orElse(null);
    }

    @Test
    void furnitureIsRecognised() {
        assertEquals("advertisement", reason("Advertisement"));
        assertEquals("comment and login prompts", reason("Join our commenting forum"));
        assertEquals("comment and login prompts", reason("Please refresh the page to be logged in"));
        assertEquals("cookie notice", reason("This website uses cookies to improve your experience."));
        assertEquals("donation appeal", reason("Whether $5 or $50, every contribution counts."));
        assertEquals("share bar", reason("Share this article"));
        assertEquals("newsletter signup", reason("Sign up for our daily newsletter"));
    }

    @Test
    void reachOfACue() {
        assertEquals(Cues.Role.END, cues.match("Top Rated Comments").orElseThrow().role());
        assertEquals(Cues.Role.END, cues.match("© 2019 Example Media Ltd. All rights reserved.").orElseThrow().role());
        assertEquals(Cues.Role.HEADING, cues.match("Most Popular").orElseThrow().role());
        assertEquals(Cues.Role.BLOCK, cues.match("We use cookies on this site").orElseThrow().role());
    }

    @Test
    void proseIsLeftAlone() {
        assertFalse(cues.match("The minister said the talks would resume on Thursday in Geneva.").isPresent());
        assertFalse(cues.match("Donations to the party rose sharply last year, filings show.").isPresent());
        assertFalse(cues.match("").isPresent());
    }

    @Test
    void startAnchoredPatterns() {
        assertTrue(Cues.anchored("^advert$"));
        assertTrue(Cues.anchored("^(a|b) c"));
        assertTrue(Cues.anchored("^[|] x"));
        assertFalse(Cues.anchored("^a|b"));
        assertFalse(Cues.anchored("\\bevery contribution\\b"));
    }

    @Test
    void badFilesFailWithTheirLine() {
        String head = "# source: test\n";
        IllegalArgumentException role = assertThrows(IllegalArgumentException.class,
                () -> Cues.parse("t.tsv", head + "ad\tsometimes\t^ad$\n"));
        assertTrue(role.getMessage().startsWith("t.tsv:2:"), role.getMessage());
        IllegalArgumentException regex = assertThrows(IllegalArgumentException.class,
                () -> Cues.parse("t.tsv", head + "\nad\tline\t^(ad$\n"));
        assertTrue(regex.getMessage().startsWith("t.tsv:3:"), regex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cues.parse("t.tsv", head + "ad\tline\t.*\n"));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse("t.tsv", "ad\tline\t^ad$\n"));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse("t.tsv", head + "ad\tline\n"));
    }

    @Test
    void customCuesApply() {
        Cues custom = Cues.parse("t.tsv", "# source: test\nmasthead\tline\t^the daily example$\n");
        assertEquals("masthead", custom.match("The Daily Example").orElseThrow().reason());
        assertFalse(custom.match("Advertisement").isPresent());
    }
}
