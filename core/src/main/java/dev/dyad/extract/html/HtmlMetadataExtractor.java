package dev.dyad.extract.html;

import dev.dyad.text.DateParser;
import dev.dyad.text.Whitespace;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata. Immutable and thread-safe; never throws on odd markup.
 */
public final class HtmlMetadataExtractor {
    public PageMetadata extract(Document page) {
        String title = meta(page, "meta[property=og:title]");
        if (title == null) {
            title = page.title().isBlank() ? null : Whitespace.line(page.title());
        }
        String published = meta(page, "meta[property=article:published_time]");
        published = published == null ? null : DateParser.find(published).orElse(null);
        String author = meta(page, "meta[name=author]");
        String lang = page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang");
        return new PageMetadata(title, meta(page, "meta[name=description]"), author == null ? List.of() : List.of(author),
                published, meta(page, "link[rel=canonical]"), lang == null || lang.isBlank() ? null : lang, null);
    }

    private static String meta(Document page, String css) {
        Element e = page.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
        v = Whitespace.line(v);
        return v.isEmpty() ? null : v;
    }
}
