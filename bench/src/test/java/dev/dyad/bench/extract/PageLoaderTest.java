package dev.dyad.bench.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.MediaType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageLoaderTest {
    private static final String PLAIN = "<html><body><p>Plain page, caf\u00e9.</p></body></html>";
    private static final String ZIPPED = "<html><body><p>Zipped page, na\u00efve.</p></body></html>";

    @Test
    void readsHtmlAndGzippedHtmlInNameOrderAndIgnoresOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.html"), PLAIN, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.html.gz")))) {
            out.write(ZIPPED.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page", StandardCharsets.UTF_8);
        Files.write(dir.resolve("empty.html"), new byte[0]);

        PageLoader.Loaded loaded = new PageLoader().load(dir);

        List<Page> pages = loaded.pages();
        assertEquals(List.of("a.html.gz", "b.html"), pages.stream().map(Page::name).toList());
        assertEquals(ZIPPED, pages.get(0).html());
        assertEquals(PLAIN, pages.get(1).html());
        assertEquals(MediaType.HTML, pages.get(1).document().type());
        assertEquals(pages.get(1).url(), pages.get(1).document().hints().url());
        assertTrue(pages.get(0).url().startsWith(PageLoader.URL_PREFIX));
        assertEquals(List.of("empty.html"), loaded.skipped());
    }

    @Test
    void rejectsAMissingDirectory(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> new PageLoader().load(missing));
        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void rejectsAFileGivenAsDirectory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), PLAIN, StandardCharsets.UTF_8);
        assertThrows(NotDirectoryException.class, () -> new PageLoader().load(file));
    }
}
