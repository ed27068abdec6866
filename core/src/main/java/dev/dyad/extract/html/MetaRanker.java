package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaChoices.Choice;
import dev.dyad.text.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses among a field's candidate values ({@link MetaChoices}) by a linear score of their features,
 * with the weights {@code MetaLearner} fitted ({@code meta-ranker.tsv}): the highest score wins, the
 * first offered on a tie. Loading checks that the file gives every feature of every field a weight and no
 * other, so a file out of step with the code fails when the class loads. Immutable and thread-safe.
 */
final class MetaRanker {
    /** The fields ranked, with their features' names in the order their choices hold them. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "title", TitleChoices.FEATURES,
            "date", DateChoices.FEATURES);

    private final Map<String, double[]> weights;

    MetaRanker(Map<String, double[]> weights) {
        for (var e : FIELDS.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w == null || w.length != e.getValue().size()) {
                throw new IllegalArgumentException("no weights for field " + e.getKey());
            }
        }
        this.weights = Map.copyOf(weights);
    }

    /** The weights shipped in {@code meta-ranker.tsv}, loaded on first use. */
    static MetaRanker shipped() {
        return Shipped.RANKER;
    }

    /** Holds the shipped weights apart, so the learner can run without (or with a stale) weights file. */
    private static final class Shipped {
        static final MetaRanker RANKER = load();
    }

    /** The chosen value, or null when there is no candidate. */
    String choose(String field, List<Choice> choices) {
        double[] w = weights.get(field);
        Choice best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Choice c : choices) {
            double s = score(w, c.features());
            if (s > top) {
                top = s;
                best = c;
            }
        }
        return best == null ? null : best.value();
    }

    static double score(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    private static MetaRanker load() {
        Map<String, double[]> weights = new HashMap<>();
        Map<String, boolean[]> seen = new HashMap<>();
        for (DataFile.Line line : DataFile.load(MetaRanker.class, "meta-ranker.tsv", 3, 3)) {
            List<String> names = FIELDS.get(line.field(0));
            if (names == null) {
                throw line.error("unknown field " + line.field(0));
            }
            int i = names.indexOf(line.field(1));
            if (i < 0) {
                throw line.error("unknown feature " + line.field(1));
            }
            double[] w = weights.computeIfAbsent(line.field(0), k -> new double[names.size()]);
            boolean[] s = seen.computeIfAbsent(line.field(0), k -> new boolean[names.size()]);
            if (s[i]) {
                throw line.error("duplicate feature " + line.field(1));
            }
            s[i] = true;
            try {
                w[i] = Double.parseDouble(line.field(2));
            } catch (NumberFormatException e) {
                throw line.error("not a number: " + line.field(2));
            }
        }
        for (var e : FIELDS.entrySet()) {
            boolean[] s = seen.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                if (s == null || !s[i]) {
                    throw new IllegalArgumentException("meta-ranker.tsv: no weight for " + e.getKey() + " "
                            + e.getValue().get(i));
                }
            }
        }
        return new MetaRanker(weights);
    }
}
