package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Short texts of elements, read without walking large subtrees. Stateless and thread-safe. */
final class MetaText {
    private MetaText() {
    }

    /**
     * The element's text on one line, or null when it is longer than {@code max} characters: the walk
     * stops there, so asking a big container costs no more than asking a small one.
     */
    static String bounded(Element e, int max) {
        StringBuilder b = new StringBuilder();
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                    if (b.length() > max * 2 + 200) {
                        tooLong[0] = true;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("svg")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock() || tag.equals("br")) {
                        b.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0]) {
            return null;
        }
        String s = Whitespace.line(b.toString());
        return s.length() > max ? null : s;
    }
}
