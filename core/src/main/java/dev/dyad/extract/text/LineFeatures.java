package dev.dyad.extract.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the line classifier ({@link LineModel}) knows of each nonblank line of a flattened page: the
 * rule reader's decision and its reason, the line's size, punctuation and shape, the cue it matched,
 * the run of lines it stands in (lines without a blank line between them: a menu, a paragraph), its
 * position against the article's run, its likeness to the headline, and the reader's decisions about
 * its neighbours. Stateless.
 */
final class LineFeatures {
    static final List<String> NAMES = List.of(
            "bias",
            // the rule reader
            "rule.kept", "meta", "in-span", "before-span", "after-span", "span-distance", "reason.outside",
            "reason.navigation", "reason.cue", "reason.repeated", "reason.title", "reason.byline", "reason.dateline",
            "reason.other",
            // the cue
            "cue.heading", "cue.end", "cue.block", "cue.line",
            // the line
            "log-letters", "words", "prose", "short-sentence", "terminal", "colon", "caps", "title-like",
            "table-row", "list-item", "digit-share", "number-share", "starts-upper", "pipes",
            // its run and place
            "blank-before", "blank-after", "run-size", "run-prose", "position",
            // the headline
            "title-share", "title-equal",
            // neighbours
            "prev-kept", "next-kept", "window-kept", "prev-prose", "next-prose",
            // interactions
            "inside-prose", "outside-prose");

    static final int SIZE = NAMES.size();

    private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,3}[.)]\\s+\\S.*|(?:https?://|www\\.)\\S+");
    private static final Set<String> REPEATS = Set.of("repeated line", "signature", "video caption / related story");

    private LineFeatures() {
    }

    /**
     * What the classifier reads of one page: a vector and a run number a nonblank line, the rules' decisions,
     * and the lines read as the headline, standfirst, byline or dateline, fields of their own.
     */
    record Page(double[][] x, int[] group, boolean[] ruleKept, int[] letters, boolean[] terminal, boolean[] meta) {
        int size() {
            return x.length;
        }
    }

    /**
     * @param lines     every line of the page
     * @param nonblank  the indices of its nonblank lines
     * @param cue       each line's cue, or null
     * @param reason    each line's reason to be dropped, or null
     * @param meta      whether each line was read as the headline, standfirst, byline or dateline
     * @param ruleKept  per nonblank position, whether the rules keep the line in the body
     * @param spanStart the article run's first nonblank position, or -1 when none
     * @param spanEnd   its last
     * @param titleKeys the headline's words
     */
    static Page of(Line[] lines, int[] nonblank, Cues.Cue[] cue, String[] reason, boolean[] meta, boolean[] ruleKept,
                   int spanStart, int spanEnd, Set<String> titleKeys, String titleKey) {
        int n = nonblank.length;
        int[] group = new int[n];
        int g = -1;
        for (int p = 0; p < n; p++) {
            if (p == 0 || nonblank[p - 1] != nonblank[p] - 1) {
                g++;
            }
            group[p] = g;
        }
        int[] runSize = new int[g + 1];
        int[] runProse = new int[g + 1];
        for (int p = 0; p < n; p++) {
            runSize[group[p]]++;
            if (lines[nonblank[p]].prose()) {
                runProse[group[p]]++;
            }
        }
        double[][] x = new double[n][];
        int[] letters = new int[n];
        boolean[] terminal = new boolean[n];
        for (int p = 0; p < n; p++) {
            int i = nonblank[p];
            Line l = lines[i];
            letters[p] = l.letters();
            terminal[p] = l.terminal();
            double[] v = new double[SIZE];
            int k = 0;
            v[k++] = 1;
            boolean inSpan = spanStart >= 0 && p >= spanStart && p <= spanEnd;
            v[k++] = ruleKept[p] ? 1 : 0;
            v[k++] = meta[i] ? 1 : 0;
            v[k++] = inSpan ? 1 : 0;
            v[k++] = spanStart >= 0 && p < spanStart ? 1 : 0;
            v[k++] = spanStart >= 0 && p > spanEnd ? 1 : 0;
            int dist = spanStart < 0 ? n : p < spanStart ? spanStart - p : p > spanEnd ? p - spanEnd : 0;
            v[k++] = Math.min(1.0, dist / 20.0);
            String r = meta[i] ? null : reason[i];
            boolean known = false;
            v[k++] = "outside the article".equals(r) ? 1 : 0;
            v[k++] = "navigation".equals(r) ? 1 : 0;
            v[k++] = r != null && cue[i] != null && r.equals(cue[i].reason()) ? 1 : 0;
            v[k++] = r != null && REPEATS.contains(r) ? 1 : 0;
            v[k++] = "title".equals(r) ? 1 : 0;
            v[k++] = "byline".equals(r) ? 1 : 0;
            v[k++] = "dateline".equals(r) ? 1 : 0;
            for (int j = k - 7; j < k; j++) {
                known |= v[j] > 0;
            }
            v[k++] = r != null && !known ? 1 : 0;
            Cues.Cue c = cue[i];
            v[k++] = c != null && c.role() == Cues.Role.HEADING ? 1 : 0;
            v[k++] = c != null && c.role() == Cues.Role.END ? 1 : 0;
            v[k++] = c != null && c.role() == Cues.Role.BLOCK ? 1 : 0;
            v[k++] = c != null && c.role() == Cues.Role.LINE ? 1 : 0;

            v[k++] = Math.log1p(l.letters()) / 8.0;
            v[k++] = Math.min(1.0, l.words() / 100.0);
            v[k++] = l.prose() ? 1 : 0;
            v[k++] = l.shortSentence() ? 1 : 0;
            v[k++] = l.terminal() ? 1 : 0;
            v[k++] = l.colon() ? 1 : 0;
            v[k++] = l.caps() ? 1 : 0;
            v[k++] = l.titleLike() ? 1 : 0;
            v[k++] = l.tableRow() ? 1 : 0;
            v[k++] = LIST_ITEM.matcher(l.text()).matches() ? 1 : 0;
            v[k++] = l.digits() / (double) Math.max(1, l.letters() + l.digits());
            v[k++] = l.numbers() / (double) Math.max(1, l.words());
            v[k++] = Character.isUpperCase(l.text().codePointAt(0)) ? 1 : 0;
            int pipes = 0;
            for (int j = 0; j < l.text().length(); j++) {
                char ch = l.text().charAt(j);
                if (ch == '|' || ch == '\u2022' || ch == '\u00B7') {
                    pipes++;
                }
            }
            v[k++] = Math.min(1.0, pipes / 3.0);

            v[k++] = p == 0 || nonblank[p - 1] != i - 1 ? 1 : 0;
            v[k++] = p + 1 == n || nonblank[p + 1] != i + 1 ? 1 : 0;
            v[k++] = Math.log1p(runSize[group[p]]) / 4.0;
            v[k++] = runProse[group[p]] / (double) runSize[group[p]];
            v[k++] = n <= 1 ? 0 : p / (double) (n - 1);

            double share = 0;
            if (!titleKeys.isEmpty()) {
                Set<String> w = PageReader.words(l.text());
                int hit = 0;
                for (String s : w) {
                    if (titleKeys.contains(s)) {
                        hit++;
                    }
                }
                share = w.isEmpty() ? 0 : hit / (double) w.size();
            }
            v[k++] = share;
            v[k++] = titleKey != null && !titleKey.isEmpty() && PageReader.keyOf(l.text()).equals(titleKey) ? 1 : 0;

            v[k++] = p > 0 && ruleKept[p - 1] ? 1 : 0;
            v[k++] = p + 1 < n && ruleKept[p + 1] ? 1 : 0;
            int kept = 0;
            int seen = 0;
            for (int q = Math.max(0, p - 3); q <= Math.min(n - 1, p + 3); q++) {
                if (q != p) {
                    seen++;
                    if (ruleKept[q]) {
                        kept++;
                    }
                }
            }
            v[k++] = seen == 0 ? 0 : kept / (double) seen;
            v[k++] = p > 0 && lines[nonblank[p - 1]].prose() ? 1 : 0;
            v[k++] = p + 1 < n && lines[nonblank[p + 1]].prose() ? 1 : 0;
            v[k++] = inSpan && l.prose() ? 1 : 0;
            v[k++] = !inSpan && l.prose() ? 1 : 0;
            x[p] = v;
        }
        boolean[] isMeta = new boolean[n];
        for (int p = 0; p < n; p++) {
            isMeta[p] = meta[nonblank[p]];
        }
        return new Page(x, group, ruleKept.clone(), letters, terminal, isMeta);
    }
}
