package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: records on standard output, exit codes of the record formats. */
class ExtractCommandTest {
    private static final String PROSE = "The foreign ministers of both countries met in the capital on Tuesday to "
            + "discuss trade and security, officials said after the talks had ended.";

    @TempDir
    Path dir;

    record Run(int code, List<JsonNode> records, String err) {
    }

    static synchronized Run run(String... args) throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = DyadCommand.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<JsonNode> records = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : o.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                records.add(json.readTree(line));
            }
        }
        return new Run(code, records, e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyDocumentProcessedExitsZero() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ministers meet\n\n" + PROSE + "\n\n" + PROSE + " Zürich.\n");
        Run r = run("extract", dir.resolve("a.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.records().size());
        JsonNode a = r.records().get(0);
        assertEquals(dir.resolve("a.txt").toString(), a.get("source").asText());
        assertTrue(a.get("body").asText().contains("Zürich"), "UTF-8 on standard output whatever the platform default");
        for (String field : List.of("title", "subtitle", "authors", "published", "language", "body", "removed")) {
            assertTrue(a.has(field), "record has " + field);
        }
    }

    @Test
    void someRejectedExitsOneAndKeepsTheRest() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ministers meet\n\n" + PROSE + "\n");
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Run r = run("extract", dir.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.records().size());
        assertTrue(r.records().get(0).has("body"));
        assertEquals("empty", r.records().get(1).get("error").get("code").asText());
        assertTrue(r.err().contains("2 documents, 1 rejected"), r.err());
    }

    @Test
    void nothingProcessedExitsThree() throws IOException {
        Run r = run("extract", dir.resolve("missing.txt").toString());
        assertEquals(3, r.code());
        assertEquals("unreadable", r.records().get(0).get("error").get("code").asText());
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        assertEquals(2, run("extract").code());
        assertEquals(2, run("extract", "--no-such-option", "x").code());
    }

    @Test
    void versionIsPrinted() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            assertEquals(0, DyadCommand.run("--version"));
        } finally {
            System.setOut(out);
        }
        assertTrue(o.toString(StandardCharsets.UTF_8).startsWith("dyad 0."), o.toString(StandardCharsets.UTF_8));
    }
    @Test
    void anEmptyFolderAndAMistypedCommandAreSaidSo() throws IOException {
        Run empty = run("extract", dir.toString());
        assertEquals(3, empty.code());
        assertEquals("no_input", empty.records().get(0).get("error").get("code").asText());
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            assertEquals(2, DyadCommand.run("evnts", "x"));
            assertEquals(2, DyadCommand.run("zzzzzz"));
        } finally {
            System.setErr(err);
        }
        List<String> said = e.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("dyad: no command 'evnts'; did you mean 'events'? (dyad --help lists them)",
                "dyad: no command 'zzzzzz' (dyad --help lists them)"), said);
    }
    @Test
    void queryTakesQuadClassesByNumberAndMonthsForDates() throws Exception {
        Path db = FusedStores.of(dir.resolve("q.duckdb"), 400); // one event a day of 2018, then 35 more from 1 January (so 4 more in February)
        assertEquals(400, run("query", "--db", db.toString(), "--format", "jsonl", "--quad", "1").records().size());
        assertEquals(400, run("query", "--db", db.toString(), "--format", "jsonl", "--quad", "verbal-cooperation,4")
                .records().size());
        assertEquals(0, run("query", "--db", db.toString(), "--format", "jsonl", "--quad", "4").records().size());
        assertEquals(32, run("query", "--db", db.toString(), "--format", "jsonl", "--from", "2018-02", "--to", "2018-02")
                .records().size());
        assertEquals(7, run("query", "--db", db.toString(), "--format", "jsonl", "--from", "2018-W10", "--to", "2018-W10")
                .records().size());
        assertEquals(2, run("query", "--db", db.toString(), "--quad", "5").code());
        assertEquals(2, run("query", "--db", db.toString(), "--from", "2018-13").code());
    }
}
