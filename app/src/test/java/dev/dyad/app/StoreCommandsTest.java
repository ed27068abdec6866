package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.json.Records;
import dev.dyad.model.Event;
import dev.dyad.model.EventDate;
import dev.dyad.model.Participant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest, query, export and sql as a user runs them, on Parquet laid out as the Spark job writes it (so
 * no language models load), with the store on disk.
 */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private static String event(String id, String source, String actor, String recipient) {
        LocalDate d = LocalDate.parse("2018-06-12");
        return Records.line(Records.event(new Event(id, source, "CONSULT", null, List.of(), "asserted", false,
                new EventDate("2018-06-12", "day", d, d, "on June 12", "text"),
                List.of(new Participant(actor, actor, actor, "GOV", null)),
                List.of(new Participant(recipient, recipient, recipient, "GOV", null)), null,
                new Event.Evidence("The leaders met on June 12.", 0, 27, "met"), List.of(), "verbal cooperation", 4.0, 0.8, "test")));
    }

    /** Two reports of one meeting, either way round, and one refused page, as the Spark job lays them out. */
    private Path sparkOutput() throws Exception {
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve("events/event_month=2018-06"));
        Files.createDirectories(out.resolve("documents"));
        Files.createDirectories(out.resolve("rejected"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE docs(doc_id VARCHAR, source VARCHAR, content_hash VARCHAR, record VARCHAR, actors VARCHAR)");
            s.execute("CREATE TABLE evs(id VARCHAR, source VARCHAR, doc_id VARCHAR, event VARCHAR, mode VARCHAR, modality VARCHAR, "
                    + "date_value VARCHAR, date_start VARCHAR, date_end VARCHAR, actor_codes VARCHAR[], recipient_codes VARCHAR[], record VARCHAR)");
            try (PreparedStatement d = c.prepareStatement("INSERT INTO docs VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement e = c.prepareStatement("INSERT INTO evs VALUES (?, ?, ?, 'CONSULT', NULL, 'asserted', "
                         + "'2018-06-12', '2018-06-12', '2018-06-12', [?], [?], ?)")) {
                String[][] rows = {{"a.txt", "USA", "PRK"}, {"b.txt", "PRK", "USA"}};
                for (int i = 0; i < rows.length; i++) {
                    String hash = String.valueOf((char) ('a' + i)).repeat(64);
                    d.setString(1, hash);
                    d.setString(2, rows[i][0]);
                    d.setString(3, hash);
                    d.setString(4, "{\"source\":\"" + rows[i][0] + "\",\"title\":\"Meeting\",\"published\":\"2018-06-1" + (2 + i) + "\"}");
                    d.setString(5, "{\"source\":\"" + rows[i][0] + "\",\"actors\":[{\"name\":\"United States\",\"code\":\"USA\",\"mentions\":[]}]}");
                    d.execute();
                    e.setString(1, "e-" + i);
                    e.setString(2, rows[i][0]);
                    e.setString(3, hash);
                    e.setString(4, rows[i][1]);
                    e.setString(5, rows[i][2]);
                    e.setString(6, event("e-" + i, rows[i][0], rows[i][1], rows[i][2]));
                    e.execute();
                }
            }
            s.execute("COPY docs TO '" + out.resolve("documents/part-0.parquet") + "' (FORMAT parquet)");
            s.execute("COPY (SELECT * EXCLUDE (doc_id), doc_id FROM evs) TO '" + out.resolve("events/event_month=2018-06/part-0.parquet") + "' (FORMAT parquet)");
            s.execute("COPY (SELECT 'c.bin' AS source, 'not_text' AS code, 'binary content (PNG image)' AS message) TO '"
                    + out.resolve("rejected/part-0.parquet") + "' (FORMAT parquet)");
        }
        return out;
    }

    @Test
    void ingestQueryExportAndSqlOverTheStore() throws Exception {
        Path out = sparkOutput();
        String db = dir.resolve("dyad.duckdb").toString();
        ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--db", db, out.toString());
        assertEquals(DyadCommand.SOME_REJECTED, r.code(), r.err());
        assertEquals("not_text", r.records().get(0).path("error").path("code").asText());
        assertTrue(r.err().contains("2 documents, 2 events, 1 fused events"), r.err());
        // one summary: no progress line before it, for a load of a moment
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("ingest:")).count(), r.err());
        assertTrue(r.err().startsWith("ingest: 3 documents (2 new, 0 already stored, 1 rejected), 2 events;"), r.err());
        r = ExtractCommandTest.run("ingest", "--db", db, out.toString());
        assertTrue(r.err().contains("0 new, 2 already stored"), r.err());
        assertTrue(r.err().contains("2 documents, 2 events, 1 fused events"), r.err());

        for (String[] args : List.of(new String[] {"query", "--db", db, "--format", "jsonl", "--between", "prk,usa"},
                new String[] {"query", "--parquet", out.toString(), "--format", "jsonl"})) {
            r = ExtractCommandTest.run(args);
            assertEquals(DyadCommand.OK, r.code(), r.err());
            assertEquals(1, r.records().size());
            assertEquals(2, r.records().get(0).path("reports").asInt());
            assertEquals("2018-06-12", r.records().get(0).path("first_reported").asText());
        }
        r = ExtractCommandTest.run("query", "--db", db, "--format", "jsonl", "--unfused", "--source", "b.txt");
        assertEquals(1, r.records().size());
        assertEquals("e-1", r.records().get(0).path("id").asText());

        r = ExtractCommandTest.run("sql", "--db", db, "--format", "jsonl", "SELECT count(*) AS n FROM actors");
        assertEquals(2, r.records().get(0).path("n").asInt());

        Path tsv = dir.resolve("events.tsv");
        r = ExtractCommandTest.run("export", "--db", db, "--format", "cameo", "-o", tsv.toString());
        assertEquals(DyadCommand.OK, r.code(), r.err());
        String[] cols = Files.readString(tsv, StandardCharsets.UTF_8).strip().split("\t", -1);
        assertEquals(61, cols.length);
        assertEquals("040", cols[26]);
        assertEquals("a.txt", cols[60], "SOURCEURL: the first report's URL, else its source");
    }

    @Test
    void badStoresAndBadFiltersExitTwoWithAReason() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a database", StandardCharsets.UTF_8);
        ExtractCommandTest.Run r = ExtractCommandTest.run("query", "--db", notes.toString());
        assertEquals(DyadCommand.USAGE, r.code());
        assertTrue(r.err().contains("not a dyad store"), r.err());
        r = ExtractCommandTest.run("ingest", "--db", notes.toString(), dir.resolve("nothing-here").toString());
        assertEquals(DyadCommand.USAGE, r.code());
        assertEquals("not a database", Files.readString(notes, StandardCharsets.UTF_8));
        r = ExtractCommandTest.run("query", "--db", dir.resolve("absent.duckdb").toString());
        assertEquals(DyadCommand.USAGE, r.code());
        assertTrue(r.err().contains("no store at"), r.err());
        r = ExtractCommandTest.run("query", "--type", "MEET");
        assertEquals(DyadCommand.USAGE, r.code());
        assertTrue(r.err().contains("not a PLOVER event type"), r.err());
    }
}
