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
        return bounded(e, max, false);
    }

    /**
     * As {@link #bounded(Element, int)}; with {@code lines}, every element boundary becomes a line break,
     * so that {@code <span>Jane Doe</span><span>Staff Writer</span>} reads as two lines, not as
     * "Jane DoeStaff Writer".
     */
    static String bounded(Element e, int max, boolean lines) {
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
                    if (lines || el.isBlock() || tag.equals("br")) {
                        b.append(lines ? '\n' : ' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (lines || el.isBlock())) {
                    b.append(lines ? '\n' : ' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0]) {
            return null;
        }
        String s;
        if (lines) {
            StringBuilder out = new StringBuilder();
            for (String line : b.toString().split("\n")) {
                String t = Whitespace.line(line);
                if (!t.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "\n").append(t);
                }
            }
            s = out.toString();
        } else {
            s = Whitespace.line(b.toString());
        }
        return s.length() > max ? null : s;
    }
}
