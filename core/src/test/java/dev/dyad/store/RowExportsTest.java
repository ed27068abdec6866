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

    private static String col(String[] row, String name) {
        return row[Exports.GDELT_COLUMNS.indexOf(name)];
    }

    /** A date known to the month or the year is written as GDELT writes one, with zeros for what is not known. */
    @Test
    void cameoDatesKeepTheirPrecision() throws Exception {
        dev.dyad.model.EventDate year = new dev.dyad.model.EventDate("2019", "year", java.time.LocalDate.of(2019, 1, 1),
                java.time.LocalDate.of(2019, 12, 31), "in 2019", "text");
        try (EventStore s = EventStore.open(dir.resolve("d.duckdb"), Duration.ZERO)) {
            s.write(doc("d.txt", "2019-05-25", event("d1", "d.txt", "CONSULT", "asserted", day("2019-05-25"), "USA", "PRK", null)));
            s.write(doc("m.txt", "2019-05-25", event("m1", "m.txt", "ACCUSE", "asserted", StoreFixtures.month("2019-05"), "CHN",
                    "USA", null)));
            s.write(doc("y.txt", "2019-05-25", event("y1", "y.txt", "REJECT", "asserted", year, "RUS", "UKR", null)));
            s.fuse();
            String[][] expected = {{"CONSULT", "20190525", "201905", "2019", "2019.4795"},
                {"ACCUSE", "20190500", "201905", "2019", "2019.4110"}, {"REJECT", "20190000", "201900", "2019", "2019.0000"}};
            StringWriter out = new StringWriter();
            Exports.cameo(s, EventQuery.all(), out, false);
            List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
            assertEquals(3, rows.size());
            for (String[] want : expected) {
                String[] row = rows.stream().filter(r -> dev.dyad.store.Exports.cameo(want[0], null, "asserted")[0]
                        .equals(col(r, "EventCode"))).findFirst().orElseThrow();
                assertEquals(List.of(want[1], want[2], want[3], want[4]), List.of(col(row, "Day"), col(row, "MonthYear"),
                        col(row, "Year"), col(row, "FractionDate")), want[0]);
            }
        }
        // a stretch of days within a month is that month; across months, that year; across years, its first day
        assertEquals(List.of(2018, 6, 0), asList(Exports.gdeltDate(java.time.LocalDate.of(2018, 6, 12), java.time.LocalDate.of(2018, 6, 13))));
        assertEquals(List.of(2018, 0, 0), asList(Exports.gdeltDate(java.time.LocalDate.of(2018, 6, 28), java.time.LocalDate.of(2018, 7, 3))));
        assertEquals(List.of(2018, 12, 30), asList(Exports.gdeltDate(java.time.LocalDate.of(2018, 12, 30), java.time.LocalDate.of(2019, 1, 2))));
    }

    private static List<Integer> asList(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    /** A place's country is written as GDELT writes it, in FIPS 10-4, where the place is known. */
    @Test
    void cameoPlacesCarryTheirFipsCountry() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("p.duckdb"), Duration.ZERO)) {
            s.write(doc("s.txt", "2018-06-01", event("s1", "s.txt", "CONSULT", "asserted", day("2018-06-12"), "USA", "PRK",
                    "Singapore")));
            s.write(doc("n.txt", "2018-06-01", event("n1", "n.txt", "ACCUSE", "asserted", day("2018-06-13"), "PRK", "USA",
                    null)));
            s.fuse();
            StringWriter out = new StringWriter();
            Exports.cameo(s, EventQuery.all(), out, false);
            List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
            String[] placed = rows.stream().filter(r -> col(r, "ActionGeo_FullName").equals("Singapore")).findFirst().orElseThrow();
            assertEquals("SN", col(placed, "ActionGeo_CountryCode"), "Singapore is SN in FIPS 10-4, SGP in ISO");
            assertEquals("4", col(placed, "ActionGeo_Type"));
            String[] unplaced = rows.stream().filter(r -> col(r, "ActionGeo_FullName").isEmpty()).findFirst().orElseThrow();
            assertEquals("", col(unplaced, "ActionGeo_CountryCode"));
            assertEquals("", col(unplaced, "ActionGeo_Type"));
        }
    }

    @Test
    void theFipsTableIsCheckedWhenRead() throws Exception {
        FipsCodes built = FipsCodes.builtIn();
        assertTrue(built.size() >= 240, "every country with a code of its own: " + built.size());
        for (String[] pair : new String[][] {{"DEU", "GM"}, {"GBR", "UK"}, {"CHN", "CH"}, {"RUS", "RS"}, {"PRK", "KN"},
            {"KOR", "KS"}, {"ESP", "SP"}, {"AUT", "AU"}, {"AUS", "AS"}, {"ZAF", "SF"}, {"KOS", "KV"}}) {
            assertEquals(java.util.Optional.of(pair[1]), built.find(pair[0]), pair[0]);
        }
        assertTrue(built.find("PSE").isEmpty(), "Palestine has no one code in FIPS 10-4");
        java.util.Set<String> countries = java.util.Set.of("DEU", "FRA", "AUT");
        for (String[] bad : new String[][] {{"DEU\tGM\nFRA\tGM\n", "given to two countries"},
            {"DEU\tGM\nDEU\tGE\n", "listed twice"}, {"XYZ\tXY\n", "none of the countries"},
            {"DEU\tgm\n", "not a FIPS"}, {"Germany\tGM\n", "not an ISO"}, {"# nothing\n", "no entries"}}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> FipsCodes.read("t.tsv", new java.io.ByteArrayInputStream(("# source: a test\n" + bad[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            countries));
            assertTrue(e.getMessage().contains(bad[1]) && e.getMessage().contains("t.tsv"), e.getMessage());
        }
    }
}
