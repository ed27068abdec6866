package dev.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.EventScores;
import dev.dyad.json.Records;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.Event;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.testing.Pipelines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end on the seed, with CoreNLP's real models: its events against their gold. */
class SeedEventsTest {
    @Test
    void seedEventsMatchTheirGold() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SeedGoldenTest.resource("/golden/seed/000_33b13eb07131111b.gold.json"));
        RawDocument doc = new RawDocument("seed/000_33b13eb07131111b.txt",
                SeedGoldenTest.resource("/golden/seed/000_33b13eb07131111b.txt"), MediaType.TEXT, null, DocumentHints.NONE);
        Pipeline.Result r = Pipelines.full().process(doc);
        List<JsonNode> predicted = new ArrayList<>();
        for (Event e : r.events()) {
            predicted.add(Records.event(e));
            String body = r.extraction().article().body();
            assertEquals(e.evidence().sentence(), body.substring(e.evidence().start(), e.evidence().end()),
                    "evidence offsets point at the sentence in the body");
        }
        EventScores.ArticleScore s = EventScores.article(gold.get("events"), predicted);
        System.out.printf(java.util.Locale.ROOT, "seed events: core recall %d/%d, precision %.3f (%d predicted), modality %d/%d%n",
                s.coreFound(), s.core(), s.precision(), s.predicted(), s.modalityRight(), s.coreFound());
        s.report().forEach(line -> System.out.println("  " + line));
        assertTrue(s.coreFound() >= 12, "core recall at least 12/13");
        assertTrue(s.precision() >= 0.85, "precision at least 0.85");
        assertEquals(s.coreFound(), s.modalityRight(), "every matched modality right");
        // a planned visit is CONSULT visit, modality future, as dyad's records code it (the gold also accepts
        // PLOVER's AGREE for it, so the score alone would not see it become a promise)
        assertTrue(r.events().stream().anyMatch(e -> e.event().equals("CONSULT") && "visit".equals(e.mode())
                && e.modality().equals("future") && e.actor().stream().anyMatch(a -> "RUS".equals(a.code()))),
                "Lavrov's planned visit to North Korea");
        // the same document gives the same ids
        Pipeline.Result again = Pipelines.full().process(doc);
        assertEquals(r.events().stream().map(Event::id).toList(), again.events().stream().map(Event::id).toList());
    }
}
