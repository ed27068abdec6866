package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest with SIGKILL part-way, then checks that the store opens, holds whole documents
 * only, and that running the same ingest again ends exactly where a clean run does.
 */
class CrashSafetyTest {
    private static final int DOCUMENTS = 200;

    @TempDir
    Path dir;

    @Test
    void killedMidIngestThenRerunEqualsACleanRun() throws Exception {
        Path input = LineArticles.write(dir.resolve("articles"), DOCUMENTS, 1);
        Path clean = dir.resolve("clean.duckdb");
        Process c = child(clean, input);
        List<String> cleanOut = drain(c);
        assertEquals(0, c.waitFor(), String.join("\n", cleanOut));

        Path crashed = dir.resolve("crashed.duckdb");
        Process p = child(crashed, input);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int stored = 0;
        boolean tried = false;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("stored ")) {
                stored = Integer.parseInt(line.substring(7));
            }
            if (stored >= 10 && !tried) {
                // a second writer meanwhile is told who holds the store, and changes nothing
                StoreException busy = assertThrows(StoreException.class, () -> EventStore.open(crashed, Duration.ZERO));
                assertTrue(busy.getMessage().contains("in use by another process"), busy.getMessage());
                tried = true;
            }
            if (stored >= 40) {
                p.destroyForcibly();
                break;
            }
            assertFalse(line.startsWith("done"), "the ingest ended before it could be killed");
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        try (EventStore s = EventStore.openReadOnly(crashed, Duration.ofSeconds(5))) {
            long docs = s.count("documents");
            assertTrue(docs >= 40 && docs < DOCUMENTS, "documents kept: " + docs);
            assertEquals(LineArticles.expectedEvents(s), s.count("events"), "every stored document has all its events");
        }

        Process again = child(crashed, input);
        List<String> againOut = drain(again);
        assertEquals(0, again.waitFor(), String.join("\n", againOut));
        assertTrue(againOut.get(againOut.size() - 1).matches("done \\d+ \\d+"), againOut.toString());

        try (EventStore a = EventStore.openReadOnly(crashed, Duration.ofSeconds(5));
             EventStore b = EventStore.openReadOnly(clean, Duration.ofSeconds(5))) {
            for (String table : List.of("documents", "actors", "events", "fused_events")) {
                assertEquals(b.count(table), a.count(table), table);
            }
            assertEquals(DOCUMENTS, a.count("documents"));
            assertEquals(fused(b), fused(a), "the same fused events with the same members");
            assertEquals(0, unfused(a));
        }
    }

    private static TreeMap<String, String> fused(EventStore s) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        try (Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + " " + rs.getInt(3));
            }
        }
        return out;
    }

    private static long unfused(EventStore s) throws Exception {
        try (Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM events WHERE fused_id IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process child(Path db, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), db.toString(), input.toString())
                .redirectErrorStream(true).start();
        // a child that never ends is stopped, which ends the reading of its output
        CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES).execute(p::destroyForcibly);
        return p;
    }

    private static List<String> drain(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
