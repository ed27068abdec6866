package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest into a store on a file system too small for it: the write that meets the full disk fails,
 * the store keeps whole documents only, and once there is room the same ingest ends exactly where a clean
 * run does. The small file system is a real one (tmpfs of 300 KiB), so this runs where the test may
 * mount one (as root, as CI does) and says so where it may not.
 */
class FullDiskTest {
    private static final int DOCUMENTS = 200;
    private static final String[] CODES = {"USA", "PRK", "KOR", "CHN", "JPN", "RUS"};

    @TempDir
    Path dir;

    @Test
    void aFullDiskLeavesWholeDocumentsOnlyAndARerunWithRoomEqualsACleanRun() throws Exception {
        Path input = LineArticles.write(dir.resolve("articles"), DOCUMENTS, 4);
        Path clean = dir.resolve("clean.duckdb");
        StoreIngest.Counts all = ingest(clean, input);
        assertEquals(DOCUMENTS, all.stored());

        Path small = Files.createDirectories(dir.resolve("small"));
        mount(small);
        Path roomy = Files.createDirectories(dir.resolve("roomy"));
        try {
            StoreException full = assertThrows(StoreException.class, () -> ingest(small.resolve("s.duckdb"), input));
            assertTrue(full.getMessage().contains("disk is full"), full.getMessage());
            // the files as the full disk left them, on a disk with room
            try (var files = Files.list(small)) {
                for (Path f : files.toList()) {
                    Files.copy(f, roomy.resolve(f.getFileName()));
                }
            }
        } finally {
            new ProcessBuilder("umount", "-l", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }

        Path db = roomy.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db, Duration.ofSeconds(5))) {
            long docs = s.count("documents");
            assertTrue(docs > 0 && docs < DOCUMENTS, "documents kept before the disk filled: " + docs);
            assertEquals(0, orphans(s), "no actor or event row without its document");
            long expected = LineArticles.expectedEvents(s);
            assertFalse(expected == 0, "documents were stored with their events");
            assertEquals(expected, s.count("events"), "every stored document has all its events");
            assertTrue(wellFormedIds(s), "every document under its content hash");
        }

        StoreIngest.Counts again = ingest(db, input);
        assertEquals(DOCUMENTS, again.stored() + again.skipped());
        try (EventStore a = EventStore.openReadOnly(db, Duration.ofSeconds(5));
             EventStore b = EventStore.openReadOnly(clean, Duration.ofSeconds(5))) {
            for (String table : List.of("documents", "actors", "events", "fused_events")) {
                assertEquals(b.count(table), a.count(table), table);
            }
            assertEquals(rows(b, "SELECT doc_id || actor_id, name, code FROM actors"),
                    rows(a, "SELECT doc_id || actor_id, name, code FROM actors"));
            assertEquals(rows(b, "SELECT doc_id, source, event_rows FROM documents"),
                    rows(a, "SELECT doc_id, source, event_rows FROM documents"));
            assertEquals(rows(b, "SELECT id, doc_id, event, date_value FROM events"),
                    rows(a, "SELECT id, doc_id, event, date_value FROM events"));
            assertEquals(rows(b, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"),
                    rows(a, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"));
        }
    }

    /** As {@code dyad ingest} does: open, ingest and fuse, close; events come from the lines, not from models. */
    private static StoreIngest.Counts ingest(Path db, Path input) throws StoreException {
        try (EventStore store = EventStore.open(db, Duration.ofSeconds(5))) {
            return new StoreIngest(store, FullDiskTest::analyse, 2).run(List.of(input.toString()), System.in,
                    new StoreIngest.Listener() {
                        @Override
                        public void progress(StoreIngest.Counts counts) {
                        }

                        @Override
                        public void rejected(String source, Rejection rejection) {
                        }
                    });
        }
    }

    /**
     * Events from the document's lines, as the crash test reads them, and thirty actors with a dozen
     * mentions each, so that one document's rows are many and large, as a long article's are.
     */
    private static Pipeline.Result analyse(RawDocument doc) {
        Pipeline.Result r = CrashIngestMain.analyse(doc);
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                mentions.add(new Mention("Official number " + a + " of " + doc.source(), "body", m, m * 40, m * 40 + 30));
            }
            actors.add(new Actor("Official number " + a + " of " + doc.source(), Actor.Kind.PERSON, CODES[a % CODES.length],
                    "GOV", null, mentions));
        }
        return new Pipeline.Result(r.extraction(), r.parsed(), actors, r.events());
    }

    /** A 300 KiB tmpfs over the folder, or the test is skipped with the reason. */
    private static void mount(Path at) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", at.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mount command: " + e.getMessage());
            return;
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Assumptions.assumeTrue(p.exitValue() == 0, "cannot mount a small file system here (needs root): " + said);
    }

    private static long orphans(EventStore s) throws Exception {
        return single(s, "SELECT (SELECT count(*) FROM actors WHERE doc_id NOT IN (SELECT doc_id FROM documents)) "
                + "+ (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents))");
    }

    private static boolean wellFormedIds(EventStore s) throws Exception {
        return single(s, "SELECT count(*) FROM documents WHERE doc_id <> content_hash "
                + "OR NOT regexp_full_match(doc_id, '[0-9a-f]{64}')") == 0;
    }

    private static long single(EventStore s, String sql) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static TreeMap<String, String> rows(EventStore s, String sql) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 2; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.put(rs.getString(1), b.toString());
            }
        }
        return out;
    }
}
