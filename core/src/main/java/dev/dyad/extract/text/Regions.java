package dev.dyad.extract.text;

/**
 * Picks the run of lines that is the article: the contiguous run whose weights sum highest (prose
 * weighs for, furniture against), found in one pass. Walls are lines no run may cover: the heading of
 * a comment section or the page footer, past which prose is no longer the article's however much of
 * it follows. Stateless and thread-safe.
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

    /**
     * The run with the greatest positive sum starting at or after {@code from}, never covering a wall;
     * null when none is positive.
     */
    public static Span best(double[] w, boolean[] walls, int from) {
        Span best = null;
        double sum = 0;
        int start = from;
        for (int i = from; i < w.length; i++) {
            if (walls[i]) {
                sum = 0;
                start = i + 1;
                continue;
            }
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
     * to the array) and before the first wall in it, never covering a wall; null when none is positive. Linear: for each start, the
     * best end is the maximum of the prefix sums up to the next wall, kept from the right.
     */
    public static Span bestStartingIn(double[] w, boolean[] walls, int from, int to) {
        int n = w.length;
        int last = Math.min(to, n);
        if (from < 0 || from >= last) {
            return null;
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + w[i];
        }
        int[] maxEnd = new int[n];
        for (int i = n - 1; i >= from; i--) {
            if (walls[i]) {
                maxEnd[i] = -1;
            } else if (i + 1 < n && maxEnd[i + 1] >= 0 && prefix[maxEnd[i + 1] + 1] > prefix[i + 1]) {
                maxEnd[i] = maxEnd[i + 1];
            } else {
                maxEnd[i] = i;
            }
        }
        Span best = null;
        for (int s = from; s < last; s++) {
            if (walls[s]) {
                break; // past a wall is another part of the page
            }
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
