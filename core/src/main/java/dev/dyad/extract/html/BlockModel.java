package dev.dyad.extract.html;

import dev.dyad.extract.TwoStageModel;
import java.util.Arrays;
import java.util.List;

/**
 * The block classifier: two forests of boosted trees over {@link BlockFeatures}, the second reading the
 * first's beliefs about each block's neighbours, with weights learned on the development pages
 * ({@code block-model.tsv}, written by {@link BlockLearner}). It keeps or drops each block; a learned
 * page-level choice ({@link BodyChoice}) may then take the cascade's body, or the classifier's under a
 * bolder or warier policy, instead, and a long stretch of kept text that the page repeats is kept once.
 * Immutable and thread-safe once loaded.
 */
final class BlockModel {
    /** The shipped model, loaded on first use. */
    static BlockModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final BlockModel MODEL = new BlockModel(load("block-model.tsv").model, BodyChoice.load("body-choice.tsv"));
    }

    /** Reason given to a block the cascade kept and the classifier dropped. */
    static final String REASON = "unlike article text";
    /** Reason given to a block of a passage the page shows again. */
    static final String REPEATED = "repeated text";

    /** Fewer kept letters than this is too short for an article... */
    static final int MIN_LETTERS = 250;
    /** ...and so is less than this share of what the cascade kept. */
    static final double MIN_SHARE_OF_RULES = 0.35;
    /** The classifier adds no block with this share of its letters in links or more. */
    static final double MAX_ADDED_LINKS = 0.9;
    /** A body with more of its letters in links than this is a link list. */
    static final double MAX_LINK_SHARE = 0.4;
    /** Letters from which a block counts as a paragraph in a repeated stretch of the page. */
    static final int MIN_PARAGRAPH = 80;
    /** Fewest paragraphs in a stretch of repeated blocks that make a copy of a passage. */
    static final int MIN_RUN = 5;

    private final TwoStageModel model;
    /** The learned choice of the page's body among the classifier's and others; null: {@link #fallback}. */
    private final BodyChoice choice;

    BlockModel(TwoStageModel model) {
        this(model, null);
    }

    BlockModel(TwoStageModel model, BodyChoice choice) {
        this.model = model;
        this.choice = choice;
    }

    static BlockModel load(String resource) {
        return new BlockModel(TwoStageModel.load(BlockModel.class, resource, BlockFeatures.NAMES));
    }

    TwoStageModel model() {
        return model;
    }

    /** Which blocks of the page to keep. */
    boolean[] keep(BlockFeatures.Page page) {
        return keep(page, model.probabilities(page.x(), page.group()), model.policy(), choice);
    }

    /**
     * Which blocks to keep under a policy, given the classifier's probabilities: its body or another as
     * {@code choice} decides ({@link #fallback} when null), a repeated passage said once.
     */
    static boolean[] keep(BlockFeatures.Page page, double[] p, TwoStageModel.Policy policy, BodyChoice choice) {
        return dropRepeats(page, chosen(page, p, policy, choice));
    }

    /** The blocks of the body chosen (the classifier's, or another where chosen), repeats and all. */
    private static boolean[] chosen(BlockFeatures.Page page, double[] p, TwoStageModel.Policy policy,
                                    BodyChoice choice) {
        boolean[] keep = classified(page, p, policy);
        return choice == null ? fallback(page, keep) : choice.choose(page, keep, BodyChoice.others(page, p, policy));
    }

    /** The blocks the classifier keeps under a policy, before the page-level choice, repeats and all. */
    static boolean[] classified(BlockFeatures.Page page, double[] p, TwoStageModel.Policy policy) {
        boolean[] keep = TwoStageModel.decide(p, page.ruleKept(), policy);
        for (int i = 0; i < keep.length; i++) {
            // the title is a field of its own, not the body's; a block of links is added by no probability
            keep[i] &= !page.title()[i] && (page.ruleKept()[i] || page.linkLetters()[i] < MAX_ADDED_LINKS * page.letters()[i]);
        }
        dropBareHeadings(page.level(), keep);
        return keep;
    }

    /**
     * Keeps a passage once: a page that shows a stretch of its text again (a copy of the article for
     * small screens, testimonials shown twice for a carousel) does not make the body say it twice. A
     * stretch of kept blocks that all repeat earlier kept ones is dropped when it holds
     * {@link #MIN_RUN} paragraphs or more; a few lines may recur in an article (a question asked again,
     * the same meals on two days of a plan).
     */
    static boolean[] dropRepeats(BlockFeatures.Page page, boolean[] keep) {
        boolean[] out = keep.clone();
        boolean[] said = new boolean[keep.length];
        int start = -1;
        int paragraphs = 0;
        for (int i = 0; i <= keep.length; i++) {
            if (i < keep.length && !keep[i]) {
                continue;
            }
            boolean repeat = false;
            if (i < keep.length) {
                int f = page.first()[i];
                repeat = said[f];
                said[f] = true;
            }
            if (repeat) {
                if (start < 0) {
                    start = i;
                    paragraphs = 0;
                }
                if (page.letters()[i] >= MIN_PARAGRAPH) {
                    paragraphs++;
                }
                continue;
            }
            if (start >= 0 && paragraphs >= MIN_RUN) {
                for (int j = start; j < i; j++) {
                    out[j] = false;
                }
            }
            start = -1;
        }
        return out;
    }

    /**
     * The classifier's decisions, or the cascade's where the classifier's body looks wrong and the cascade's
     * does not, or, both looking wrong, where the cascade's holds more text.
     */
    static boolean[] fallback(BlockFeatures.Page page, boolean[] keep) {
        return TwoStageModel.fallback(keep, page.ruleKept(), page.letters(), (k, against) -> looksWrong(page, k, against));
    }

    /** Applies the decisions to the blocks, giving a reason to each block newly dropped. */
    void decide(List<Block> blocks, BlockFeatures.Page page) {
        boolean[] chosen = chosen(page, model.probabilities(page.x(), page.group()), model.policy(), choice);
        boolean[] keep = dropRepeats(page, chosen);
        for (int i = 0; i < keep.length; i++) {
            Block b = blocks.get(i);
            if (keep[i]) {
                b.reason = null;
            } else if (chosen[i]) {
                b.reason = REPEATED;
            } else if (b.reason == null) {
                b.reason = b.heading() ? "heading without text" : REASON;
            }
        }
    }

    /**
     * Headings that announce something dropped: no kept text follows them before the next kept heading
     * of their rank or above. A section heading whose text stands under subheadings keeps its place (an
     * h2 over h3 sections); one followed by nothing but headings of its own rank does not.
     *
     * @param level each block's heading level, 1 to 6, or 0 when it is no heading
     */
    static void dropBareHeadings(int[] level, boolean[] keep) {
        // text[l]: kept text follows before the next kept heading of level l or above
        boolean[] text = new boolean[7];
        for (int i = keep.length - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            int l = level[i];
            if (l == 0) {
                Arrays.fill(text, true);
                continue;
            }
            if (!text[l]) {
                keep[i] = false;
            }
            for (int m = l; m < text.length; m++) {
                text[m] = false;
            }
        }
    }

    /**
     * Whether a body looks wrong: too short (against an absolute floor, and against {@code against} when
     * given), mostly link text, or without one sentence-final mark.
     */
    static boolean looksWrong(BlockFeatures.Page page, boolean[] keep, boolean[] against) {
        long letters = 0;
        long links = 0;
        long other = 0;
        boolean sentence = false;
        for (int i = 0; i < keep.length; i++) {
            if (against != null && against[i]) {
                other += page.letters()[i];
            }
            if (keep[i]) {
                letters += page.letters()[i];
                links += page.linkLetters()[i];
                sentence |= page.sentence()[i] && page.level()[i] == 0;
            }
        }
        return letters < MIN_LETTERS || letters < MIN_SHARE_OF_RULES * other || links > MAX_LINK_SHARE * letters
                || !sentence;
    }
}
