package dev.dyad.extract;

import dev.dyad.model.Article;
import dev.dyad.model.RawDocument;

/**
 * Turns one decoded page into a clean {@link Article}: metadata, body paragraphs in reading order,
 * and every dropped block with the reason it went.
 *
 * <p>Reads {@code doc.source()}, {@code doc.hints()} (a title or publication date given by the input
 * wins over none found in the page) and the decoded text. Implementations are immutable and
 * thread-safe: one instance serves every worker of a batch. They never throw on bad markup or odd
 * text; a page with nothing that reads as an article gives an article with no paragraphs.
 */
public interface ArticleExtractor {
    Article extract(RawDocument doc, String text);
}
