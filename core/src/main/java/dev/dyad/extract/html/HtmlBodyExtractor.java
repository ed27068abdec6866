package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's body in an HTML page. Immutable and thread-safe; never throws on odd markup.
 * May change the document it is given (it removes what it does not keep).
 */
public final class HtmlBodyExtractor {
    public HtmlBody extract(Document page, PageMetadata meta) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : page.select("p")) {
            String t = Whitespace.line(p.text());
            if (t.split(" ").length >= 8) {
                paragraphs.add(t);
            }
        }
        return new HtmlBody(paragraphs, List.of());
    }
}
