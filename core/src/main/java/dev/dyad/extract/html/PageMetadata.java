package dev.dyad.extract.html;

import java.util.List;

/**
 * What an HTML page says about its article outside the body text: from JSON-LD, OpenGraph and other
 * meta tags, {@code <time>} elements, bylines and datelines in the page. Any field may be null (or
 * empty), meaning the page did not say.
 *
 * @param title       the headline
 * @param subtitle    the standfirst or description
 * @param authors     the bylines, without "By", in page order
 * @param published   ISO 8601 date or date-time with offset
 * @param url         the canonical URL
 * @param language    ISO 639-1 code from the page's markup
 * @param articleBody the article text as the page's structured data states it, a witness for the body
 */
public record PageMetadata(String title, String subtitle, List<String> authors, String published, String url,
                           String language, String articleBody) {
    public PageMetadata {
        authors = List.copyOf(authors == null ? List.of() : authors);
    }
}
