package dev.dyad.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the reliability tests of the command and of the server feed them: the bad-input corpus, SQL payloads. */
public final class HostileInputs {
    /** The bad-input corpus, core's test resources beside this module in the source tree (tests run in the module's folder). */
    public static final Path CORPUS = Path.of("..", "core", "src", "test", "resources", "bad-input");

    /** SQL payloads given to every filter: each must be bound as a value, never pasted into SQL. */
    public static final List<String> SQL_PAYLOADS = List.of("' OR 1=1 --", "USA'); DROP TABLE events; --",
            "x\"; DROP TABLE fused_events; --", "1; DELETE FROM documents", "%' OR '1'='1", "' UNION SELECT * FROM documents --",
            "2018-01-01' OR '1'='1", "\\'; ATTACH 'evil.db' AS e; --");

    private HostileInputs() {
    }

    /** The corpus's expected.tsv: file name to outcome ({@code article} or {@code error:CODE[*N]}). */
    public static Map<String, String> expected() throws java.io.IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                out.put(f[0], f[1]);
            }
        }
        return out;
    }
}
