package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} over the bad-input corpus (core's test resources, written by
 * {@code scripts/bad-input/make.py}) with CoreNLP's real models: exit code 1, one error record per broken
 * file or record, a stored rejection for each whose content was read whole, every readable article stored, and
 * a second ingest that changes nothing.
 */
class BadInputIngestTest {
    private static final Path CORPUS = HostileInputs.CORPUS;

    @TempDir
    Path dir;

    @Test
    void theBadInputCorpusIngestsWithOneRejectionPerBrokenRecordAndAgainChangesNothing() throws Exception {
        assertTrue(Files.isDirectory(CORPUS), CORPUS.toAbsolutePath() + " is missing");
        Map<String, String> expected = HostileInputs.expected();
        int articles = 0;
        int errors = 0;
        for (String outcome : expected.values()) {
            if (outcome.equals("article")) {
                articles++;
            } else {
                int star = outcome.indexOf('*');
                errors += star > 0 ? Integer.parseInt(outcome.substring(star + 1)) : 1;
            }
        }
        String db = dir.resolve("bad.duckdb").toString();
        ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--db", db, "--threads", "2", CORPUS.toString());
        assertEquals(DyadCommand.SOME_REJECTED, r.code(), r.err());
        List<JsonNode> errorRecords = r.records().stream().filter(n -> n.has("error")).toList();
        assertEquals(errors, errorRecords.size(), errorRecords.toString());
        for (JsonNode e : errorRecords) {
            String source = e.get("source").asText();
            String file = Path.of(source.replaceFirst("[:#].*$", "")).getFileName().toString();
            String message = e.get("error").get("message").asText();
            if (!expected.containsKey(file)) {
                // a JSON Lines record is named by its id; its message names the file and line
                file = expected.keySet().stream().filter(f -> message.contains("/" + f + ":") || message.endsWith("/" + f)).findFirst().orElse(file);
            }
            String outcome = expected.get(file);
            assertTrue(outcome != null && outcome.startsWith("error:" + e.get("error").get("code").asText()),
                    source + " -> " + e + ", expected " + outcome);
        }

        long readRejections = errorRecords.stream().filter(e -> !unread(e)).count();
        List<Long> first;
        try (Connection s = open(db)) {
            assertEquals(readRejections, count(s, "documents WHERE rejection_code IS NOT NULL"),
                    "a stored rejection for each broken file or record whose content was read");
            assertEquals(articles, count(s, "documents WHERE rejection_code IS NULL"), "every readable article stored");
            first = tables(s);
        }

        r = ExtractCommandTest.run("ingest", "--db", db, CORPUS.toString());
        assertTrue(r.err().contains("0 new"), r.err());
        // what was refused before its content was read has no content hash to be skipped by: reported again
        assertEquals(errorRecords.stream().filter(BadInputIngestTest::unread).count(),
                r.records().stream().filter(n -> n.has("error")).count(), r.err());
        try (Connection s = open(db)) {
            assertEquals(first, tables(s), "a second ingest changes nothing");
        }
    }

    /**
     * Refused while reading, before there was a whole document to key by its content: a truncated archive, a
     * JSON Lines record that is not one, a document past the size dyad reads.
     */
    private static boolean unread(JsonNode error) {
        String code = error.get("error").get("code").asText();
        return code.equals("unreadable") || code.equals("bad_record")
                || code.equals("too_large") && error.get("error").get("message").asText().contains("limit of one document");
    }

    private static List<Long> tables(Connection s) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String t : List.of("documents", "actors", "events", "fused_events", "fused_dyads")) {
            out.add(count(s, t));
        }
        return out;
    }

    private static Connection open(String db) throws Exception {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + db, p);
    }

    private static long count(Connection s, String from) throws Exception {
        try (Statement st = s.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
