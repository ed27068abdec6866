package dev.dyad.extract.html;

import dev.dyad.extract.ForestReader;
import dev.dyad.extract.Trees;
import dev.dyad.extract.TwoStageModel;
import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The page-level choice of a body among the block classifier's and a few others: the rule cascade's, and
 * the classifier's under bolder and warier policies (adding blocks from a probability of 0.5 or 0.95,
 * dropping them under 0.2 or 0.5). Each body is described as a whole (its letters, its share of the
 * page's text, its links, its sentences, its blocks, how much of it the structured-data body vouches for,
 * whether it looks wrong by {@link BlockModel#looksWrong}), and each pair of the classifier's body and
 * another by how much they share. A forest of boosted trees, learned by {@link BlockLearner} on the
 * development pages ({@code body-choice.tsv}), gives the probability that the other body is the better;
 * the likeliest other body is kept from the file's probability {@code switch}. Immutable and thread-safe
 * once loaded.
 */
final class BodyChoice {
    /** Feature names, in the order of the vectors and of the weights file. */
    static final List<String> NAMES = List.of(
            "model.letters", "model.share", "model.links", "model.sentences", "model.blocks", "model.vouched",
            "model.wrong",
            "other.letters", "other.share", "other.links", "other.sentences", "other.blocks", "other.vouched",
            "other.wrong",
            "ratio", "overlap", "model-only", "other-only", "witness", "page.letters", "fallback",
            "kind.rules", "kind.add-low", "kind.add-high", "kind.drop-mid", "kind.drop-high");
    /** The other bodies' kinds, in the order of the kind features: the cascade's, then the policies' below. */
    static final int KINDS = 5;
    /** The stage name of the forest's lines in the weights file. */
    static final String STAGE = "choice";

    private static final int COVERAGE = BlockFeatures.NAMES.indexOf("coverage");
    private static final int WITNESS = BlockFeatures.NAMES.indexOf("witness");
    private static final int VALUES = 7;

    private final Trees.Forest forest;
    /** Probability from which another body is taken over the classifier's. */
    private final double threshold;

    BodyChoice(Trees.Forest forest, double threshold) {
        this.forest = forest;
        this.threshold = threshold;
    }

    static BodyChoice load(String resource) {
        ForestReader reader = new ForestReader(NAMES);
        double threshold = Double.NaN;
        for (DataFile.Line line : DataFile.load(BodyChoice.class, resource, 3, 5)) {
            if (line.field(0).equals("setting")) {
                if (!line.field(1).equals("switch") || line.fields().size() != 3 || !Double.isNaN(threshold)) {
                    throw line.error("the one setting is switch: setting switch VALUE");
                }
                threshold = ForestReader.number(line, line.field(2));
                if (threshold <= 0) {
                    throw line.error("switch must be above 0");
                }
                continue;
            }
            if (!line.field(0).equals(STAGE)) {
                throw line.error("stage must be " + STAGE + " or setting: " + line.field(0));
            }
            reader.read(line);
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException(resource + ": setting switch is needed");
        }
        return new BodyChoice(reader.forest(resource), threshold);
    }

    double threshold() {
        return threshold;
    }

    /** The other bodies' policies, of the kinds after the cascade's: bolder and warier than {@code policy}. */
    static List<TwoStageModel.Policy> others(TwoStageModel.Policy policy) {
        return List.of(new TwoStageModel.Policy(0.5, Math.min(0.5, policy.drop())),
                new TwoStageModel.Policy(0.95, policy.drop()),
                new TwoStageModel.Policy(Math.max(0.2, policy.add()), 0.2),
                new TwoStageModel.Policy(Math.max(0.5, policy.add()), 0.5));
    }

    /** The other bodies of a page (see {@link #KINDS}), the cascade's first. */
    static List<boolean[]> others(BlockFeatures.Page page, double[] p, TwoStageModel.Policy policy) {
        List<boolean[]> out = new ArrayList<>();
        out.add(page.ruleKept().clone());
        for (TwoStageModel.Policy o : others(policy)) {
            out.add(BlockModel.classified(page, p, o));
        }
        return out;
    }

    Trees.Forest forest() {
        return forest;
    }

    /** The data file's lines for this choice. */
    String lines() {
        return String.format(Locale.ROOT, "setting\tswitch\t%s%n", Double.toString(threshold))
                + ForestReader.lines(STAGE, forest, NAMES);
    }

    /** The classifier's decisions, or the other body the forest finds likeliest the better, from the threshold. */
    boolean[] choose(BlockFeatures.Page page, boolean[] model, List<boolean[]> others) {
        boolean fallsBack = fallsBack(page, model);
        double[] p = new double[others.size()];
        for (int k = 0; k < p.length; k++) {
            boolean[] o = others.get(k);
            p[k] = Arrays.equals(model, o) ? -1 : forest.probability(features(page, model, o, k, fallsBack));
        }
        int k = likeliest(p, threshold);
        return k < 0 ? model : others.get(k);
    }

    /**
     * The kind of the other body likeliest the better with a probability from {@code threshold} (the later of
     * equals), or -1 where none reaches it and the classifier's body stays; -1 in {@code p} for a body equal to
     * the classifier's.
     */
    static int likeliest(double[] p, double threshold) {
        int best = -1;
        double bestP = threshold;
        for (int k = 0; k < p.length; k++) {
            if (p[k] >= bestP) {
                best = k;
                bestP = p[k];
            }
        }
        return best;
    }

    /** The hand-written rule's verdict on the classifier's body ({@link BlockModel#fallback}): true where it swaps it. */
    static boolean fallsBack(BlockFeatures.Page page, boolean[] model) {
        return BlockModel.fallback(page, model) != model;
    }

    /** The pair's features (see {@link #NAMES}); linear in the page's blocks. */
    static double[] features(BlockFeatures.Page page, boolean[] model, boolean[] rules, int kind, boolean fallsBack) {
        double[] x = new double[NAMES.size()];
        long pageLetters = 0;
        long both = 0;
        long either = 0;
        long modelOnly = 0;
        long rulesOnly = 0;
        for (int i = 0; i < model.length; i++) {
            int l = page.letters()[i];
            pageLetters += l;
            both += model[i] && rules[i] ? l : 0;
            either += model[i] || rules[i] ? l : 0;
            modelOnly += model[i] && !rules[i] ? l : 0;
            rulesOnly += rules[i] && !model[i] ? l : 0;
        }
        long m = describe(page, model, rules, pageLetters, x, 0);
        long r = describe(page, rules, model, pageLetters, x, VALUES);
        int k = 2 * VALUES;
        x[k++] = Math.log((r + 1.0) / (m + 1.0));
        x[k++] = either == 0 ? 1 : both / (double) either;
        x[k++] = m == 0 ? 0 : modelOnly / (double) m;
        x[k++] = r == 0 ? 0 : rulesOnly / (double) r;
        x[k++] = page.size() > 0 && page.x()[0][WITNESS] > 0 ? 1 : 0;
        x[k++] = Math.log1p(pageLetters) / 10;
        x[k++] = fallsBack ? 1 : 0; // the hand-written rule's verdict, the same for every other body of the page
        x[k + kind] = 1;
        return x;
    }

    /** Writes one body's values at {@code at}; returns its letters. */
    private static long describe(BlockFeatures.Page page, boolean[] keep, boolean[] other, long pageLetters,
                                 double[] x, int at) {
        long letters = 0;
        long links = 0;
        long sentences = 0;
        long vouched = 0;
        int blocks = 0;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) {
                continue;
            }
            int l = page.letters()[i];
            letters += l;
            links += page.linkLetters()[i];
            sentences += page.sentence()[i] && page.level()[i] == 0 ? l : 0;
            vouched += page.x()[i][COVERAGE] * l;
            blocks++;
        }
        x[at] = Math.log1p(letters) / 10;
        x[at + 1] = pageLetters == 0 ? 0 : letters / (double) pageLetters;
        x[at + 2] = letters == 0 ? 0 : links / (double) letters;
        x[at + 3] = letters == 0 ? 0 : sentences / (double) letters;
        x[at + 4] = Math.log1p(blocks) / 5;
        x[at + 5] = letters == 0 ? 0 : vouched / (double) letters;
        x[at + 6] = BlockModel.looksWrong(page, keep, other) ? 1 : 0;
        return letters;
    }
}
