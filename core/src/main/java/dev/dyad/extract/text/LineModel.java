package dev.dyad.extract.text;

import dev.dyad.extract.TwoStageModel;

/**
 * The line classifier of flattened pages: a {@link TwoStageModel} over {@link LineFeatures}, with weights
 * learned on the development pages ({@code line-model.tsv}, written by {@link LineLearner}). It keeps or
 * drops each nonblank line; a page whose result looks wrong (too short, no sentence) keeps the rules'
 * decisions when those look right. Immutable and thread-safe once loaded.
 */
final class LineModel {
    /** Reason given to a line the rules kept and the classifier dropped. */
    static final String REASON = "unlike article text";
    /** Fewer kept letters than this is too short for an article... */
    static final int MIN_LETTERS = 250;
    /** ...and so is less than this share of what the rules kept. */
    static final double MIN_SHARE_OF_RULES = 0.35;

    private final TwoStageModel model;

    LineModel(TwoStageModel model) {
        this.model = model;
    }

    /** The shipped model, loaded on first use. */
    static LineModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final LineModel MODEL = new LineModel(TwoStageModel.load(LineModel.class, "line-model.tsv",
                LineFeatures.NAMES));
    }

    TwoStageModel model() {
        return model;
    }

    /** Which nonblank lines of the page to keep. */
    boolean[] keep(LineFeatures.Page page) {
        return keep(page, model.probabilities(page.x(), page.group()), model.policy());
    }

    /** Which lines to keep under a policy, given the classifier's probabilities. */
    static boolean[] keep(LineFeatures.Page page, double[] p, TwoStageModel.Policy policy) {
        boolean[] keep = TwoStageModel.decide(p, page.ruleKept(), policy);
        for (int i = 0; i < keep.length; i++) {
            keep[i] &= !page.meta()[i]; // the headline, byline and dateline are fields of their own
        }
        return TwoStageModel.fallback(keep, page.ruleKept(), page.letters(), (k, against) -> looksWrong(page, k, against));
    }

    /** Whether a body looks wrong: too short (absolutely, and against {@code against} when given), or no sentence. */
    static boolean looksWrong(LineFeatures.Page page, boolean[] keep, boolean[] against) {
        long letters = 0;
        long other = 0;
        boolean sentence = false;
        for (int i = 0; i < keep.length; i++) {
            if (against != null && against[i]) {
                other += page.letters()[i];
            }
            if (keep[i]) {
                letters += page.letters()[i];
                sentence |= page.terminal()[i];
            }
        }
        return letters < MIN_LETTERS || letters < MIN_SHARE_OF_RULES * other || !sentence;
    }
}
