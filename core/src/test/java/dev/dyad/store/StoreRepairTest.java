package dev.dyad.store;

import static dev.dyad.store.StoreFixtures.day;
import static dev.dyad.store.StoreFixtures.doc;
import static dev.dyad.store.StoreFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening a store for writing removes: documents that are not whole (rows missing, a row spliced
 * from two documents) and rows of no document, as a write that failed part-way can leave them; the
 * fused events they were part of are rebuilt from what is whole.
 */
class StoreRepairTest {
    @TempDir
    Path dir;

    private static final List<StoredDocument> DOCS = List.of(
            doc("a.txt", "2018-06-01", event("a1", "a.txt", "CONSULT", "asserted", day("2018-06-01"), "USA", "PRK", null),
                    event("a2", "a.txt", "ACCUSE", "asserted", day("2018-06-02"), "PRK", "USA", null)),
            doc("b.txt", "2018-06-01", event("b1", "b.txt", "CONSULT", "asserted", day("2018-06-01"), "USA", "PRK", null)),
            doc("c.txt", "2018-06-03", event("c1", "c.txt", "AID", "asserted", day("2018-06-03"), "CHN", "PRK", null)));

    @Test
    void documentsThatAreNotWholeAreRemovedWithTheirRowsAndFusionIsRebuilt() throws Exception {
        Path damaged = dir.resolve("damaged.duckdb");
        write(damaged, DOCS);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + damaged); Statement st = c.createStatement()) {
            // a.txt lost one of its events; a row spliced from two documents' ids; rows of no document
            st.execute("DELETE FROM events WHERE id = 'a2'");
            st.execute("INSERT INTO documents (doc_id, source, content_hash, record) SELECT doc_id || doc_id, source || source, "
                    + "content_hash || content_hash, '{}' FROM documents WHERE source = 'b.txt'");
            st.execute("INSERT INTO actors (doc_id, actor_id, name) VALUES ('gone', 'gone-0', 'Nobody')");
            st.execute("INSERT INTO events (id, doc_id, event) SELECT 'x1', 'gone', 'CONSULT'");
        }
        EventStore.Repair r;
        try (EventStore s = EventStore.open(damaged, Duration.ZERO)) {
            r = s.repaired();
            s.fuse();
        }
        assertEquals(new EventStore.Repair(2, 1, 2), r, "a.txt and the spliced row; one actor row; a1 and x1");

        Path whole = dir.resolve("whole.duckdb");
        write(whole, DOCS.subList(1, 3));
        try (EventStore a = EventStore.openReadOnly(damaged, Duration.ZERO);
             EventStore b = EventStore.openReadOnly(whole, Duration.ZERO)) {
            for (String table : List.of("documents", "actors", "events", "fused_events")) {
                assertEquals(b.count(table), a.count(table), table);
            }
            assertEquals(rows(b, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"),
                    rows(a, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"));
        }

        // the documents removed are analysed again by the next ingest; a whole store is left as it is
        write(damaged, DOCS);
        Path clean = dir.resolve("clean.duckdb");
        write(clean, DOCS);
        try (EventStore a = EventStore.open(damaged, Duration.ZERO);
             EventStore b = EventStore.openReadOnly(clean, Duration.ZERO)) {
            assertFalse(a.repaired().any());
            for (String table : List.of("documents", "actors", "events", "fused_events")) {
                assertEquals(b.count(table), a.count(table), table);
            }
            assertEquals(rows(b, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"),
                    rows(a, "SELECT id, list_sort(members)::VARCHAR, reports FROM fused_events"));
        }
    }

    private static void write(Path db, List<StoredDocument> docs) throws Exception {
        try (EventStore s = EventStore.open(db, Duration.ZERO)) {
            for (StoredDocument d : docs) {
                s.write(d);
            }
            s.fuse();
        }
    }

    private static TreeMap<String, String> rows(EventStore s, String sql) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }
}
