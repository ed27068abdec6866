package dev.dyad.bench.pipeline;

import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pages a pipeline benchmark reads: .txt and .html files of a folder, in name order, an even sample. */
final class Articles {
    private Articles() {
    }

    static List<RawDocument> load(Path dir, int limit) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<RawDocument> out = new ArrayList<>();
        double step = limit <= 0 || files.size() <= limit ? 1 : (double) files.size() / limit;
        for (double i = 0; i < files.size() && (limit <= 0 || out.size() < limit); i += step) {
            Path f = files.get((int) i);
            try {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                out.add(new RawDocument(f.toString(), Files.readAllBytes(f), n.endsWith(".txt") ? MediaType.TEXT
                        : MediaType.HTML, null, DocumentHints.NONE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return out;
    }
}
