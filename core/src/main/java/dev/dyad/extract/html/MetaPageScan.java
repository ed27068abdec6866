package dev.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * One walk over a page's body that notes where metadata may be written in the visible page: the
 * {@code <h1>} headings, elements marked as bylines (class or id cues, {@code itemprop=author},
 * {@code rel=author}, links to author pages, text starting "By"), and elements that may hold the
 * publication date ({@code <time>}, {@code itemprop=datePublished}, class or id cues). Each is kept with
 * its position in document order and whether it stands in an aside (comments, related stories,
 * navigation), whose names and dates belong to other articles.
 */
final class MetaPageScan {
    /**
     * A noted element: its position in document order, whether it lies in an aside, and whether its
     * markup says what it is ({@code strong}: itemprop, rel, a class or id cue) rather than only its text.
     */
    record Spot(Element element, int order, boolean aside, boolean strong) {
    }

    final List<Spot> headings = new ArrayList<>();
    final List<Spot> bylines = new ArrayList<>();
    final List<Spot> dates = new ArrayList<>();
    /** Short texts that hold a year, where a dateline without markup may be written. */
    final List<Spot> datedTexts = new ArrayList<>();

    /** Noting stops after this many candidates of a kind: the first ones are what matters. */
    private static final int MAX_SPOTS = 200;
    private static final int MAX_LABEL = 24;
    private static final Set<String> SKIPPED = Set.of("script", "style", "svg", "template", "noscript", "select",
            "iframe", "object", "canvas", "math");

    static MetaPageScan scan(Document page) {
        MetaPageScan scan = new MetaPageScan();
        Element root = page.body() == null ? page : page.body();
        NodeTraversor.filter(scan.new Visitor(), root);
        return scan;
    }

    private final class Visitor implements NodeFilter {
        private int order;
        private int asideDepth = -1;
        private int articleDepth = -1;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                byText(t);
                datedText(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            order++;
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY; // no visible names or dates, and often large
            }
            if (articleDepth < 0 && (tag.equals("article") || tag.equals("main"))) {
                articleDepth = depth;
            }
            String cues = cues(e);
            // the page's outer containers often carry theme classes ("has-sidebar") that say nothing
            boolean container = tag.equals("body") || tag.equals("main") || tag.equals("article");
            if (asideDepth < 0 && (tag.equals("nav") || tag.equals("aside") && articleDepth < 0
                    || tag.equals("footer") && articleDepth < 0 || !container && !cues.isEmpty()
                    && MetaLexicon.hasCueWord("aside", cues) && !MetaLexicon.hasCue("byline", cues) && !cues.contains("meta"))) {
                asideDepth = depth;
            }
            boolean aside = asideDepth >= 0;
            if (tag.equals("h1")) {
                add(headings, new Spot(e, order, aside, articleDepth >= 0));
            }
            String itemprop = e.hasAttr("itemprop") ? e.attr("itemprop").toLowerCase(Locale.ROOT) : "";
            if (itemprop.equals("author") || itemprop.equals("creator")
                    || e.hasAttr("rel") && e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
                    || tag.equals("a") && isAuthorLink(e.attr("href")) || MetaLexicon.hasCue("byline", cues)) {
                add(bylines, new Spot(e, order, aside, true));
            }
            if (itemprop.equals("datepublished")) {
                add(dates, new Spot(e, order, aside, true));
            } else if (tag.equals("time")) {
                add(dates, new Spot(e, order, aside, e.hasAttr("pubdate") || cues.contains("publish")));
            } else if (!container && MetaLexicon.hasCue("date", cues)) {
                add(dates, new Spot(e, order, aside, false));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
                if (depth == asideDepth) {
                    asideDepth = -1;
                }
                if (depth == articleDepth) {
                    articleDepth = -1;
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * "By Jane Doe" written as text at the start of an element, the names in it or in the elements
         * that follow; or a label alone ("Written by", "Author:") before the element with the name.
         */
        private void byText(TextNode t) {
            String raw = t.getWholeText();
            if (raw.length() > 200) {
                return;
            }
            String s = raw.strip();
            if (s.isEmpty() || s.length() > 120) {
                return;
            }
            boolean by = (s.startsWith("By") || s.startsWith("BY")) && (s.length() == 2 || !Character.isLetterOrDigit(s.charAt(2)))
                    || writtenBy(s);
            // a label alone is short: "Written by", "Author:", "Medically reviewed by"
            if (!by && (s.length() > MAX_LABEL || !hasLetter(s) || !MetaNames.stripPrefix(s).isEmpty())) {
                return;
            }
            Element p = t.parent();
            if (p == null || p.normalName().equals("body") || !isFirstText(p, t)) {
                return;
            }
            add(bylines, new Spot(p, order, asideDepth >= 0, false));
        }

        /** A short text with a year in it ("March 3, 2024", "Posted 03/03/2024"). */
        private void datedText(TextNode t) {
            if (datedTexts.size() >= MAX_SPOTS) {
                return;
            }
            String s = t.getWholeText();
            if (s.length() > 120 || s.length() < 6) {
                return;
            }
            for (int i = 0; i + 3 < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                        && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                    Element p = t.parent();
                    if (p != null && !p.normalName().equals("script") && !p.normalName().equals("style")) {
                        add(datedTexts, new Spot(p, order, asideDepth >= 0, false));
                    }
                    return;
                }
            }
        }

        /** Whether no text with letters comes before this one in its element. */
        private boolean isFirstText(Element p, TextNode t) {
            for (Node n : p.childNodes()) {
                if (n == t) {
                    return true;
                }
                if (n instanceof TextNode x && !x.isBlank() || n instanceof Element el && !el.normalName().equals("br")
                        && !el.normalName().equals("img") && !el.normalName().equals("svg") && !el.normalName().equals("i")) {
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * The element's class names and id, lower-cased, without utility classes that carry layout rather
     * than meaning ("md:[grid-area:sidebar]", "hover:text-blue").
     */
    static String cues(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) {
            return id.toLowerCase(Locale.ROOT);
        }
        if (cls.indexOf('[') < 0 && cls.indexOf(':') < 0) {
            return id.isEmpty() ? cls.toLowerCase(Locale.ROOT) : (cls + " " + id).toLowerCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(cls.length() + id.length() + 1);
        for (String token : cls.split("\\s+")) {
            if (token.indexOf('[') < 0 && token.indexOf(':') < 0) {
                b.append(token).append(' ');
            }
        }
        return b.append(id).toString().toLowerCase(Locale.ROOT);
    }

    /**
     * "Written by Jane Doe", "Posted by Jane Doe": a byline label and the name in one text. Reviewers
     * ("Medically reviewed by", "Fact checked by") are not the authors.
     */
    private static boolean writtenBy(String s) {
        // most texts have no " by " near their start: look before lower-casing anything
        int by = -1;
        for (int i = 1; i <= 12 && i + 4 <= s.length() && by < 0; i++) {
            by = s.regionMatches(true, i, " by ", 0, 4) ? i : -1;
        }
        if (by < 0) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("review") || lower.contains("check")) {
            return false;
        }
        String rest = MetaNames.stripPrefix(s);
        return !rest.isEmpty() && s.length() - rest.length() >= by + 3;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Spot> list, Spot s) {
        if (list.size() < MAX_SPOTS && (list.isEmpty() || list.get(list.size() - 1).element != s.element)) {
            list.add(s);
        }
    }

    /** Links to an author's page: /author/jane-doe, /authors/..., /people/..., /staff/..., /profile/... */
    static boolean isAuthorLink(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        return MetaLexicon.hasCue("authorlink", href.toLowerCase(Locale.ROOT));
    }
}
