package dev.dyad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Articles whose lines after the first say their events ("TYPE ACTOR RECIPIENT YYYY-MM-DD"), which
 * {@link CrashIngestMain#analyse} reads instead of language models, for the store's fault tests.
 */
final class LineArticles {
    private static final String[] TYPES = {"CONSULT", "ACCUSE", "AID", "THREATEN"};
    private static final String[] CODES = {"USA", "PRK", "KOR", "CHN", "JPN", "RUS"};

    private LineArticles() {
    }

    /** Writes {@code documents} articles into {@code dir}, article i with {@code least + i % 3} events. */
    static Path write(Path dir, int documents, int least) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < documents; i++) {
            StringBuilder b = new StringBuilder("Article " + i + "\n");
            for (int k = 0; k < least + i % 3; k++) {
                int j = i * 7 + k * 3;
                b.append(String.format(Locale.ROOT, "%s %s %s 2018-06-%02d%n", TYPES[j % TYPES.length],
                        CODES[j % CODES.length], CODES[(j + 1 + k) % CODES.length], 1 + (i + k) % 20));
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%04d.txt", i)), b.toString(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** What the documents stored hold: one event per line after the first. */
    static long expectedEvents(EventStore s) throws Exception {
        long n = 0;
        try (Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT record->>'$.body' FROM documents")) {
            while (rs.next()) {
                n += rs.getString(1).split("\n").length - 1;
            }
        }
        return n;
    }
}
