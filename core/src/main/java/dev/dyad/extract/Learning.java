package dev.dyad.extract;

import dev.dyad.eval.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the learners of the extractors' classifiers share: the corpus's fixed folds, and labels and row
 * weights of a page's units (blocks, lines) from its gold body. Stateless.
 */
public final class Learning {
    /** Folds of {@code folds.tsv}. */
    public static final int FOLDS = 5;
    /** Share of a unit's word 4-grams in the gold body from which it is the article's. */
    public static final double LABEL = 0.5;
    /** Gold bodies shorter than this many words weigh as this many. */
    private static final int MIN_GOLD_WORDS = 50;

    private Learning() {
    }

    /** Set and id ({@code "zyte/abc"}) → fold, from {@code folds.tsv}. */
    public static Map<String, Integer> folds(Path file) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int fold = Integer.parseInt(f[2].strip());
            if (fold < 1 || fold > FOLDS) {
                throw new IllegalArgumentException(file + ": fold out of range: " + line);
            }
            out.put(f[0] + "/" + f[1], fold);
        }
        return out;
    }

    /** Labels and row weights of a page's units. */
    public record Labels(boolean[] label, double[] weight) {
    }

    /**
     * A unit is the article's when most of its word 4-grams (its whole run of words, when it has fewer
     * than four) are in the gold body. A unit weighs its words over the gold body's, times the set's
     * weight, so that every page of a set counts alike, as in the score.
     */
    public static Labels labels(List<String> units, String gold, double setWeight) {
        List<String> goldTokens = Scores.tokens(gold);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= goldTokens.size(); i++) {
            grams.add(String.join(" ", goldTokens.subList(i, i + 4)));
        }
        String joined = " " + String.join(" ", goldTokens) + " ";
        int n = units.size();
        boolean[] label = new boolean[n];
        double[] weight = new double[n];
        double scale = Math.max(MIN_GOLD_WORDS, goldTokens.size());
        boolean[] isShort = new boolean[n];
        boolean[] contained = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<String> t = Scores.tokens(units.get(i));
            if (t.size() >= 4) {
                int hit = 0;
                for (int j = 0; j + 4 <= t.size(); j++) {
                    if (grams.contains(String.join(" ", t.subList(j, j + 4)))) {
                        hit++;
                    }
                }
                label[i] = hit >= LABEL * (t.size() - 3);
            } else {
                isShort[i] = true;
                contained[i] = !t.isEmpty() && joined.contains(" " + String.join(" ", t) + " ");
            }
            weight[i] = Math.max(1, t.size()) / scale * setWeight;
        }
        // a few words ("Share", "2") are found somewhere in most bodies: a short unit is the article's only
        // when they are, and the nearest longer unit before or after it is the article's
        for (int i = 0; i < n; i++) {
            if (isShort[i] && contained[i]) {
                int before = i - 1;
                while (before >= 0 && isShort[before]) {
                    before--;
                }
                int after = i + 1;
                while (after < n && isShort[after]) {
                    after++;
                }
                label[i] = before >= 0 && label[before] || after < n && label[after];
            }
        }
        return new Labels(label, weight);
    }

    /** The policies the learners try: to add a unit from 0.5 to 0.95, to drop one under 0.01 to 0.5. */
    public static List<TwoStageModel.Policy> policies() {
        List<TwoStageModel.Policy> out = new java.util.ArrayList<>();
        for (double add : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
            for (double drop : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5}) {
                out.add(new TwoStageModel.Policy(add, drop));
            }
        }
        return out;
    }

    /** A page for choosing a policy: its set, its fold, its gold body, and its body under each policy. */
    public record Item(String set, int fold, String gold, java.util.function.Function<TwoStageModel.Policy, String> body) {
    }

    /** Each page's body F1 under each policy (policy index, then page). */
    public static double[][] pageScores(List<Item> items, List<TwoStageModel.Policy> policies) {
        double[][] out = new double[policies.size()][items.size()];
        for (int k = 0; k < policies.size(); k++) {
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                out[k][i] = Scores.body(Map.of("p", it.gold()), Map.of("p", it.body().apply(policies.get(k)))).f1();
            }
        }
        return out;
    }

    /**
     * The policy with the best mean page F1, averaged over the sets alike, on the pages outside fold
     * {@code held} (0 for all pages); the first of equals.
     */
    public static TwoStageModel.Policy best(List<Item> items, List<TwoStageModel.Policy> policies, double[][] scores,
                                            int held) {
        TwoStageModel.Policy best = null;
        double bestScore = -1;
        for (int k = 0; k < policies.size(); k++) {
            Map<String, double[]> bySet = new java.util.TreeMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).fold() != held) {
                    double[] s = bySet.computeIfAbsent(items.get(i).set(), x -> new double[2]);
                    s[0] += scores[k][i];
                    s[1]++;
                }
            }
            double score = 0;
            for (double[] s : bySet.values()) {
                score += s[0] / s[1] / bySet.size();
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = policies.get(k);
            }
        }
        return best;
    }
}
