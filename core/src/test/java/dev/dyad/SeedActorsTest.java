package dev.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.Scores;
import dev.dyad.model.Actor;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.Mention;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.testing.Pipelines;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end on the seed, with CoreNLP's real models: every actor of the gold resolved, mentions linked. */
class SeedActorsTest {
    @Test
    void seedActorsMatchTheirGold() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SeedGoldenTest.resource("/golden/seed/000_33b13eb07131111b.gold.json"));
        RawDocument doc = new RawDocument("seed/000_33b13eb07131111b.txt",
                SeedGoldenTest.resource("/golden/seed/000_33b13eb07131111b.txt"), MediaType.TEXT, null, DocumentHints.NONE);
        Pipeline.Result r = Pipelines.full().process(doc);
        assertTrue(r.extraction().ok());
        List<Scores.PredictedActor> predicted = r.actors().stream().map(a -> new Scores.PredictedActor(a.name(), a.code(),
                a.sector(), a.mentions().stream().map(Mention::text).toList())).toList();
        Scores.ActorScore s = Scores.actors(gold.get("actors"), predicted);
        System.out.println("seed actors: resolved " + s.resolved() + "/" + s.actors() + ", mentions linked "
                + s.linked() + "/" + s.mentions() + " " + s.wrong());
        assertEquals(List.of(), s.wrong());
        assertTrue(s.linked() * 10 >= s.mentions() * 9, "at least 90% of the gold's mentions linked: " + s.linked());
        for (Actor a : r.actors()) {
            for (Mention m : a.mentions()) {
                assertEquals(m.text(), r.parsed().fieldText(m.field()).substring(m.start(), m.end()));
            }
        }
    }
}
