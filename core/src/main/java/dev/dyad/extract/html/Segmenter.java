package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link Block}s in reading order, in one pass without recursion: a block ends where a
 * block-level element opens or closes, or at a double line break. Skips what readers never see (scripts,
 * styles, form controls, hidden elements). Not thread-safe: one instance per extraction.
 */
final class Segmenter implements NodeFilter {
    /** Elements whose content is never article text, nor visible text worth reporting. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "select", "option", "button", "textarea",
            "input", "head", "title", "meta", "link", "map", "datalist", "frameset", "frame");
    /** Elements that start a new block of text. */
    private static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "caption", "ul", "legend", "listing", "plaintext", "xmp");

    private final MarkupCues cues;
    private final boolean honourHidden;
    /** Verdicts of the elements that have a cue; elements without one are absent. */
    final Map<Element, MarkupCues.Verdict> verdicts = new IdentityHashMap<>();
    final List<Block> blocks = new ArrayList<>();
    private final Map<String, MarkupCues.Judgement> classCache = new HashMap<>();

    private final List<Element> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private int headingLevel;
    private boolean pendingBreak;

    /**
     * @param honourHidden whether to skip what the markup hides; pages that stream their content into a
     *                     hidden element and reveal it with a script need a second pass without
     */
    Segmenter(MarkupCues cues, boolean honourHidden) {
        this.cues = cues;
        this.honourHidden = honourHidden;
    }

    void run(Element root) {
        open.add(root);
        NodeTraversor.filter(this, root);
        flush();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            if (!s.isEmpty()) {
                int letters = letters(s);
                if (letters > 0) {
                    pendingBreak = false;
                }
                text.append(s);
                chars += letters;
                if (linkDepth > 0) {
                    linkChars += letters;
                }
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
        }
        if (depth == 0) {
            judge(e);
            return FilterResult.CONTINUE;
        }
        String name = e.normalName();
        if (SKIPPED.contains(name) || (honourHidden && hidden(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        MarkupCues.Verdict v = judge(e);
        if (honourHidden && v.hidden()) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br")) {
            if (pendingBreak) {
                flush();
            } else {
                pendingBreak = true;
                text.append(' ');
            }
            return FilterResult.CONTINUE;
        }
        if (BLOCK_LEVEL.contains(name)) {
            flush();
            open.add(e);
        }
        if (name.equals("a")) {
            linkDepth++;
        }
        int level = headingLevel(name);
        if (level > 0) {
            headingDepth++;
            if (headingDepth == 1) {
                headingLevel = level;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String name = e.normalName();
        if (BLOCK_LEVEL.contains(name) && open.size() > 1 && open.get(open.size() - 1) == e) {
            flush();
            open.remove(open.size() - 1);
        }
        if (name.equals("a") && linkDepth > 0) {
            linkDepth--;
        }
        if (headingLevel(name) > 0 && headingDepth > 0) {
            flush();
            headingDepth--;
            if (headingDepth == 0) {
                headingLevel = 0;
            }
        }
        return FilterResult.CONTINUE;
    }

    private MarkupCues.Verdict judge(Element e) {
        MarkupCues.Verdict v = cues.judge(e, classCache);
        if (v != MarkupCues.Verdict.NONE) {
            verdicts.put(e, v);
        }
        return v;
    }

    private void flush() {
        pendingBreak = false;
        if (chars > 0) {
            String line = Whitespace.line(text.toString());
            if (!line.isEmpty()) {
                blocks.add(new Block(open.get(open.size() - 1), line, chars, Math.min(linkChars, chars),
                        headingDepth > 0 ? headingLevel : 0));
            }
        }
        text.setLength(0);
        chars = 0;
        linkChars = 0;
    }

    private static int headingLevel(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A segment of a page streamed in parts (React's "S:" ids): shown as soon as its script has run. */
    private static boolean streamed(Element e) {
        String id = e.id();
        if (id.length() < 3 || !id.startsWith("S:")) {
            return false;
        }
        for (int i = 2; i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Hidden by the page's own markup: the hidden attribute, aria-hidden, or an inline display:none. */
    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            // a segment that a streaming renderer sends late, hidden, for its script to move into place
            return !streamed(e);
        }
        String aria = e.attributes().getIgnoreCase("aria-hidden");
        if (aria.equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attributes().getIgnoreCase("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
