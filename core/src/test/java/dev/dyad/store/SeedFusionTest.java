package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import dev.dyad.model.Rejection;
import dev.dyad.testing.Pipelines;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With CoreNLP's real models: the seed, then a second article announcing the same Trump–Kim summit,
 * ingested into a store on disk. The summit becomes one fused event reported by both, and no other
 * fused event appears.
 */
class SeedFusionTest {
    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = SeedFusionTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing test resource " + resource);
            Path p = dir.resolve("articles").resolve(name);
            Files.createDirectories(p.getParent());
            Files.copy(in, p);
            return p;
        }
    }

    private static StoreIngest.Counts ingest(EventStore s, Path p) throws StoreException {
        return new StoreIngest(s, Pipelines.full()::process, 2).run(List.of(p.toString()), InputStream.nullInputStream(),
                new StoreIngest.Listener() {
                    @Override
                    public void progress(StoreIngest.Counts counts) {
                    }

                    @Override
                    public void rejected(String source, Rejection rejection) {
                        throw new AssertionError(source + ": " + rejection);
                    }
                });
    }

    @Test
    void theSummitTwoArticlesReportIsOneFusedEvent() throws Exception {
        Path seed = copy("/golden/seed/000_33b13eb07131111b.txt", "seed.txt");
        Path second = copy("/golden/fusion/singapore-summit-announced.txt", "singapore-summit-announced.txt");
        try (EventStore s = EventStore.open(dir.resolve("dyad.duckdb"), Duration.ZERO)) {
            ingest(s, seed);
            long fusedSeedOnly = s.count("fused_events");
            assertTrue(fusedSeedOnly >= 10, "the seed's events are stored: " + fusedSeedOnly);
            StoreIngest.Counts again = ingest(s, seed);
            assertEquals(1, again.skipped(), "the seed again is skipped");
            ingest(s, second);
            assertTrue(s.count("events") > fusedSeedOnly, "the second article has events of its own");
            assertEquals(fusedSeedOnly, s.count("fused_events"), "every event of the second article fused into one of the seed's");

            StringWriter w = new StringWriter();
            Exports.jsonl(s, new EventQuery(false, null, null, List.of("USA", "PRK"), List.of("CONSULT"), null, List.of("future"),
                    java.time.LocalDate.parse("2018-06-12"), java.time.LocalDate.parse("2018-06-12"), null, null, null, 0, 0), w);
            List<JsonNode> summit = new ArrayList<>();
            for (String line : w.toString().split("\n")) {
                JsonNode n = Records.mapper().readTree(line);
                if (n.path("reports").asInt() >= 2) {
                    summit.add(n);
                }
            }
            assertEquals(1, summit.size(), w.toString());
            JsonNode f = summit.get(0);
            assertTrue(f.path("sources").toString().contains("seed.txt")
                    && f.path("sources").toString().contains("singapore-summit-announced.txt"), f.toString());
            assertEquals("2018-06-12", f.path("date").path("value").asText(), "the finer date of the two reports");
        }
    }
}
