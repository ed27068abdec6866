package dev.dyad.store;

import static dev.dyad.store.StoreFixtures.day;
import static dev.dyad.store.StoreFixtures.doc;
import static dev.dyad.store.StoreFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports a reader looks at row by row: the terminal table and the CAMEO-coded rows of GDELT's event table. */
class RowExportsTest {
    @TempDir
    Path dir;

    @Test
    void columnsStayAlignedAndCarryTheIdAndCodes() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"), Duration.ZERO)) {
            s.write(doc("a.txt", "2018-06-01", event("a1", "a.txt", "CONSULT", "asserted", day("2018-06-01"), "USA", "PRK",
                    "Singapore")));
            s.write(doc("b.txt", "2018-06-02", event("b1", "b.txt", "ACCUSE", "asserted", day("2018-06-02"), "PRK",
                    "USA", "A place whose name is far longer than its column")));
            s.fuse();
            StringWriter out = new StringWriter();
            Exports.table(s, EventQuery.all(), out);
            List<String> lines = out.toString().lines().toList();
            assertEquals(3, lines.size(), out.toString());
            assertTrue(lines.get(0).startsWith("id "), lines.get(0));
            int reports = lines.get(0).indexOf("reports");
            for (String line : lines.subList(1, 3)) {
                assertTrue(line.startsWith("f-"), line);
                assertTrue(line.contains("USA -> PRK") || line.contains("PRK -> USA"), line);
                assertEquals(reports, line.lastIndexOf(' ') + 1, "the last column starts where its heading does: " + line);
            }
            // the newest event first, as every listing writes them
            assertTrue(lines.get(1).contains("A place whose name\u2026"), lines.get(1));
        }
    }
    @Test
    void cameoHasOneRowForEachActorAndRecipientPair() throws Exception {
        dev.dyad.model.Event base = event("c1", "c.txt", "ACCUSE", "asserted", day("2019-10-25"), "RUS", "USA", null);
        dev.dyad.model.Event compound = new dev.dyad.model.Event(base.id(), base.source(), base.event(), base.mode(),
                base.context(), base.modality(), base.historical(), base.date(),
                List.of(StoreFixtures.p("RUS"), StoreFixtures.p("SYR")), base.recipient(), base.location(), base.evidence(),
                base.mentions(), base.quadClass(), base.intensity(), base.confidence(), base.rule());
        try (EventStore s = EventStore.open(dir.resolve("c.duckdb"), Duration.ZERO)) {
            s.write(StoreFixtures.doc("c.txt", "2019-10-25", compound));
            s.fuse();
            StringWriter out = new StringWriter();
            assertEquals(1, Exports.cameo(s, EventQuery.all(), out, false), "one event");
            List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
            assertEquals(2, rows.size(), out.toString());
            assertEquals(List.of("RUSGOV", "SYRGOV"), rows.stream().map(r -> r[5]).toList(), "Actor1Code of each row");
            assertEquals(List.of("USAGOV", "USAGOV"), rows.stream().map(r -> r[15]).toList(), "Actor2Code of each row");
            assertTrue(!rows.get(0)[0].equals(rows.get(1)[0]), "each row its own GlobalEventID");
        }
    }
}
