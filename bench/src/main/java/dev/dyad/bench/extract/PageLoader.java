package dev.dyad.bench.extract;

import dev.dyad.ingest.TextDecoder;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the HTML pages of a directory tree ({@code .html}, {@code .htm}, and both gzipped), in name
 * order, and decodes each with dyad's {@link TextDecoder} so every tool is handed the same text.
 * Other files are ignored; a page that does not decode is listed as skipped. Stateless and thread-safe.
 */
public final class PageLoader {
    /** A reserved documentation domain: the pages come without their address, and no tool fetches it. */
    static final String URL_PREFIX = "https://example.com/";

    private final TextDecoder decoder = new TextDecoder();

    /** The pages read, and the names of the files that held no decodable text. */
    public record Loaded(List<Page> pages, List<String> skipped) {
        public Loaded {
            pages = List.copyOf(pages);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Reads every page under {@code dir}.
     *
     * @throws NoSuchFileException   when {@code dir} does not exist
     * @throws NotDirectoryException when {@code dir} is not a directory
     * @throws IOException           when a file cannot be read; the message names it
     */
    public Loaded load(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString());
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(PageLoader::isPage).sorted().toList();
        }
        List<Page> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            byte[] bytes = read(file);
            String url = URL_PREFIX + URLEncoder.encode(name, StandardCharsets.UTF_8);
            RawDocument doc = new RawDocument(name, bytes, MediaType.HTML, null, new DocumentHints(url, null, null));
            TextDecoder.Decoded decoded = decoder.decode(doc);
            if (decoded.text() == null) {
                skipped.add(name);
            } else {
                pages.add(new Page(name, url, doc, decoded.text()));
            }
        }
        return new Loaded(pages, skipped);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
                    return gz.readAllBytes();
                }
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
