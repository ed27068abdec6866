package dev.dyad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The second stage of a two-stage classifier over the units of a page (blocks, lines): each unit's own
 * features, then the first stage's probability for it, for the units before and after it, for the three
 * on either side, and for the other units of its group (blocks of one parent element, lines of one
 * paragraph run). Stateless.
 */
public final class Stacking {
    /** Names of the features the second stage adds. */
    public static final List<String> ADDED = List.of("p.self", "p.prev", "p.next", "p.window", "p.group");

    private Stacking() {
    }

    /** The second stage's feature names after the first's. */
    public static List<String> names(List<String> first) {
        List<String> out = new ArrayList<>(first);
        out.addAll(ADDED);
        return List.copyOf(out);
    }

    /**
     * The second stage's vectors.
     *
     * @param x     the first stage's vectors, one a unit in page order
     * @param group each unit's group, numbered from 0
     * @param p     the first stage's probability for each unit
     */
    public static double[][] stack(double[][] x, int[] group, double[] p) {
        int n = x.length;
        double[] groupSum = new double[n];
        int[] groupCount = new int[n];
        for (int i = 0; i < n; i++) {
            groupSum[group[i]] += p[i];
            groupCount[group[i]]++;
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int k = x[i].length;
            double[] v = Arrays.copyOf(x[i], k + ADDED.size());
            v[k++] = p[i];
            v[k++] = i > 0 ? p[i - 1] : 0;
            v[k++] = i + 1 < n ? p[i + 1] : 0;
            double sum = 0;
            int seen = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
                if (j != i) {
                    sum += p[j];
                    seen++;
                }
            }
            v[k++] = seen == 0 ? 0 : sum / seen;
            int g = group[i];
            v[k++] = groupCount[g] <= 1 ? 0.5 : (groupSum[g] - p[i]) / (groupCount[g] - 1);
            out[i] = v;
        }
        return out;
    }
}
