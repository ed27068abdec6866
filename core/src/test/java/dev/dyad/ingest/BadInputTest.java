package dev.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Extraction;
import dev.dyad.pipeline.ExtractBatch;
import dev.dyad.pipeline.ExtractionStage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, each case in one batch with a good article: each bad document yields its own error (or a
 * correct decoding, for legacy charsets), nothing else in the batch is lost, nothing hangs.
 */
class BadInputTest {
    private static final String PROSE = "The foreign ministers of both countries met in the capital on Tuesday to discuss "
            + "trade and security, officials said after the talks had ended.";

    @TempDir
    static Path dir;
    private static Map<String, Extraction> results;

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    @BeforeAll
    static void runBatch() throws IOException {
        Files.writeString(dir.resolve("00-good.txt"), "A good article\n\n" + PROSE + "\n\n"
                + "Both sides agreed to meet again next month in the other capital, a spokesman added later.\n");
        Files.write(dir.resolve("01-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("02-blank.txt"), "   \n\n\t \n");
        byte[] png = new byte[2048];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        for (int i = magic.length; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("03-image.txt"), png);
        // mostly multi-byte UTF-8 text broken by stray continuation and lead bytes throughout
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            bad.write("Zürich café ".getBytes(StandardCharsets.UTF_8));
            bad.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF});
        }
        Files.write(dir.resolve("04-invalid-utf8.txt"), bad.toByteArray());
        String legacy = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body>"
                + "<p>" + PROSE + " Москва.</p></body></html>";
        Files.write(dir.resolve("05-legacy.html"), legacy.getBytes(Charset.forName("windows-1251")));
        byte[] bom = ("\uFEFFBOM article\n\n" + PROSE + " Café.\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("06-bom.txt"), bom);
        byte[] gz = gzip(("Truncated\n\n" + PROSE.repeat(200)).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("07-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        try (OutputStream out = Files.newOutputStream(dir.resolve("08-huge.html"))) {
            byte[] chunk = ("<p>" + PROSE + "</p>\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(100_000)).append("<p>").append(PROSE).append("</p>");
        Files.writeString(dir.resolve("09-deep.html"), deep.append("</body></html>"));
        Files.writeString(dir.resolve("10-records.jsonl"),
                "{\"id\": \"r1\", \"text\": \"" + PROSE + "\"}\n"
                        + "{\"id\": \"r2\", \"text\": \"broken\n"
                        + "{\"id\": \"r3\", \"html\": \"<p>" + PROSE + "</p>\", \"published\": \"2018-05-30\"}\n"
                        + "{\"id\": \"r4\", \"text\": 42}\n");
        Files.writeString(dir.resolve("11-utf16.txt"), "UTF-16 article\n\n" + PROSE + "\n", StandardCharsets.UTF_16LE);

        results = new LinkedHashMap<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ExtractBatch(new ExtractionStage(), 2)
                .run(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), e -> results.put(e.source(), e)));
    }

    private static Extraction result(String file) {
        for (Map.Entry<String, Extraction> e : results.entrySet()) {
            if (e.getKey().endsWith("/" + file) || e.getKey().equals(file)) {
                return e.getValue();
            }
        }
        throw new AssertionError("no result for " + file + " in " + results.keySet());
    }

    private static void rejected(String file, String code, String messagePart) {
        Extraction e = result(file);
        assertFalse(e.ok(), file + " should be rejected");
        assertEquals(code, e.rejection().code(), file + ": " + e.rejection().message());
        assertTrue(e.rejection().message().contains(messagePart), file + ": " + e.rejection().message());
    }

    @Test
    void goodArticleSurvivesTheBatch() {
        Extraction good = result("00-good.txt");
        assertTrue(good.ok());
        assertTrue(good.article().body().contains("foreign ministers"));
    }

    @Test
    void emptyAndBlankFiles() {
        rejected("01-empty.txt", "empty", "0 bytes");
        rejected("02-blank.txt", "empty", "white space");
    }

    @Test
    void imageNamedTxt() {
        rejected("03-image.txt", "not_text", "PNG image");
    }

    @Test
    void invalidUtf8() {
        rejected("04-invalid-utf8.txt", "bad_encoding", "invalid UTF-8");
    }

    @Test
    void legacyCharsetFromMeta() {
        Extraction e = result("05-legacy.html");
        assertTrue(e.ok(), () -> String.valueOf(e.rejection()));
        assertEquals("Новости", e.article().title());
        assertTrue(e.article().body().contains("Москва"));
    }

    @Test
    void byteOrderMarks() {
        Extraction bom = result("06-bom.txt");
        assertTrue(bom.ok());
        assertFalse(bom.article().body().contains("\uFEFF"));
        assertTrue(bom.article().body().contains("Café"));
        Extraction utf16 = result("11-utf16.txt");
        assertTrue(utf16.ok(), () -> String.valueOf(utf16.rejection()));
        assertTrue(utf16.article().body().contains("foreign ministers"));
    }

    @Test
    void truncatedGzip() {
        rejected("07-truncated.txt.gz", "unreadable", "truncated");
    }

    @Test
    void pageOverTheSizeLimit() {
        rejected("08-huge.html", "too_large", "16 MiB");
    }

    @Test
    void htmlNestedTooDeep() {
        rejected("09-deep.html", "too_complex", "nested 100003 elements deep");
    }

    @Test
    void jsonLinesWithBrokenLines() {
        assertTrue(result("r1").ok());
        Extraction broken = result("10-records.jsonl:2");
        assertEquals("bad_record", broken.rejection().code());
        assertTrue(broken.rejection().message().startsWith("not JSON"));
        Extraction r3 = result("r3");
        assertTrue(r3.ok());
        assertEquals("2018-05-30", r3.article().published());
        Extraction r4 = result("r4");
        assertEquals("bad_record", r4.rejection().code());
        assertTrue(r4.rejection().message().contains("\"text\" must be a string"));
    }

    @Test
    void everyInputGaveOneResultInOrder() {
        List<String> sources = new ArrayList<>(results.keySet());
        assertEquals(15, sources.size(), sources.toString());
        assertNotNull(result("00-good.txt"));
        assertTrue(sources.get(0).endsWith("00-good.txt"));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        }
        return b.toByteArray();
    }
}
