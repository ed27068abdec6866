package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.store.EventStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands under faults and hostile input, as a user runs them: an export killed with SIGKILL
 * in a child JVM, a store on a location nobody may write, SQL payloads through every filter of
 * {@code dyad query}, and statements that would change the store given to {@code dyad sql}. No language
 * models load.
 */
class StoreFaultsTest {
    /** Enough fused events that a CSV export takes a few seconds, so that it can be killed part-way. */
    private static final int MANY = 400_000;

    @TempDir
    Path dir;


    private static long fused(Path db) throws Exception {
        try (EventStore s = EventStore.openReadOnly(db, Duration.ofSeconds(5))) {
            return s.count("fused_events");
        }
    }

    @Test
    void anExportKilledPartWayLeavesNoFileUnderItsNameAndARerunWritesItWhole() throws Exception {
        Path db = FusedStores.of(dir.resolve("big.duckdb"), MANY);
        Path csv = dir.resolve("events.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DyadCommand.class.getName(), "export", "--db", db.toString(), "--format", "csv", "-o", csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path partial = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partial == null && p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                partial = files.filter(f -> f.getFileName().toString().startsWith(".events.csv.part-"))
                        .filter(f -> size(f) > 1 << 20).findFirst().orElse(null);
            }
            Thread.sleep(5);
        }
        assertTrue(partial != null && p.isAlive(), "the export ended before it could be killed: "
                + Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        assertFalse(Files.exists(csv), "a partial export is never found under the name asked for");

        ExtractCommandTest.Run r = ExtractCommandTest.run("export", "--db", db.toString(), "--format", "csv", "-o", csv.toString());
        assertEquals(DyadCommand.OK, r.code(), r.err());
        assertEquals(MANY + 1, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "a header and every event");
        assertEquals(MANY, fused(db), "the store opens and holds what it held");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(partial), files.filter(f -> f.getFileName().toString().contains(".part-")).toList(),
                    "only the killed run's partial file is left, under its hidden temporary name");
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException gone) {
            return 0;
        }
    }

    @Test
    void aStoreWhereNothingMayBeWrittenIsAClearError() throws Exception {
        // sysfs refuses new files even to root (CI runs as root, for which file modes mean nothing)
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(Files.isDirectory(sys), "no /sys: not Linux");
        Path probe = sys.resolve("dyad-probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            Assumptions.abort("/sys is writable here");
        } catch (IOException expected) {
            // not writable: the case to test
        }
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Ministers met.\n", StandardCharsets.UTF_8);
        ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--db", sys.resolve("dyad.duckdb").toString(), articles.toString());
        assertEquals(DyadCommand.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("cannot") && r.err().contains(sys.resolve("dyad.duckdb").toString()), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void sqlShowsATableOfBoundedSizeStreamsCsvAndStopsAtItsTimeLimit() throws Exception {
        Path db = FusedStores.of(dir.resolve("small.duckdb"), 30);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 40 million rows in a table, in a child JVM with a small heap: held whole, they took gigabytes
        Path out = dir.resolve("table.txt");
        Path err = dir.resolve("table.err");
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                DyadCommand.class.getName(), "sql", "--db", db.toString(),
                "SELECT i, 'row ' || i AS label FROM range(40000000) t(i)")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(ended, "a table of 40 million rows ends: " + said);
        assertEquals(DyadCommand.OK, p.exitValue(), said);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(1 + dev.dyad.store.StoreSql.TABLE_ROWS, lines.size(), "a header and the first rows");
        assertTrue(lines.get(lines.size() - 1).startsWith("999 "), lines.get(lines.size() - 1));
        assertTrue(said.contains("first " + dev.dyad.store.StoreSql.TABLE_ROWS + " rows") && said.contains("--format csv"),
                "says how to get every row: " + said);

        // CSV writes every row; a table that fits says nothing more
        Raw csv = sql("sql", "--db", db.toString(), "--format", "csv", "SELECT i FROM range(5000) t(i)");
        assertEquals(DyadCommand.OK, csv.code(), csv.err());
        assertEquals(5001, csv.out().split("\n").length);
        Raw small = sql("sql", "--db", db.toString(), "SELECT i FROM range(5) t(i)");
        assertEquals(6, small.out().split("\n").length);
        assertEquals("", small.err());

        // a query still running at its time limit is interrupted
        long t0 = System.nanoTime();
        Raw slow = sql("sql", "--db", db.toString(), "--timeout", "1", "SELECT sum(i % 7) FROM range(100000000000) t(i)");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(DyadCommand.USAGE, slow.code(), slow.err());
        assertTrue(slow.err().contains("time limit of 1 s"), slow.err());
        assertTrue(seconds < 30, "stopped soon after its limit: " + seconds + " s");
        assertEquals(30, fused(db), "the store is intact");
    }

    record Raw(int code, String out, String err) {
    }

    /** Runs the command in this JVM; its standard output and error as written. */
    private static synchronized Raw sql(String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new java.io.PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
            code = DyadCommand.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Raw(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static final List<String> PAYLOADS = HostileInputs.SQL_PAYLOADS;

    @Test
    void sqlPayloadsThroughEveryQueryFilterAreValuesOnly() throws Exception {
        Path db = FusedStores.of(dir.resolve("small.duckdb"), 30);
        List<String> filters = List.of("--actor", "--recipient", "--between", "--type", "--mode", "--modality", "--from",
                "--to", "--source", "--text", "--limit");
        List<String> seen = new ArrayList<>();
        for (String filter : filters) {
            for (String payload : PAYLOADS) {
                for (boolean unfused : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(List.of("query", "--db", db.toString(), "--format", "jsonl", filter, payload));
                    if (unfused) {
                        args.add("--unfused");
                    }
                    ExtractCommandTest.Run r = ExtractCommandTest.run(args.toArray(String[]::new));
                    String what = String.join(" ", args);
                    assertTrue(r.code() == DyadCommand.OK && r.records().isEmpty() || r.code() == DyadCommand.USAGE, what
                            + " -> " + r.code() + " " + r.records().size() + " " + r.err());
                    assertFalse(r.err().contains("Exception") || r.err().contains("SQLException"), what + ": " + r.err());
                    seen.add(r.code() == DyadCommand.OK ? "empty" : "refused");
                }
            }
        }
        assertTrue(seen.contains("empty") && seen.contains("refused"), "payloads were both run as values and refused");
        assertEquals(30, fused(db), "the store is intact");
        ExtractCommandTest.Run all = ExtractCommandTest.run("query", "--db", db.toString(), "--format", "jsonl");
        assertEquals(30, all.records().size());
    }

    @Test
    void sqlRefusesEveryStatementThatWouldChangeOrLeaveTheStore() throws Exception {
        Path db = FusedStores.of(dir.resolve("small.duckdb"), 30);
        Path outside = dir.resolve("copied.csv");
        for (String statement : List.of("DROP TABLE events", "INSERT INTO events (id) VALUES ('x')",
                "DELETE FROM fused_events", "UPDATE meta SET value = '99'", "CREATE TABLE t AS SELECT 1",
                "COPY fused_events TO '" + outside + "'", "ATTACH '" + dir.resolve("other.duckdb") + "' AS o",
                "INSTALL httpfs", "LOAD httpfs", "SET enable_external_access = true", "PRAGMA version; DROP TABLE events",
                "SELECT 1; DROP TABLE events", "select 1;\nDELETE FROM events", "CHECKPOINT", "DETACH store",
                "EXPORT DATABASE '" + dir.resolve("dump") + "'", "CALL pragma_version()", "VACUUM")) {
            ExtractCommandTest.Run r = ExtractCommandTest.run("sql", "--db", db.toString(), statement);
            assertEquals(DyadCommand.USAGE, r.code(), statement + ": " + r.err());
            assertTrue(r.err().contains("read-only"), statement + ": " + r.err());
        }
        // a query that reads is still answered, and its write-looking words are only text
        ExtractCommandTest.Run r = ExtractCommandTest.run("sql", "--db", db.toString(), "--format", "jsonl",
                "SELECT count(*) AS n FROM fused_events WHERE sentence <> 'DROP TABLE events'");
        assertEquals(DyadCommand.OK, r.code(), r.err());
        assertEquals(30, r.records().get(0).get("n").asInt());
        assertFalse(Files.exists(outside));
        assertFalse(Files.exists(dir.resolve("other.duckdb")));
        assertEquals(30, fused(db), "the store is intact");
    }
}
