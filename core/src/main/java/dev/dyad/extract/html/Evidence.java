package dev.dyad.extract.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * How much article evidence each element of a page holds: the summed weight of the blocks inside it.
 * A block weighs its length when it reads as prose, and more when the page's structured data vouches
 * for it. Not thread-safe: one instance per extraction.
 */
final class Evidence {
    /** Coverage by the structured-data body above which a block is the article's. */
    static final double WITNESSED = 0.6;

    /** Weight kept by prose that the page's structured data, where it vouches for the page, does not cover. */
    private static final double UNWITNESSED = 0.3;
    /** Share of its weight that prose keeps under a cue of readers' comments. */
    private static final double COMMENT_WEIGHT = 0.1;
    private static final Set<String> LISTED = Set.of("li", "dd", "dt");

    /** Per element: evidence weight, number of blocks, letters. */
    private final Map<Element, double[]> mass = new IdentityHashMap<>();
    private final Element root;
    private double total;

    private Evidence(Element root) {
        this.root = root;
    }

    static Evidence weigh(Element root, List<Block> blocks, boolean witnessed) {
        Evidence ev = new Evidence(root);
        double[] weights = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // prose weighs alike under a cue of markup (sidebar, navigation): such cues also stand on the
            // article's own wrappers, and the cues still drop what they hold outside the article; readers'
            // comments, marked by the cascade, weigh little
            double w = weight(b, witnessed);
            weights[i] = w;
            ev.total += w;
            for (Element e = b.element; e != null; e = e.parent()) {
                double[] m = ev.mass.computeIfAbsent(e, k -> new double[3]);
                m[0] += w;
                m[1]++;
                m[2] += b.chars;
                if (e == root) {
                    break;
                }
            }
        }
        Teasers.mark(blocks, ev);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.teaser && weights[i] > 0 && !(witnessed && b.coverage >= WITNESSED)) {
                ev.total -= weights[i];
                for (Element e = b.element; e != null; e = e.parent()) {
                    ev.mass.get(e)[0] -= weights[i];
                    if (e == root) {
                        break;
                    }
                }
            }
        }
        return ev;
    }

    /** Number of blocks inside the element. */
    int blocks(Element e) {
        double[] m = mass.get(e);
        return m == null ? 0 : (int) m[1];
    }

    /** Letters inside the element. */
    int letters(Element e) {
        double[] m = mass.get(e);
        return m == null ? 0 : (int) m[2];
    }

    Element root() {
        return root;
    }

    static double weight(Block b, boolean witnessed) {
        double w = b.prose() ? b.chars : 0;
        // long paragraphs without links are the surest sign of an article; snippets and teasers weigh less
        w *= (1 - b.linkDensity()) * Math.min(1.0, b.chars / 200.0);
        if (b.comment) {
            w *= COMMENT_WEIGHT;
        }
        if (LISTED.contains(b.element.normalName())) {
            // teaser lists (latest news, tickers) are prose-like; articles rarely run on in list items
            w *= 0.3;
        }
        if (witnessed) {
            if (b.coverage >= WITNESSED) {
                w += 2.0 * b.chars;
            } else {
                // structured data is often a teaser of the first paragraphs, so what it does not cover
                // still counts, but less
                w *= UNWITNESSED;
            }
        }
        return w;
    }

    double of(Element e) {
        double[] m = mass.get(e);
        return m == null ? 0 : m[0];
    }

    double total() {
        return total;
    }

    /** True when the element holds more than half the page's evidence: it is the article, or wraps it. */
    boolean holdsMost(Element e) {
        return total > 0 && of(e) > total / 2;
    }

    /** The deepest element holding at least {@code share} of the evidence; null when there is none. */
    Element container(Element root, double share) {
        if (total == 0) {
            return null;
        }
        Element current = root;
        while (true) {
            Element best = null;
            double bestMass = 0;
            for (Element child : current.children()) {
                double m = of(child);
                if (m > bestMass) {
                    bestMass = m;
                    best = child;
                }
            }
            if (best == null || bestMass < share * total) {
                return current;
            }
            current = best;
        }
    }
}
