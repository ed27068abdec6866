package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.store.EventStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} over the bad-input corpus (core's test resources, written by
 * {@code scripts/bad-input/make.py}) with CoreNLP's real models: exit code 1, one error record per broken
 * file or record, a stored rejection for each whose content was read, every readable article stored, and
 * a second ingest that changes nothing.
 */
class BadInputIngestTest {
    /** The corpus, beside this module in the source tree (tests run in the module's folder). */
    static final Path CORPUS = Path.of("..", "core", "src", "test", "resources", "bad-input");

    @TempDir
    Path dir;

    /** expected.tsv: file name to outcome ({@code article} or {@code error:CODE[*N]}). */
    static Map<String, String> expected() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    @Test
    void theBadInputCorpusIngestsWithOneRejectionPerBrokenRecordAndAgainChangesNothing() throws Exception {
        assertTrue(Files.isDirectory(CORPUS), CORPUS.toAbsolutePath() + " is missing");
        Map<String, String> expected = expected();
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
            String outcome = expected.get(file);
            assertTrue(outcome != null && outcome.startsWith("error:" + e.get("error").get("code").asText()),
                    source + " -> " + e + ", expected " + outcome);
        }

        long readRejections = errorRecords.stream().filter(e -> !unread(e)).count();
        List<Long> first;
        try (EventStore s = EventStore.openReadOnly(Path.of(db), Duration.ofSeconds(5))) {
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
        try (EventStore s = EventStore.openReadOnly(Path.of(db), Duration.ofSeconds(5))) {
            assertEquals(first, tables(s), "a second ingest changes nothing");
        }
    }

    /** Refused before the content was read: a truncated archive, a record that is not one. */
    private static boolean unread(JsonNode error) {
        String code = error.get("error").get("code").asText();
        return code.equals("unreadable") || code.equals("bad_record");
    }

    private static List<Long> tables(EventStore s) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String t : List.of("documents", "actors", "events", "fused_events", "fused_dyads")) {
            out.add(s.count(t));
        }
        return out;
    }

    private static long count(EventStore s, String from) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
