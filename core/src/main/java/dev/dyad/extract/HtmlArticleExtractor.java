package dev.dyad.extract;

import dev.dyad.extract.html.HtmlBody;
import dev.dyad.extract.html.HtmlBodyExtractor;
import dev.dyad.extract.html.HtmlMetadataExtractor;
import dev.dyad.extract.html.PageMetadata;
import dev.dyad.ingest.Limits;
import dev.dyad.model.Article;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.TooComplexException;
import dev.dyad.text.DateParser;
import dev.dyad.text.Languages;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts an article from an HTML page: jsoup parses, {@link HtmlMetadataExtractor} reads the
 * metadata, {@link HtmlBodyExtractor} finds the body. Immutable and thread-safe.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
    private final HtmlBodyExtractor body = new HtmlBodyExtractor();

    @Override
    public Article extract(RawDocument doc, String html) {
        Document page = Jsoup.parse(html, doc.hints().url() == null ? "" : doc.hints().url());
        checkDepth(page);
        PageMetadata meta = metadata.extract(page);
        HtmlBody found = body.extract(page, meta);
        String title = doc.hints().title() != null ? doc.hints().title() : meta.title();
        String published = meta.published() != null ? meta.published()
                : doc.hints().published() != null ? DateParser.find(doc.hints().published()).orElse(null)
                : WireDateline.date(found.paragraphs()).orElse(null);
        String url = meta.url() != null ? meta.url() : doc.hints().url();
        String language = Languages.guess(String.join("\n", found.paragraphs()), meta.language());
        return new Article(doc.source(), title, meta.subtitle(), meta.authors(), published, language, url,
                found.paragraphs(), found.removed());
    }

    /** Rejects pages nested past {@link Limits#MAX_HTML_DEPTH}, before any recursive walk meets them. */
    private static void checkDepth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int d) {
                if (node instanceof Element && d > max[0]) {
                    max[0] = d;
                }
            }
        }, page);
        if (max[0] > Limits.MAX_HTML_DEPTH) {
            throw new TooComplexException("HTML nested " + max[0] + " elements deep (limit " + Limits.MAX_HTML_DEPTH + ")");
        }
    }

    /**
     * Whether a page shows nothing but its headline (a frame, empty paragraphs): the visible text of its
     * body, less the headline, has no letter in it. For a page whose extraction found no paragraph.
     */
    public static boolean showsOnlyHeadline(String html, String title) {
        String visible = Jsoup.parse(html).body().text();
        if (title != null && !title.isBlank()) {
            visible = visible.replace(title, " ");
        }
        return visible.codePoints().noneMatch(Character::isLetter);
    }
}
