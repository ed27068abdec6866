package dev.dyad.extract.text;

/**
 * Picks the run of lines that is the article: the contiguous run whose weights sum highest (prose
 * weighs for, furniture against), found in one pass. Stateless and thread-safe.
 */
public final class Regions {
    /**
     * A run of positions, both ends included, and its summed weight.
     *
     * @param start first position
     * @param end   last position, not before start
     * @param score the summed weight
     */
    public record Span(int start, int end, double score) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    private Regions() {
    }

    /** The run with the greatest positive sum starting at or after {@code from}; null when none is positive. */
    public static Span best(double[] w, int from) {
        Span best = null;
        double sum = 0;
        int start = from;
        for (int i = from; i < w.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += w[i];
            if (sum > 0 && (best == null || sum > best.score())) {
                best = new Span(start, i, sum);
            }
        }
        return best;
    }

    /**
     * The run with the greatest positive sum among those starting in {@code [from, to)} (to is clipped
     * to the array); null when none is positive. Linear: suffix maxima of the prefix sums.
     */
    public static Span bestStartingIn(double[] w, int from, int to) {
        int n = w.length;
        int last = Math.min(to, n);
        if (from >= last || from < 0) {
            return null;
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + w[i];
        }
        // maxEnd[i]: the end e >= i maximising prefix[e + 1]
        int[] maxEnd = new int[n];
        maxEnd[n - 1] = n - 1;
        for (int i = n - 2; i >= from; i--) {
            maxEnd[i] = prefix[i + 1] >= prefix[maxEnd[i + 1] + 1] ? i : maxEnd[i + 1];
        }
        Span best = null;
        for (int s = from; s < last; s++) {
            if (w[s] <= 0) {
                continue; // a run worth having starts on a line that counts for it
            }
            int e = maxEnd[s];
            double score = prefix[e + 1] - prefix[s];
            if (score > 0 && (best == null || score > best.score())) {
                best = new Span(s, e, score);
            }
        }
        return best;
    }
}
