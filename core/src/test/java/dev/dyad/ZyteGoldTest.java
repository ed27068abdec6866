package dev.dyad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.EventScores;
import dev.dyad.eval.Scores;
import dev.dyad.json.Records;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.Event;
import dev.dyad.model.MediaType;
import dev.dyad.model.Mention;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.testing.Pipelines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Political news pages annotated by hand for this project (see the README beside them): their named
 * actors, resolved end to end with CoreNLP's real models, and their events, reported. The event coder's
 * model is trained on these pages, so its figures here are in sample and held to no floor: the accuracy
 * gate holds their out-of-fold figures ({@code articles.events.oof.*}).
 */
class ZyteGoldTest {
    private static final List<String> PAGES = List.of(
            "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432",
            "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
            "4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a",
            "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35",
            "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f");
    /** Gold actors resolved with the right code and sector, over the five pages; only goes up. */
    private static final int RESOLVED_FLOOR = 50;

    @Test
    void namedActorsOfUnseenArticles() throws IOException {
        int resolved = 0;
        int actors = 0;
        int linked = 0;
        int mentions = 0;
        int coreFound = 0;
        int core = 0;
        int predicted = 0;
        int matched = 0;
        ObjectMapper json = new ObjectMapper();
        for (String id : PAGES) {
            JsonNode gold = json.readTree(SeedGoldenTest.resource("/golden/zyte/" + id + ".gold.json"));
            RawDocument doc = new RawDocument(id + ".txt", SeedGoldenTest.resource("/golden/zyte/" + id + ".txt"),
                    MediaType.TEXT, null, DocumentHints.NONE);
            Pipeline.Result r = Pipelines.full().process(doc);
            assertTrue(r.extraction().ok(), () -> id + " rejected: " + r.extraction().rejection());
            Scores.ActorScore a = Scores.actors(gold.get("actors"), r.actors().stream()
                    .map(x -> new Scores.PredictedActor(x.name(), x.code(), x.sector(),
                            x.mentions().stream().map(Mention::text).toList())).toList());
            resolved += a.resolved();
            actors += a.actors();
            linked += a.linked();
            mentions += a.mentions();
            a.wrong().forEach(w -> System.out.println("  " + id.substring(0, 8) + " actor " + w));
            List<JsonNode> events = new ArrayList<>();
            for (Event e : r.events()) {
                events.add(Records.event(e));
            }
            EventScores.ArticleScore es = EventScores.article(gold.get("events"), events);
            coreFound += es.coreFound();
            core += es.core();
            predicted += es.predicted();
            matched += es.matchedPredictions();
        }
        System.out.printf(Locale.ROOT, "zyte gold: actors resolved %d/%d, mentions linked %d/%d; events core recall %d/%d,"
                + " precision %d/%d (in sample)%n", resolved, actors, linked, mentions, coreFound, core, matched, predicted);
        assertTrue(resolved >= RESOLVED_FLOOR, "actors resolved " + resolved + " below " + RESOLVED_FLOOR);
    }
}
