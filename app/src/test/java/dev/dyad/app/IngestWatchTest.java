package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.store.EventStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest --watch DIR} in a child JVM: the folder is ingested, an article copied in later is
 * ingested too, and a stop (SIGTERM, as Ctrl-C) closes the store whole.
 */
class IngestWatchTest {
    @TempDir
    Path dir;

    @Test
    void anArticleCopiedInIsIngestedAndAStopLeavesTheStoreWhole() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("..", "samples", "independent-2018-05-30-lavrov-north-korea.txt"), watched.resolve("first.txt"));
        Path db = dir.resolve("s.duckdb");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-Xmx2g", "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName(),
                "ingest", "--db", db.toString(), "--threads", "1", "--watch", watched.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            ChildLines out = new ChildLines(p.getInputStream());
            assertNotNull(out.await(l -> l.startsWith("dyad ingest: watching"), Duration.ofMinutes(4)), out.said());
            assertTrue(out.said().contains("ingest: 1 documents (1 new"), out.said());
            Files.writeString(watched.resolve("second.txt"), """
                    Ministers meet in Beijing

                    BEIJING, 3 June 2019 - Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in
                    Beijing on Monday to discuss trade and security, the two governments said.
                    """, StandardCharsets.UTF_8);
            // the file ingested before the watch began is not read again: the watch's one ingest is the new file's
            String ingested = out.await(l -> l.startsWith("dyad ingest: ingested"), Duration.ofSeconds(60));
            assertNotNull(ingested, out.said());
            assertTrue(ingested.startsWith("dyad ingest: ingested 1 new of 1 files"), out.said());
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        try (EventStore s = EventStore.openReadOnly(db, Duration.ofSeconds(10))) {
            assertEquals(2, s.count("documents"));
            assertTrue(s.count("events") > 0);
        }
    }
}
