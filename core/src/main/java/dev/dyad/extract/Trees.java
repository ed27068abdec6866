package dev.dyad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees for a yes-or-no decision (logistic loss, Newton leaf values), the
 * learner of the extractors' block and line classifiers. Each feature is cut at up to {@link #BINS}
 * quantiles of its training values; trees grow level by level to a fixed depth. Deterministic: the same
 * rows give the same trees. A fitted {@link Forest} is immutable and thread-safe.
 */
public final class Trees {
    /** Most cut points a feature offers. */
    static final int BINS = 48;

    private Trees() {
    }

    /**
     * One tree stored as a complete binary tree: node k splits on {@code feature[k]} at {@code cut[k]}
     * (values at or below go to node 2k+1, above to 2k+2), or is a leaf ({@code feature[k] < 0}) worth
     * {@code value[k]}.
     */
    public record Tree(int[] feature, double[] cut, double[] value) {
        double score(double[] x) {
            int k = 0;
            while (feature[k] >= 0) {
                k = x[feature[k]] <= cut[k] ? 2 * k + 1 : 2 * k + 2;
            }
            return value[k];
        }
    }

    /** A base score and the trees added to it; the probability is the logistic of the sum. */
    public record Forest(double base, List<Tree> trees) {
        public Forest {
            trees = List.copyOf(trees);
        }

        public double probability(double[] x) {
            double z = base;
            for (Tree t : trees) {
                z += t.score(x);
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /**
     * Settings of a fit: rounds, depth, shrinkage, L2 on leaf values, least hessian weight in a leaf, the
     * share of rows each tree is grown on, and the seed that draws them.
     */
    public record Settings(int rounds, int depth, double rate, double lambda, double minLeaf, double sample,
                           long seed) {
    }

    public static Forest fit(double[][] x, boolean[] y, double[] w, Settings s) {
        int n = x.length;
        int d = x[0].length;
        double[][] cuts = new double[d][];
        byte[][] bin = new byte[d][n];
        for (int f = 0; f < d; f++) {
            cuts[f] = cuts(x, f);
            for (int i = 0; i < n; i++) {
                bin[f][i] = (byte) binOf(cuts[f], x[i][f]);
            }
        }
        double pos = 0;
        double all = 0;
        for (int i = 0; i < n; i++) {
            all += w[i];
            if (y[i]) {
                pos += w[i];
            }
        }
        double prior = Math.min(Math.max(pos / all, 1e-4), 1 - 1e-4);
        double base = Math.log(prior / (1 - prior));
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n];
        double[] h = new double[n];
        List<Tree> trees = new ArrayList<>();
        int nodes = (1 << (s.depth() + 1)) - 1;
        java.util.SplittableRandom random = new java.util.SplittableRandom(s.seed());
        int[] rows = new int[n];
        for (int round = 0; round < s.rounds(); round++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (s.sample() >= 1 || random.nextDouble() < s.sample()) {
                    rows[m++] = i;
                }
            }
            for (int r = 0; r < m; r++) {
                int i = rows[r];
                double p = 1 / (1 + Math.exp(-z[i]));
                g[i] = w[i] * (p - (y[i] ? 1 : 0));
                h[i] = w[i] * Math.max(p * (1 - p), 1e-6);
            }
            int[] feature = new int[nodes];
            double[] cut = new double[nodes];
            double[] value = new double[nodes];
            Arrays.fill(feature, -1);
            int[] node = new int[n]; // every row starts at the root; rows not drawn stay out of the counts
            boolean[] open = new boolean[nodes];
            open[0] = true;
            for (int level = 0; level <= s.depth(); level++) {
                int first = (1 << level) - 1;
                int count = 1 << level;
                double[][][] hist = new double[count][][];
                double[] gs = new double[count];
                double[] hs = new double[count];
                for (int r = 0; r < m; r++) {
                    int i = rows[r];
                    int k = node[i] - first;
                    if (k >= 0 && k < count && open[node[i]]) {
                        gs[k] += g[i];
                        hs[k] += h[i];
                    }
                }
                if (level < s.depth()) {
                    for (int k = 0; k < count; k++) {
                        if (open[first + k] && hs[k] >= 2 * s.minLeaf()) {
                            hist[k] = new double[d][2 * (BINS + 1)];
                        }
                    }
                    for (int f = 0; f < d; f++) {
                        byte[] bf = bin[f];
                        for (int r = 0; r < m; r++) {
                            int i = rows[r];
                            int k = node[i] - first;
                            if (k >= 0 && k < count && hist[k] != null) {
                                double[] hk = hist[k][f];
                                hk[2 * bf[i]] += g[i];
                                hk[2 * bf[i] + 1] += h[i];
                            }
                        }
                    }
                }
                for (int k = 0; k < count; k++) {
                    int id = first + k;
                    if (!open[id]) {
                        continue;
                    }
                    int bestF = -1;
                    int bestB = -1;
                    double bestGain = 1e-12;
                    if (hist[k] != null) {
                        double parent = gs[k] * gs[k] / (hs[k] + s.lambda());
                        for (int f = 0; f < d; f++) {
                            double[] hk = hist[k][f];
                            double gl = 0;
                            double hl = 0;
                            for (int b = 0; b < cuts[f].length; b++) {
                                gl += hk[2 * b];
                                hl += hk[2 * b + 1];
                                double gr = gs[k] - gl;
                                double hr = hs[k] - hl;
                                if (hl < s.minLeaf() || hr < s.minLeaf()) {
                                    continue;
                                }
                                double gain = gl * gl / (hl + s.lambda()) + gr * gr / (hr + s.lambda()) - parent;
                                if (gain > bestGain) {
                                    bestGain = gain;
                                    bestF = f;
                                    bestB = b;
                                }
                            }
                        }
                    }
                    if (bestF < 0) {
                        value[id] = -s.rate() * gs[k] / (hs[k] + s.lambda());
                    } else {
                        feature[id] = bestF;
                        cut[id] = cuts[bestF][bestB];
                        open[2 * id + 1] = true;
                        open[2 * id + 2] = true;
                    }
                }
                for (int r = 0; r < m; r++) {
                    int i = rows[r];
                    int id = node[i];
                    if (feature[id] >= 0 && id >= first && id < first + count) {
                        node[i] = bin[feature[id]][i] <= binOf(cuts[feature[id]], cut[id]) ? 2 * id + 1 : 2 * id + 2;
                    }
                }
            }
            Tree t = new Tree(feature, cut, value);
            trees.add(t);
            for (int i = 0; i < n; i++) {
                z[i] += t.score(x[i]);
            }
        }
        return new Forest(base, trees);
    }

    /** Cut points of a feature: distinct quantiles of its values (a value at or below cut b falls in bin b). */
    private static double[] cuts(double[][] x, int f) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i][f];
        }
        Arrays.sort(v);
        List<Double> out = new ArrayList<>();
        for (int q = 1; q <= BINS; q++) {
            double c = v[Math.min(v.length - 1, (int) ((long) q * v.length / (BINS + 1)))];
            if (c < v[v.length - 1] && (out.isEmpty() || c > out.get(out.size() - 1))) {
                out.add(c);
            }
        }
        double[] c = new double[out.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = out.get(i);
        }
        return c;
    }

    /** The bin of a value: the index of the first cut at or above it, or the number of cuts. */
    private static int binOf(double[] cuts, double v) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] >= v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
