package dev.dyad.extract;

import dev.dyad.model.Article;
import dev.dyad.model.RawDocument;
import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts an article from an HTML page with jsoup. */
public final class HtmlArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument doc, String html) {
        Document page = Jsoup.parse(html, doc.hints().url() == null ? "" : doc.hints().url());
        Element og = page.selectFirst("meta[property=og:title]");
        String title = og != null ? og.attr("content") : page.title();
        List<String> paragraphs = new ArrayList<>();
        for (Element p : page.select("p")) {
            String t = Whitespace.line(p.text());
            if (t.split(" ").length >= 8) {
                paragraphs.add(t);
            }
        }
        return new Article(doc.source(), title.isBlank() ? null : Whitespace.line(title), null, List.of(),
                doc.hints().published(), null, doc.hints().url(), paragraphs, List.of());
    }
}
