package dev.dyad.extract.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the block classifier ({@link BlockModel}) knows of each block of a page: the cascade's own
 * decision and its reason, size, text and link density, punctuation, the block's tag and the tags above
 * it, its position on the page and against the article container, its likeness to the headline and to
 * the structured-data body, and the cascade's decisions about its neighbours. Every value is finite and
 * roughly on a unit scale. Stateless.
 */
final class BlockFeatures {
    /** Feature names, in the order of the vectors and of the weights file. */
    static final List<String> NAMES = List.of(
            "bias",
            // the cascade: its decision, and why it dropped a block
            "rule.kept", "rule.outside", "rule.related", "rule.cue", "rule.phrase", "rule.title",
            "rule.bare-heading", "inside", "teaser",
            // the text
            "log-letters", "short", "link-density", "punct-rate", "ends-sentence", "starts-upper", "digit-share",
            "upper-share", "prose", "copyright", "by-line", "pipes",
            // the tag and the tags above
            "h1", "heading", "tag.p", "tag.li", "tag.div", "tag.td", "tag.blockquote", "tag.figure", "tag.pre",
            "tag.dt-dd", "tag.span-like", "in.article", "in.main", "in.aside", "in.nav", "in.footer", "in.header",
            "in.figure", "in.form", "in.table", "in.list", "in.content-cue", "in.link",
            // where it stands
            "position", "before-kept", "after-kept", "distance-kept",
            // likeness to the headline and the structured-data body
            "title-share", "title-equal", "witness", "coverage", "covered",
            // neighbours
            "prev-kept", "next-kept", "window-kept", "prev-prose", "next-prose", "siblings-kept",
            // interactions
            "inside-prose", "outside-prose", "kept-links");

    static final int SIZE = NAMES.size();

    private static final Set<String> LISTS = Set.of("ul", "ol", "li", "dl", "menu");

    private BlockFeatures() {
    }

    /**
     * What the classifier reads of one page: a feature vector a block, the group of blocks sharing a parent
     * element, and what the decision's clean-up needs (heading levels, letters, links, sentence ends, the
     * cascade's decision, the blocks it took for the page's title, which the body does not repeat, and for
     * each block the first block of the page with the same text, itself when none comes before it).
     */
    record Page(double[][] x, int[] group, int[] level, int[] letters, int[] linkLetters, boolean[] sentence,
                boolean[] ruleKept, boolean[] title, int[] first) {
        int size() {
            return x.length;
        }
    }

    static Page page(List<Block> blocks, String title, boolean witness) {
        int n = blocks.size();
        int[] group = new int[n];
        int[] level = new int[n];
        int[] letters = new int[n];
        int[] links = new int[n];
        boolean[] sentence = new boolean[n];
        boolean[] kept = new boolean[n];
        boolean[] isTitle = new boolean[n];
        int[] first = new int[n];
        Map<Element, Integer> groups = new IdentityHashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            group[i] = groups.computeIfAbsent(parent(b), k -> groups.size());
            level[i] = b.headingLevel;
            letters[i] = b.chars;
            links[i] = b.linkChars;
            sentence[i] = endsSentence(b.text);
            kept[i] = b.ruleKept;
            isTitle[i] = "title".equals(b.ruleReason);
            Integer earlier = texts.putIfAbsent(b.text, i);
            first[i] = earlier == null ? i : earlier;
        }
        return new Page(of(blocks, title, witness), group, level, letters, links, sentence, kept, isTitle, first);
    }

    /**
     * One feature vector a block, in page order.
     *
     * @param title   the page's headline, or null
     * @param witness whether the page's structured data states the body and vouches for this page
     */
    static double[][] of(List<Block> blocks, String title, boolean witness) {
        int n = blocks.size();
        double[][] out = new double[n][];
        Set<Long> titleWords = new HashSet<>();
        if (title != null) {
            Words.each(title, titleWords::add);
        }
        int firstKept = -1;
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).ruleKept) {
                if (firstKept < 0) {
                    firstKept = i;
                }
                lastKept = i;
            }
        }
        // kept share among the blocks of each parent element
        Map<Element, int[]> siblings = new IdentityHashMap<>();
        for (Block b : blocks) {
            int[] c = siblings.computeIfAbsent(parent(b), k -> new int[2]);
            c[0]++;
            if (b.ruleKept) {
                c[1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double[] x = new double[SIZE];
            int k = 0;
            x[k++] = 1;
            String r = b.ruleReason;
            x[k++] = b.ruleKept ? 1 : 0;
            x[k++] = "outside article".equals(r) ? 1 : 0;
            x[k++] = "related links".equals(r) ? 1 : 0;
            x[k++] = b.cued ? 1 : 0;
            x[k++] = b.phrase ? 1 : 0;
            x[k++] = "title".equals(r) ? 1 : 0;
            x[k++] = "heading without text".equals(r) ? 1 : 0;
            x[k++] = b.inside ? 1 : 0;
            x[k++] = b.teaser ? 1 : 0;

            String t = b.text;
            double logLetters = Math.log1p(b.chars) / 8.0;
            x[k++] = logLetters;
            x[k++] = b.chars < 40 ? 1 : 0;
            x[k++] = b.linkDensity();
            x[k++] = Math.min(1.0, b.punctuation / (double) Math.max(1, b.words) * 5);
            x[k++] = endsSentence(t) ? 1 : 0;
            x[k++] = Character.isUpperCase(t.codePointAt(0)) ? 1 : 0;
            int digits = 0;
            int upper = 0;
            int letters = 0;
            int pipes = 0;
            for (int j = 0; j < t.length(); j++) {
                char c = t.charAt(j);
                if (Character.isDigit(c)) {
                    digits++;
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                } else if (c == '|' || c == '\u2022' || c == '\u00B7') {
                    pipes++;
                }
            }
            x[k++] = digits / (double) Math.max(1, b.chars);
            x[k++] = upper / (double) Math.max(1, letters);
            x[k++] = b.prose() ? 1 : 0;
            x[k++] = t.indexOf('\u00A9') >= 0 || t.regionMatches(true, 0, "copyright", 0, 9) ? 1 : 0;
            x[k++] = b.chars < 80 && (t.regionMatches(true, 0, "by ", 0, 3) || t.regionMatches(true, 0, "von ", 0, 4))
                    ? 1 : 0;
            x[k++] = Math.min(1.0, pipes / 3.0);

            String tag = b.element.normalName();
            x[k++] = b.headingLevel == 1 ? 1 : 0;
            x[k++] = b.headingLevel > 1 ? 1 : 0;
            x[k++] = tag.equals("p") ? 1 : 0;
            x[k++] = tag.equals("li") ? 1 : 0;
            x[k++] = tag.equals("div") || tag.equals("section") || tag.equals("article") ? 1 : 0;
            x[k++] = tag.equals("td") || tag.equals("th") ? 1 : 0;
            x[k++] = tag.equals("blockquote") ? 1 : 0;
            x[k++] = tag.equals("figure") || tag.equals("figcaption") ? 1 : 0;
            x[k++] = tag.equals("pre") ? 1 : 0;
            x[k++] = tag.equals("dt") || tag.equals("dd") ? 1 : 0;
            x[k++] = tag.equals("body") || tag.equals("center") || tag.equals("form") ? 1 : 0;
            k = ancestors(b, x, k);

            x[k++] = n <= 1 ? 0 : i / (double) (n - 1);
            x[k++] = firstKept >= 0 && i < firstKept ? 1 : 0;
            x[k++] = lastKept >= 0 && i > lastKept ? 1 : 0;
            int dist = firstKept < 0 ? n : i < firstKept ? firstKept - i : i > lastKept ? i - lastKept : 0;
            x[k++] = Math.min(1.0, dist / 10.0);

            double titleShare = 0;
            boolean titleEqual = false;
            if (!titleWords.isEmpty()) {
                int[] c = {0, 0};
                Words.each(t, h -> {
                    c[0]++;
                    if (titleWords.contains(h)) {
                        c[1]++;
                    }
                });
                titleShare = c[0] == 0 ? 0 : c[1] / (double) c[0];
                titleEqual = titleShare >= 0.9 && c[0] <= titleWords.size() + 2 && c[0] * 2 >= titleWords.size();
            }
            x[k++] = titleShare;
            x[k++] = titleEqual ? 1 : 0;
            x[k++] = witness ? 1 : 0;
            x[k++] = witness && b.coverage > 0 ? b.coverage : 0;
            x[k++] = witness && b.coverage >= Evidence.WITNESSED ? 1 : 0;

            x[k++] = i > 0 && blocks.get(i - 1).ruleKept ? 1 : 0;
            x[k++] = i + 1 < n && blocks.get(i + 1).ruleKept ? 1 : 0;
            int kept = 0;
            int seen = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
                if (j != i) {
                    seen++;
                    if (blocks.get(j).ruleKept) {
                        kept++;
                    }
                }
            }
            x[k++] = seen == 0 ? 0 : kept / (double) seen;
            x[k++] = i > 0 && blocks.get(i - 1).prose() ? 1 : 0;
            x[k++] = i + 1 < n && blocks.get(i + 1).prose() ? 1 : 0;
            int[] s = siblings.get(parent(b));
            int others = s[0] - 1;
            x[k++] = others == 0 ? 0.5 : (s[1] - (b.ruleKept ? 1 : 0)) / (double) others;

            double prose = b.prose() ? 1 : 0;
            x[k++] = b.inside ? prose : 0;
            x[k++] = b.inside ? 0 : prose;
            x[k++] = b.ruleKept ? b.linkDensity() : 0;
            out[i] = x;
        }
        return out;
    }

    private static Element parent(Block b) {
        Element p = b.element.parent();
        return p == null ? b.element : p;
    }

    /** Flags for the tags above the block, up to the page's body. */
    private static int ancestors(Block b, double[] x, int k) {
        boolean article = false;
        boolean main = false;
        boolean aside = false;
        boolean nav = false;
        boolean footer = false;
        boolean header = false;
        boolean figure = false;
        boolean form = false;
        boolean table = false;
        boolean list = false;
        boolean link = false;
        for (Element e = b.element; e != null; e = e.parent()) {
            switch (e.normalName()) {
                case "article" -> article = true;
                case "main" -> main = true;
                case "aside" -> aside = true;
                case "nav" -> nav = true;
                case "footer" -> footer = true;
                case "header" -> header = true;
                case "figure" -> figure = true;
                case "form" -> form = true;
                case "table" -> table = true;
                case "a" -> link = true;
                default -> {
                    if (LISTS.contains(e.normalName())) {
                        list = true;
                    }
                }
            }
        }
        x[k++] = article ? 1 : 0;
        x[k++] = main ? 1 : 0;
        x[k++] = aside ? 1 : 0;
        x[k++] = nav ? 1 : 0;
        x[k++] = footer ? 1 : 0;
        x[k++] = header ? 1 : 0;
        x[k++] = figure ? 1 : 0;
        x[k++] = form ? 1 : 0;
        x[k++] = table ? 1 : 0;
        x[k++] = list ? 1 : 0;
        x[k++] = b.contentCue ? 1 : 0;
        x[k++] = link ? 1 : 0;
        return k;
    }

    static boolean endsSentence(String t) {
        for (int j = t.length() - 1; j >= 0; j--) {
            char c = t.charAt(j);
            if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00BB' || c == ' ') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\u2026' || c == ':';
        }
        return false;
    }
}
