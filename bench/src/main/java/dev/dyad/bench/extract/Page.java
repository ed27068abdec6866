package dev.dyad.bench.extract;

import dev.dyad.model.RawDocument;
import java.util.Objects;

/**
 * One benchmark page, decoded once before any measurement.
 *
 * @param name     the file name, relative to the benchmark directory
 * @param url      a stand-in address for the page, the same for every tool (the pages come without one)
 * @param document the page as dyad's pipeline sees it, with {@code url} as its hint
 * @param html     the decoded text every tool receives
 */
public record Page(String name, String url, RawDocument document, String html) {
    public Page {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(html, "html");
    }
}
