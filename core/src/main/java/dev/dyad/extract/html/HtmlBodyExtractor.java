package dev.dyad.extract.html;

import dev.dyad.model.RemovedBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's body in an HTML page by a cascade over its text blocks.
 *
 * <ol>
 *   <li>The page is cut into blocks in reading order ({@link Segmenter}); scripts, form controls and
 *       hidden elements are skipped (not the segments a streaming renderer hides until its script runs).</li>
 *   <li>Each block gets a weight as article evidence: its length when it reads as prose (punctuated, few
 *       links; a tenth of it under a cue of readers' comments), or, when the page's structured data states
 *       the article body, the part of it that body vouches for.</li>
 *   <li>The article container is the deepest element that still holds most of that weight.</li>
 *   <li>Inside it, each block is kept or dropped with a reason: cues of tag, class and id
 *       ({@code markup-cues.tsv}; a navigation cue on an element of running prose is not heeded, nor a
 *       header cue in a heading's own class or id), furniture phrases ({@code text-cues.tsv}), link density
 *       (not of headings), captions; headings, linked or not, are kept when text follows them.</li>
 *   <li>The block classifier ({@link BlockModel}, learned on the development pages) reads each block's
 *       features and the cascade's decisions and overrules them where it is sure; a learned page-level
 *       choice ({@link BodyChoice}) may take the cascade's body or the classifier's under another policy
 *       instead, and a stretch of text the page shows twice is kept once.</li>
 * </ol>
 *
 * Paragraphs come out whitespace-normalised, headings and paragraphs in page order. A page without
 * article text gives no paragraphs. Immutable and thread-safe; never throws on odd markup; does not
 * change the document.
 */
public final class HtmlBodyExtractor {
    private static final MarkupCues MARKUP = MarkupCues.load();
    private static final TextCues TEXT = TextCues.load();

    /** Share of the page's article evidence that the container must hold. */
    private static final double CONTAINER_SHARE = 0.75;
    /** Blocks with more of their text in links than this are link lists. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A paragraph that reads as a sentence may link most of its words and still be prose. */
    private static final double MAX_SENTENCE_LINK_DENSITY = 0.8;
    /** Coverage by the structured-data body above which a block is the article's, whatever its markup. */
    private static final double WITNESSED = Evidence.WITNESSED;
    /** Article evidence (letters of prose) below which a page is taken to show no article. */
    private static final int MIN_EVIDENCE = 200;
    /** The reason that cues of readers' comments give. */
    private static final String COMMENTS = "comments";
    /** The reason that cues of a page's header give; a heading named a header heads a section all the same. */
    private static final String HEADER = "header";
    /** The reason that navigation cues give. */
    private static final String NAVIGATION = "navigation";
    /** Article evidence an element must hold, and its share of the element's letters, to read as prose. */
    private static final int MIN_PROSE_WRAPPER = 200;
    private static final double PROSE_WRAPPER_SHARE = 0.5;
    /** Removed blocks shorter than this (letters and digits) are not reported. */
    private static final int MIN_REPORTED = 12;
    /** At most this many removed entries are reported a page. */
    private static final int MAX_REPORTED = 60;
    /** Longest text of one removed entry. */
    private static final int MAX_REPORTED_CHARS = 240;

    /**
     * The body of {@code page}: kept paragraphs and headings in order, and the dropped blocks with reasons.
     *
     * @param meta the page's metadata, whose {@code articleBody} (when given) vouches for blocks; may be null
     */
    public HtmlBody extract(Document page, PageMetadata meta) {
        List<Block> blocks = blocks(page, meta, BlockModel.shipped());
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kept()) {
                paragraphs.add(b.text);
            }
        }
        return new HtmlBody(paragraphs, removed(blocks));
    }

    /**
     * Every block of the page in reading order, each kept or given its reason: by the rule cascade, then,
     * when a model is given, by the block classifier that reads the cascade's decisions among its features.
     */
    static List<Block> blocks(Document page, PageMetadata meta, BlockModel model) {
        Cascade c = cascade(page, meta);
        if (model != null && c.container != null) {
            model.decide(c.blocks, BlockFeatures.page(c.blocks, meta == null ? null : meta.title(), c.witnessed));
        }
        return c.blocks;
    }

    /** The rule cascade's decisions, with what the classifier needs to know of the page. */
    record Cascade(List<Block> blocks, Element container, boolean witnessed) {
    }

    /** The rule cascade alone: every block kept or given its reason, and marked with the cascade's decision. */
    static Cascade cascade(Document page, PageMetadata meta) {
        Element root = page.body() != null ? page.body() : page;
        Witness witness = Witness.of(page, meta == null ? null : meta.articleBody());
        Pass pass = Pass.run(root, witness, true);
        if (pass.evidence.total() < MIN_EVIDENCE) {
            // nothing visible reads as an article: the page may stream it into a hidden element
            Pass unhidden = Pass.run(root, witness, false);
            if (unhidden.evidence.total() > 2 * pass.evidence.total() + MIN_EVIDENCE) {
                pass = unhidden;
            }
        }
        Element container = pass.evidence.container(root, CONTAINER_SHARE);
        markHeadlines(pass.blocks, meta == null ? null : meta.title());
        for (Block b : pass.blocks) {
            b.reason = reason(b, container, pass.verdicts, pass.evidence, pass.witnessed);
            b.phrase = TEXT.reason(b.text) != null;
        }
        dropBareHeadings(pass.blocks);
        for (Block b : pass.blocks) {
            b.ruleKept = b.reason == null;
            b.ruleReason = b.reason;
        }
        return new Cascade(pass.blocks, container, pass.witnessed);
    }

    /** One segmentation of the page with its evidence. */
    private record Pass(List<Block> blocks, Map<Element, MarkupCues.Verdict> verdicts, Evidence evidence,
                        boolean witnessed) {
        static Pass run(Element root, Witness witness, boolean honourHidden) {
            Segmenter segmenter = new Segmenter(MARKUP, honourHidden);
            segmenter.run(root);
            List<Block> blocks = segmenter.blocks;
            boolean witnessed = false;
            if (witness.present()) {
                long vouched = 0;
                for (Block b : blocks) {
                    b.coverage = witness.coverage(b.text);
                    if (b.coverage >= WITNESSED) {
                        vouched += b.text.length();
                    }
                }
                // structured data of another article must not steer the choice
                witnessed = vouched >= witness.chars() / 3;
            }
            markComments(root, blocks, segmenter.verdicts, witnessed);
            Evidence evidence = Evidence.weigh(root, blocks, witnessed);
            return new Pass(blocks, segmenter.verdicts, evidence, witnessed);
        }
    }

    /**
     * Marks the blocks under a cue of readers' comments, which weigh little as article evidence (a long
     * thread must not outweigh the article it follows); not when the page has no other prose to speak of,
     * where the cue stands on the article's own wrapper.
     */
    private static void markComments(Element root, List<Block> blocks, Map<Element, MarkupCues.Verdict> verdicts,
                                     boolean witnessed) {
        boolean cued = false;
        for (MarkupCues.Verdict v : verdicts.values()) {
            cued |= COMMENTS.equals(v.reason());
        }
        if (!cued) {
            return;
        }
        // whether each element is under a comments cue, filled in along each block's way up
        Map<Element, Boolean> under = new IdentityHashMap<>();
        List<Element> path = new ArrayList<>();
        double other = 0;
        boolean any = false;
        for (Block b : blocks) {
            path.clear();
            Boolean found = null;
            for (Element e = b.element; e != null && e != root; e = e.parent()) {
                found = under.get(e);
                if (found != null) {
                    break;
                }
                path.add(e);
                MarkupCues.Verdict v = verdicts.get(e);
                if (v != null && COMMENTS.equals(v.reason())) {
                    found = true;
                    break;
                }
            }
            boolean comment = found != null && found;
            for (Element e : path) {
                under.put(e, comment);
            }
            b.comment = comment;
            any |= comment;
            if (!comment) {
                other += Evidence.weight(b, witnessed);
            }
        }
        if (any && other < MIN_EVIDENCE) {
            for (Block b : blocks) {
                b.comment = false;
            }
        }
    }

    private static String reason(Block b, Element container, Map<Element, MarkupCues.Verdict> verdicts,
                                 Evidence evidence, boolean witnessed) {
        if (container == null) {
            return "no article";
        }
        boolean vouched = witnessed && b.coverage >= WITNESSED;
        String cue = null;
        boolean inside = false;
        for (Element e = b.element; e != null; e = e.parent()) {
            MarkupCues.Verdict v = verdicts.get(e);
            if (v != null && v.content()) {
                b.contentCue = true;
            }
            if (e == container) {
                inside = true;
                break;
            }
            if (v != null && v.reason() != null && cue == null && !evidence.holdsMost(e)
                    && !(NAVIGATION.equals(v.reason()) && readsAsProse(e, evidence))
                    && !(HEADER.equals(v.reason()) && e == b.element && b.heading())) {
                cue = v.reason();
            }
        }
        b.inside = inside;
        b.cued = cue != null;
        if (!inside) {
            // outside the article, a cue still says best what the block was
            return vouched && b.chars >= 80 ? null : cue != null ? cue : "outside article";
        }
        if (vouched) {
            return null;
        }
        if (cue != null) {
            return cue;
        }
        if (b.teaser) {
            return "related links";
        }
        if (b.headline) {
            return "title";
        }
        String phrase = TEXT.reason(b.text);
        if (phrase != null) {
            return phrase;
        }
        // a linked heading inside the article heads a section when text follows it (see dropBareHeadings)
        if (!b.heading() && b.linkDensity() > (sentence(b) ? MAX_SENTENCE_LINK_DENSITY : MAX_LINK_DENSITY)) {
            return "related links";
        }
        return null;
    }

    /**
     * Whether an element holds running prose rather than links: most of its letters are article evidence,
     * and enough of them. Navigation is lists of links; a navigation cue on such an element is the article's
     * own wrapper named after a table of contents or a skip target.
     */
    private static boolean readsAsProse(Element e, Evidence evidence) {
        double prose = evidence.of(e);
        return prose >= MIN_PROSE_WRAPPER && prose >= PROSE_WRAPPER_SHARE * evidence.letters(e);
    }

    /**
     * The blocks that are the page's headline. When an h1 repeats the headline of the page's metadata,
     * the h1s that do are; the page's other h1s are the body's headings, as on pages that give each
     * section an h1 (newsletters, documents, day-by-day reports). Otherwise every h1 is taken for it.
     */
    static void markHeadlines(List<Block> blocks, String title) {
        Set<Long> titleWords = new HashSet<>();
        if (title != null) {
            Words.each(title, titleWords::add);
        }
        boolean any = false;
        for (Block b : blocks) {
            if (b.headingLevel == 1) {
                b.headline = repeats(b.text, titleWords);
                any |= b.headline;
            }
        }
        if (!any) {
            for (Block b : blocks) {
                b.headline = b.headingLevel == 1;
            }
        }
    }

    /** Whether a heading repeats a headline: nearly all its words are the headline's, and half of them at least. */
    private static boolean repeats(String heading, Set<Long> titleWords) {
        if (titleWords.isEmpty()) {
            return false;
        }
        int[] c = {0, 0};
        Words.each(heading, h -> {
            c[0]++;
            if (titleWords.contains(h)) {
                c[1]++;
            }
        });
        return c[0] > 0 && c[1] >= 0.9 * c[0] && 2 * c[1] >= titleWords.size();
    }

    /** A paragraph element holding at least one whole sentence of eight words or more. */
    private static boolean sentence(Block b) {
        if (!b.element.normalName().equals("p") || b.words < 8) {
            return false;
        }
        char last = b.text.charAt(b.text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == ')';
    }

    /** Headings that no kept text follows before the next heading of their rank or above (as the classifier's). */
    static void dropBareHeadings(List<Block> blocks) {
        int[] level = new int[blocks.size()];
        boolean[] keep = new boolean[blocks.size()];
        for (int i = 0; i < level.length; i++) {
            level[i] = blocks.get(i).headingLevel;
            keep[i] = blocks.get(i).kept();
        }
        BlockModel.dropBareHeadings(level, keep);
        for (int i = 0; i < level.length; i++) {
            if (blocks.get(i).kept() && !keep[i]) {
                blocks.get(i).reason = "heading without text";
            }
        }
    }

    /** Dropped blocks with visible text, runs with the same reason merged, bounded in number and length. */
    private static List<RemovedBlock> removed(List<Block> blocks) {
        List<RemovedBlock> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String runReason = null;
        for (Block b : blocks) {
            if (b.kept() || b.chars < MIN_REPORTED) {
                continue;
            }
            if (!b.reason.equals(runReason) && runReason != null) {
                out.add(new RemovedBlock(run.toString(), runReason));
                run.setLength(0);
                if (out.size() == MAX_REPORTED) {
                    return out;
                }
            }
            runReason = b.reason;
            if (run.length() < MAX_REPORTED_CHARS) {
                if (run.length() > 0) {
                    run.append(' ');
                }
                run.append(b.text, 0, Math.min(b.text.length(), MAX_REPORTED_CHARS - run.length()));
                if (run.length() >= MAX_REPORTED_CHARS) {
                    run.append('\u2026');
                }
            }
        }
        if (runReason != null) {
            out.add(new RemovedBlock(run.toString(), runReason));
        }
        return out;
    }
}
