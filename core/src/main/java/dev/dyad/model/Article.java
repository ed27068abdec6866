package dev.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: its metadata, its body as paragraphs in reading order, and what was dropped.
 *
 * @param source     as in {@link RawDocument#source()}
 * @param title      the headline, or null when none was found
 * @param subtitle   the standfirst, or null
 * @param authors    bylines, in page order, without "By"
 * @param published  ISO 8601 date or date-time with offset, or null
 * @param language   ISO 639-1 code, or null when unknown
 * @param url        the page's canonical URL when known, or null
 * @param paragraphs body paragraphs in reading order, each non-blank
 * @param removed    blocks dropped as boilerplate, with reasons
 */
public record Article(String source, String title, String subtitle, List<String> authors, String published,
                      String language, String url, List<String> paragraphs, List<RemovedBlock> removed) {
    public Article {
        Objects.requireNonNull(source, "source");
        authors = List.copyOf(authors == null ? List.of() : authors);
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        removed = List.copyOf(removed == null ? List.of() : removed);
        for (String p : paragraphs) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("blank paragraph in " + source);
            }
        }
    }

    /** The body as written in records: paragraphs separated by one blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
