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

/** {@code dyad query --format table}: the id and codes in aligned columns, however long a value. */
class TableExportTest {
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
            assertTrue(lines.get(2).contains("A place whose name\u2026"), lines.get(2));
        }
    }
}
