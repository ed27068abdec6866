package dev.dyad.store;

import static dev.dyad.store.StoreFixtures.day;
import static dev.dyad.store.StoreFixtures.doc;
import static dev.dyad.store.StoreFixtures.event;
import static dev.dyad.store.StoreFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real DuckDB file: idempotence, fusion, queries and bad store files. */
class EventStoreTest {
    private static final Duration NO_WAIT = Duration.ZERO;

    @TempDir
    Path dir;

    private List<JsonNode> fused(EventStore s) throws Exception {
        StringWriter w = new StringWriter();
        Exports.jsonl(s, EventQuery.all(), w);
        List<JsonNode> out = new ArrayList<>();
        for (String line : w.toString().split("\n")) {
            if (!line.isBlank()) {
                out.add(Records.mapper().readTree(line));
            }
        }
        return out;
    }

    @Test
    void theSameDocumentTwiceChangesNothing() throws Exception {
        Path db = dir.resolve("s.duckdb");
        StoredDocument d = doc("a", "2018-06-01", event("e-1", "a", "CONSULT", "future", day("2018-06-12"), "USA", "PRK", null));
        try (EventStore s = EventStore.open(db, NO_WAIT)) {
            assertTrue(s.write(d));
            assertFalse(s.write(d), "a stored content hash is skipped");
            s.fuse();
            assertEquals(0, s.fuse(), "nothing left to fuse");
        }
        try (EventStore s = EventStore.open(db, NO_WAIT)) {
            assertFalse(s.write(d));
            assertEquals(1, s.count("documents"));
            assertEquals(1, s.count("events"));
            assertEquals(1, s.count("fused_events"));
        }
    }

    @Test
    void reportsOfOneEventFuseEitherWayRoundAndDifferentDaysDoNot() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"), NO_WAIT)) {
            s.write(doc("a", "2018-05-30T08:57:00+01:00",
                    event("e-a1", "a", "CONSULT", "future", month("2018-06"), "USA", "PRK", null),
                    event("e-a2", "a", "CONSULT", "future", day("2018-06-03"), "USA", "PRK", null)));
            s.write(doc("b", "2018-06-01", event("e-b1", "b", "CONSULT", "future", day("2018-06-12"), "PRK", "USA", "Singapore")));
            s.write(doc("c", "2018-06-02", event("e-c1", "c", "CONSULT", "future", day("2018-06-12"), "USA", "PRK", null)));
            s.write(doc("d", "2018-06-02", event("e-d1", "d", "ACCUSE", "asserted", day("2018-06-12"), "USA", "PRK", null),
                    event("e-d2", "d", "ACCUSE", "asserted", day("2018-06-12"), "CHN", "USA", null)));
            s.write(doc("e", "2018-06-03", event("e-e1", "e", "ACCUSE", "asserted", day("2018-06-12"), "PRK", "USA", null)));
            assertEquals(7, s.fuse());
            List<JsonNode> f = fused(s);
            JsonNode summit = f.stream().filter(n -> n.path("date").path("value").asText().equals("2018-06-12")
                    && n.path("event").asText().equals("CONSULT")).findFirst().orElseThrow();
            assertEquals(3, summit.path("reports").asInt(), summit.toString());
            assertEquals("Singapore", summit.path("location").path("name").asText());
            assertEquals("2018-05-30T08:57:00+01:00", summit.path("first_reported").asText());
            assertEquals("2018-06-02", summit.path("last_reported").asText());
            // the month-precision report joins the 12th; the 3rd stays apart (same article as the month)
            assertTrue(summit.toString().contains("e-a1"));
            assertFalse(summit.toString().contains("e-a2"));
            // accusations are directed: USA->PRK, CHN->USA and PRK->USA are three events
            assertEquals(3, f.stream().filter(n -> n.path("event").asText().equals("ACCUSE")).count());
            assertEquals(5, s.count("fused_events"));
        }
    }

    @Test
    void aCoarseReportDoesNotChainTwoDaysTogether() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"), NO_WAIT)) {
            s.write(doc("a", null, event("e-a", "a", "CONSULT", "asserted", day("2018-06-03"), "USA", "PRK", null)));
            s.write(doc("b", null, event("e-b", "b", "CONSULT", "asserted", day("2018-06-20"), "USA", "PRK", null)));
            s.write(doc("c", null, event("e-c", "c", "CONSULT", "asserted", month("2018-06"), "USA", "PRK", null)));
            s.fuse();
            assertEquals(2, s.count("fused_events"), "the June report joins one day, never both");
        }
    }

    @Test
    void aPlannedEventAndItsReportAreLinkedNotMerged() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"), NO_WAIT)) {
            s.write(doc("a", "2018-06-01", event("e-a", "a", "CONSULT", "future", day("2018-06-12"), "USA", "PRK", "Singapore")));
            s.write(doc("b", "2018-06-12", event("e-b", "b", "CONSULT", "asserted", day("2018-06-12"), "PRK", "USA", "Singapore")));
            s.write(doc("c", "2018-06-12", event("e-c", "c", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", "Hanoi")));
            s.fuse();
            List<JsonNode> f = fused(s);
            assertEquals(3, f.size(), "modalities stay apart; Singapore and Hanoi are different places");
            JsonNode planned = f.stream().filter(n -> n.path("modality").asText().equals("future")).findFirst().orElseThrow();
            JsonNode held = f.stream().filter(n -> n.path("members").toString().contains("e-b")).findFirst().orElseThrow();
            assertEquals(held.path("id").asText(), planned.path("linked").get(0).asText());
            assertEquals(planned.path("id").asText(), held.path("linked").get(0).asText());
        }
    }

    @Test
    void fusionDependsOnTheEventsNotOnTheOrderTheyCame() throws Exception {
        List<StoredDocument> docs = List.of(
                doc("a", null, event("e-a", "a", "CONSULT", "asserted", month("2018-06"), "USA", "PRK", null)),
                doc("b", null, event("e-b", "b", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", null)),
                doc("c", null, event("e-c", "c", "CONSULT", "asserted", day("2018-06-12"), "PRK", "USA", null)),
                doc("d", null, event("e-d", "d", "CONSULT", "asserted", day("2018-06-14"), "USA", "PRK", null)));
        List<String> first = null;
        for (List<Integer> order : List.of(List.of(0, 1, 2, 3), List.of(3, 2, 1, 0), List.of(2, 0, 3, 1))) {
            Path db = dir.resolve("o" + order.get(0) + ".duckdb");
            try (EventStore s = EventStore.open(db, NO_WAIT)) {
                for (int i : order) {
                    s.write(docs.get(i));
                    s.fuse();
                }
                List<String> ids = fused(s).stream().map(n -> n.path("id").asText() + n.path("members")).sorted().toList();
                if (first == null) {
                    first = ids;
                } else {
                    assertEquals(first, ids);
                }
            }
        }
    }

    @Test
    void queriesFilterAndExportsWriteEveryFormat() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"), NO_WAIT)) {
            s.write(doc("a", "2018-06-01", event("e-a", "a", "CONSULT", "future", day("2018-06-12"), "USA", "PRK", "Singapore")));
            s.write(doc("b", "2018-06-02", event("e-b", "b", "CONSULT", "future", day("2018-06-12"), "PRK", "USA", null)));
            s.write(doc("c", "2018-07-01", event("e-c", "c", "ACCUSE", "asserted", day("2018-07-01"), "CHN", "USA", null)));
            s.fuse();
            EventQuery between = new EventQuery(false, null, null, List.of("USA", "prk NAME"), null, null, null,
                    java.time.LocalDate.parse("2018-05-01"), java.time.LocalDate.parse("2018-06-30"), null, null, null, 0, 0);
            StringWriter csv = new StringWriter();
            assertEquals(1, Exports.csv(s, between, csv));
            assertTrue(csv.toString().startsWith("id,event,mode,modality"));
            StringWriter unfused = new StringWriter();
            assertEquals(2, Exports.jsonl(s, new EventQuery(true, List.of("USA", "PRK"), null, null, List.of("consult"),
                    null, List.of("future"), null, null, null, null, null, 0, 0), unfused));
            StringWriter cameo = new StringWriter();
            assertEquals(2, Exports.cameo(s, EventQuery.all(), cameo, false));
            for (String line : cameo.toString().split("\n")) {
                String[] cols = line.split("\t", -1);
                assertEquals(61, cols.length);
                if (cols[26].equals("036")) {
                    assertEquals("2", cols[32], "NumSources");
                    assertEquals("2", cols[33], "NumArticles");
                    assertEquals("2", cols[31], "NumMentions");
                    assertEquals("20180612", cols[1]);
                } else {
                    assertEquals("112", cols[26], "an accusation");
                    assertEquals("3", cols[29], "verbal conflict");
                }
            }
            StringWriter plover = new StringWriter();
            Exports.plover(s, new EventQuery(false, null, null, null, List.of("CONSULT"), null, null, null, null, null, null, null, 0, 0),
                    "dyad test", plover);
            JsonNode p = Records.mapper().readTree(plover.toString().split("\n")[0]);
            assertEquals("AGREE", p.path("event").get(0).asText(), "PLOVER codes a planned meeting as AGREE");
            assertEquals("CONSULT", p.path("dyad_event").asText());
            Path parquet = dir.resolve("out.parquet");
            assertEquals(2, Exports.parquet(s, EventQuery.all(), parquet));
            assertTrue(Files.size(parquet) > 0);
        }
    }

    @Test
    void badStoresGetClearErrorsAndStayAsTheyWere() throws Exception {
        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "these are my notes", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(text, NO_WAIT));
        assertTrue(e.getMessage().contains("not a dyad store"), e.getMessage());
        assertEquals("these are my notes", Files.readString(text, StandardCharsets.UTF_8));

        Path newer = dir.resolve("newer.duckdb");
        try (EventStore s = EventStore.open(newer, NO_WAIT)) {
            s.write(doc("a", null, event("e-a", "a", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", null)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + newer); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '" + (EventStore.schemaVersion() + 1) + "' WHERE key = 'schema_version'");
        }
        e = assertThrows(StoreException.class, () -> EventStore.open(newer, NO_WAIT));
        assertTrue(e.getMessage().contains("newer dyad"), e.getMessage());
        e = assertThrows(StoreException.class, () -> EventStore.openReadOnly(newer, NO_WAIT));
        assertTrue(e.getMessage().contains("newer dyad"), e.getMessage());

        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sales(x INTEGER)");
        }
        e = assertThrows(StoreException.class, () -> EventStore.open(other, NO_WAIT));
        assertTrue(e.getMessage().contains("not a dyad store"), e.getMessage());

        e = assertThrows(StoreException.class, () -> EventStore.open(dir.resolve("no/such/dir/s.duckdb"), NO_WAIT));
        assertTrue(e.getMessage().contains("no such directory"), e.getMessage());
        e = assertThrows(StoreException.class, () -> EventStore.openReadOnly(dir.resolve("absent.duckdb"), NO_WAIT));
        assertTrue(e.getMessage().contains("no store at"), e.getMessage());
    }

    @Test
    void sqlRunsReadOnlyQueriesOnly() throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db, NO_WAIT)) {
            s.write(doc("a", null, event("e-a", "a", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", null)));
        }
        try (EventStore s = EventStore.openReadOnly(db, NO_WAIT)) {
            StringWriter w = new StringWriter();
            StoreSql.run(s, "SELECT event, count(*) AS n FROM events GROUP BY event", "csv", w);
            assertEquals("event,n\nCONSULT,1\n", w.toString());
            StoreException e = assertThrows(StoreException.class, () -> StoreSql.run(s, "DELETE FROM events", "csv", new StringWriter()));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            e = assertThrows(StoreException.class, () -> StoreSql.run(s, "SELECT 1; DROP TABLE events", "csv", new StringWriter()));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            // a read, but of a file of the machine rather than of the store
            assertThrows(StoreException.class, () -> StoreSql.run(s, "SELECT * FROM read_text('/etc/hostname')", "csv",
                    new StringWriter()));
            assertEquals(1, s.count("events"));
        }
    }

    @Test
    void aStoreOfAnEarlierSchemaIsMigratedAndKeepsItsEvents() throws Exception {
        Path db = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            for (String sql : Schema.STEPS.get(0)) {
                st.execute(sql);
            }
            st.execute("INSERT INTO meta VALUES ('schema_version', '1')");
        }
        try (EventStore s = EventStore.open(db, NO_WAIT)) {
            s.write(doc("a", null, event("e-a", "a", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", null)));
            s.write(doc("b", null, event("e-b", "b", "CONSULT", "asserted", day("2018-06-12"), "PRK", "USA", null)));
            s.fuse();
            assertEquals(1, s.count("fused_dyads"));
            List<Timeline.Week> weeks = Timeline.dyad(s, "prk", "usa", java.time.LocalDate.parse("2018-06-01"),
                    java.time.LocalDate.parse("2018-06-30"));
            assertEquals(List.of(new Timeline.Week(java.time.LocalDate.parse("2018-06-11"), "CONSULT", 1)), weeks);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            rs.next();
            assertEquals(String.valueOf(EventStore.schemaVersion()), rs.getString(1));
        }
    }

    @Test
    void anEditedFileReadFromTheSamePathKeepsBothVersionsEvents() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"), NO_WAIT)) {
            assertTrue(s.write(doc("page.txt", null, event("e-1", "page.txt", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK", null))));
            StoredDocument edited = doc("page.txt (edited)", null, event("e-1", "page.txt", "CONSULT", "asserted", day("2018-06-13"), "USA", "PRK", null));
            assertTrue(s.write(edited));
            assertEquals(2, s.count("events"));
            StringWriter w = new StringWriter();
            Exports.jsonl(s, new EventQuery(true, null, null, null, null, null, null, java.time.LocalDate.parse("2018-06-13"),
                    null, null, null, null, 0, 0), w);
            assertEquals("e-1-" + edited.docId().substring(0, 8), Records.mapper().readTree(w.toString()).path("id").asText());
        }
    }
}
