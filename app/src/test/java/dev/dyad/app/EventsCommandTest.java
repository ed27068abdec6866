package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad events} end to end, with CoreNLP's real models: a folder of broken files beside the seed
 * gives one error line per broken file, exit code 1, and every event of the seed alone.
 */
class EventsCommandTest {
    @TempDir
    Path dir;

    private static byte[] seed() throws IOException {
        try (InputStream in = EventsCommandTest.class.getResourceAsStream("/golden/seed/000_33b13eb07131111b.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void brokenFilesBesideTheSeedLoseNothing() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.write(alone.resolve("seed.txt"), seed());
        ExtractCommandTest.Run clean = ExtractCommandTest.run("events", alone.toString());
        assertEquals(0, clean.code(), clean.err());
        Set<String> seedEvents = clean.records().stream().map(r -> r.get("id").asText()).collect(Collectors.toSet());
        assertTrue(seedEvents.size() >= 12, "the seed's events: " + seedEvents.size());

        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.write(mixed.resolve("seed.txt"), seed());
        Files.write(mixed.resolve("empty.txt"), new byte[0]);
        Files.write(mixed.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(mixed.resolve("deep.html"), "<div>".repeat(100_000), StandardCharsets.UTF_8);
        Files.writeString(mixed.resolve("records.jsonl"), "{\"id\": \"ok\", \"text\": \"Officials met.\"}\n{broken\n");
        ExtractCommandTest.Run run = ExtractCommandTest.run("events", mixed.toString());
        assertEquals(1, run.code(), run.err());
        List<JsonNode> errors = run.records().stream().filter(r -> r.has("error")).toList();
        assertEquals(Set.of("empty", "not_text", "too_complex", "bad_record"),
                errors.stream().map(e -> e.get("error").get("code").asText()).collect(Collectors.toSet()));
        assertEquals(4, errors.size(), errors.toString());
        Set<String> ids = run.records().stream().filter(r -> r.has("event")).map(r -> r.get("id").asText())
                .collect(Collectors.toSet());
        assertTrue(ids.size() >= seedEvents.size());
        for (JsonNode r : run.records()) {
            if (r.has("event")) {
                assertTrue(r.get("source").asText().endsWith("seed.txt") || r.get("source").asText().equals("ok"));
            }
        }
        long seedCount = run.records().stream().filter(r -> r.has("event") && r.get("source").asText().endsWith("seed.txt")).count();
        assertEquals(seedEvents.size(), seedCount, "every seed event still there");
    }
}
