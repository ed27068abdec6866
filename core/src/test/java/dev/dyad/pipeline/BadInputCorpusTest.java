package dev.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.testing.Pipelines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline, with CoreNLP's real models, over the bad-input corpus ({@code bad-input/}, written by
 * {@code scripts/bad-input/make.py}): every file gives what {@code expected.tsv} says, an error record with
 * its code (one per broken JSON Lines record) or an article, and nothing hangs.
 */
class BadInputCorpusTest {
    @Test
    void everyBrokenFileGivesItsErrorAndTheRestAreRead() throws IOException, URISyntaxException {
        Path dir = Path.of(BadInputCorpusTest.class.getResource("/bad-input/expected.tsv").toURI()).getParent();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                expected.put(f[0], f[1]);
            }
        }
        List<Pipeline.Result> results = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> new PipelineBatch(Pipelines.full(), 2)
                .run(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), results::add));

        for (Map.Entry<String, String> e : expected.entrySet()) {
            String file = e.getKey();
            List<Pipeline.Result> mine = results.stream().filter(r -> from(r, dir, file)).toList();
            String want = e.getValue();
            if (want.equals("article")) {
                assertEquals(1, mine.size(), file + ": " + mine);
                assertTrue(mine.get(0).extraction().ok(), file + ": " + mine.get(0).extraction().rejection());
                assertNotNull(mine.get(0).parsed(), file);
            } else {
                String code = want.substring("error:".length());
                int count = 1;
                int star = code.indexOf('*');
                if (star > 0) {
                    count = Integer.parseInt(code.substring(star + 1));
                    code = code.substring(0, star);
                }
                assertEquals(count, mine.size(), file + ": " + mine.stream().map(r -> r.source()).toList());
                for (Pipeline.Result r : mine) {
                    assertTrue(!r.extraction().ok(), file + " should be refused");
                    assertEquals(code, r.extraction().rejection().code(), file + ": " + r.extraction().rejection());
                }
            }
        }
        assertEquals(results.size(), expected.values().stream().mapToInt(BadInputCorpusTest::records).sum(),
                "one result per file or record, nothing more");
    }

    private static int records(String outcome) {
        int star = outcome.indexOf('*');
        return star > 0 ? Integer.parseInt(outcome.substring(star + 1)) : 1;
    }

    /** Whether a result came from the file: its path, its JSON Lines records, or its WARC records. */
    private static boolean from(Pipeline.Result r, Path dir, String file) {
        String source = r.source();
        String path = dir.resolve(file).toString();
        if (source.equals(path) || source.startsWith(path + ":") || source.startsWith(path + "#")) {
            return true;
        }
        String message = r.extraction().ok() ? "" : r.extraction().rejection().message();
        return message.contains(path);
    }
}
