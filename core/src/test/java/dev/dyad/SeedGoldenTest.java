package dev.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.Scores;
import dev.dyad.model.Article;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.Extraction;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.ExtractionStage;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The first golden test: the seed article, copied into the test resources, must come out with every
 * field and snippet of its gold right. Runs with or without the evaluation corpus.
 */
class SeedGoldenTest {
    private static final String SEED = "/golden/seed/000_33b13eb07131111b";

    static byte[] resource(String path) throws IOException {
        try (InputStream in = SeedGoldenTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing test resource " + path);
            return in.readAllBytes();
        }
    }

    @Test
    void seedArticleMatchesItsGold() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource(SEED + ".gold.json")).get("article");
        RawDocument doc = new RawDocument("seed/000_33b13eb07131111b.txt", resource(SEED + ".txt"), MediaType.TEXT,
                null, DocumentHints.NONE);
        Extraction e = new ExtractionStage().process(doc);
        assertTrue(e.ok(), () -> "seed rejected: " + e.rejection());
        Article a = e.article();
        Scores.Checks checks = Scores.article(gold, a.title(), a.subtitle(), a.authors(), a.published(), a.body());
        assertEquals(java.util.List.of(), checks.failed(), "seed checks that failed");
        assertEquals(22, checks.total());
        assertEquals("en", a.language());
        assertTrue(a.removed().size() >= 4, "each boilerplate block of the seed is reported with its reason");
    }
}
