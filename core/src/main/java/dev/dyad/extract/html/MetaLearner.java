package dev.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.extract.Learning;
import dev.dyad.extract.html.MetaChoices.Choice;
import dev.dyad.ingest.TextDecoder;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Learns the weights by which {@link MetaRanker} chooses a page's title and date among their candidates
 * ({@code meta-ranker.tsv}) from WCXB's development pages, and prints its out-of-fold figures: with the
 * corpus's fixed five folds, weights fitted on four folds choose on the fifth's pages, in turn, and the
 * choices are scored as the reference scorer scores them (a title's lower-cased words, a date's day).
 * The weights written are then fitted on all five folds; their in-sample figures are printed too, and
 * a gap between the two says the features fit pages rather than kinds of page. The fit is a softmax over
 * each page's candidates, any correct candidate counting, with an L2 penalty: for titles minimised to
 * convergence by Newton's method, so that their weights do not depend on a number of steps; for dates by
 * a fixed number of full-batch gradient descent steps from zero weights, which stops short of the minimum
 * (fitted to convergence, the dates' out-of-fold figure is one page lower). Both are deterministic: a
 * second run writes the same file. The penalty is chosen
 * among a few by folds of the training pages alone (for each outer fold, by its four training folds; for
 * the weights written, by all five).
 *
 * <p>Usage: {@code MetaLearner CORPUS [OUTPUT]} (the Maven profile {@code learn-meta} of core runs it on
 * {@code ../shared/corpus} and writes the resource).
 */
public final class MetaLearner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SET = "wcxb";
    /** The L2 penalties tried; which one fits is chosen by folds within the training pages only. */
    private static final double[] PENALTIES = {0.001, 0.003, 0.01, 0.03};
    private static final int STEPS = Integer.getInteger("steps", 600);
    private static final double RATE = 0.5;
    /** The fields whose fit is minimised to convergence ({@link #newton}) rather than by {@link #STEPS} steps. */
    private static final Set<String> CONVERGED = Set.of("title");
    /** Newton's method stops after this many steps at most, or when a step no longer lowers the loss. */
    private static final int NEWTON_STEPS = 100;

    /** One page's candidates for a field, which of them the gold confirms, and the page's fold. */
    record Page(String id, int fold, List<Choice> choices, boolean[] correct, boolean scored) {
    }

    private MetaLearner() {
    }

    /**
     * One field's figures, as hits and pages scored: the rule cascade's own choice, out of fold (pooled and
     * by fold) and in sample; and the weights fitted on all pages.
     */
    public record Figures(String field, int[] rule, int[] outOfFold, int[][] byFold, double[] penaltyByFold,
                          int[] inSample, double penalty, double[] weights) {
        public double outOfFoldShare() {
            return (double) outOfFold[0] / outOfFold[1];
        }

        /** One line: "title: rule cascade 0.900 (640/711); out of fold ..., by fold ...; in sample ...". */
        public String describe() {
            StringBuilder folds = new StringBuilder();
            for (int k = 0; k < byFold.length; k++) {
                folds.append(String.format(Locale.ROOT, " %d: %s (L2 %s);", k + 1, share(byFold[k]),
                        penaltyByFold[k]));
            }
            return String.format(Locale.ROOT, "%s: rule cascade %s; out of fold %s, by fold%s in sample %s (L2 %s)",
                    field, share(rule), share(outOfFold), folds, share(inSample), penalty);
        }

        private static String share(int[] h) {
            return String.format(Locale.ROOT, "%.3f (%d/%d)", (double) h[0] / h[1], h[0], h[1]);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: MetaLearner CORPUS [OUTPUT]");
            System.exit(2);
        }
        StringBuilder header = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (Figures f : learn(Path.of(args[0]))) {
            System.out.println(f.describe());
            header.append("# ").append(f.describe()).append('\n');
            List<String> names = MetaRanker.FIELDS.get(f.field());
            for (int i = 0; i < names.size(); i++) {
                rows.append(String.format(Locale.ROOT, "%s\t%s\t%.6f%n", f.field(), names.get(i), f.weights()[i]));
            }
        }
        if (args.length == 2) {
            String text = """
                    # How MetaRanker chooses a page's title and publication date among their candidates: a weight
                    # for each feature of TitleChoices and DateChoices; the candidate of highest score wins.
                    # Written by MetaLearner; never edited by hand.
                    # source: learned on the 711 development pages of WCXB (../shared/corpus/wcxb), whose gold
                    # titles and publish dates say which candidate is right
                    # command: mvn -B -o -pl core -P learn-meta -DskipTests package
                    # figures (folds.tsv: weights fitted on four folds choose on the fifth; in sample: fitted on all):
                    """ + header + "# field\tfeature\tweight\n" + rows;
            Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        }
    }

    /** Reads WCXB's pages under the corpus and fits each field, out of fold and on all pages. */
    public static List<Figures> learn(Path corpus) throws IOException {
        Map<String, List<Page>> fields = read(corpus.resolve(SET), Learning.folds(corpus.resolve("folds.tsv")));
        List<Figures> out = new ArrayList<>();
        for (var e : fields.entrySet()) {
            List<Page> pages = e.getValue();
            List<String> names = MetaRanker.FIELDS.get(e.getKey());
            boolean converged = CONVERGED.contains(e.getKey());
            int[][] byFold = new int[Learning.FOLDS][];
            int[] pooled = new int[2];
            double[] penalty = new double[Learning.FOLDS];
            for (int k = 1; k <= Learning.FOLDS; k++) {
                int fold = k;
                List<Page> train = pages.stream().filter(p -> p.fold() != fold).toList();
                penalty[k - 1] = penalty(train, names.size(), converged);
                double[] w = fit(train, names.size(), penalty[k - 1], converged);
                byFold[k - 1] = hits(pages.stream().filter(p -> p.fold() == fold).toList(), w);
                pooled[0] += byFold[k - 1][0];
                pooled[1] += byFold[k - 1][1];
            }
            double l2 = penalty(pages, names.size(), converged);
            double[] w = fit(pages, names.size(), l2, converged);
            out.add(new Figures(e.getKey(), ruleHits(pages, names.indexOf("cascade")), pooled, byFold, penalty,
                    hits(pages, w), l2, w));
        }
        return out;
    }

    /** Each field's pages: title and date. */
    private static Map<String, List<Page>> read(Path dir, Map<String, Integer> folds) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, List<Page>> out = new LinkedHashMap<>();
        out.put("title", new ArrayList<>());
        out.put("date", new ArrayList<>());
        TextDecoder decoder = new TextDecoder();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            Integer fold = folds.get(SET + "/" + id);
            if (fold == null) {
                throw new IllegalArgumentException("no fold for " + SET + "/" + id);
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            TextDecoder.Decoded decoded = decoder.decode(new RawDocument(id, bytes, MediaType.HTML, null,
                    DocumentHints.NONE));
            if (decoded.text() == null) {
                continue;
            }
            HtmlMetadataExtractor.Witnessed w = HtmlMetadataExtractor.witness(Jsoup.parse(decoded.text(), ""));
            String title = e.getValue().path("title").asText("");
            out.get("title").add(page(id, fold, w.titles(), TitleChoices.key(title), !TitleChoices.key(title).isEmpty()));
            String date = e.getValue().path("publish_date").asText("");
            out.get("date").add(page(id, fold, w.dates(), date.length() >= 10 ? date.substring(0, 10) : date,
                    !date.isEmpty()));
        }
        return out;
    }

    private static Page page(String id, int fold, List<Choice> choices, String gold, boolean scored) {
        boolean[] correct = new boolean[choices.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = choices.get(i).key().equals(gold);
        }
        return new Page(id, fold, choices, correct, scored);
    }

    /** How often the rule cascade's own choice is right, for comparison. */
    private static int[] ruleHits(List<Page> pages, int cascade) {
        int hit = 0;
        int n = 0;
        for (Page p : pages) {
            if (p.scored()) {
                n++;
                for (int i = 0; i < p.choices().size(); i++) {
                    hit += p.correct()[i] && p.choices().get(i).features()[cascade] > 0 ? 1 : 0;
                }
            }
        }
        return new int[] {hit, n};
    }

    private static int[] hits(List<Page> pages, double[] w) {
        int hit = 0;
        int n = 0;
        for (Page p : pages) {
            if (p.scored()) {
                n++;
                hit += chosenRight(p, w) ? 1 : 0;
            }
        }
        return new int[] {hit, n};
    }

    /** Whether the ranker's choice (the first of the highest score) is right. */
    private static boolean chosenRight(Page p, double[] w) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.choices().size(); i++) {
            double s = MetaRanker.score(w, p.choices().get(i).features());
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best >= 0 && p.correct()[best];
    }

    /**
     * The penalty that chooses best on folds of the given pages alone (fit on all of their folds but one,
     * score that one, in turn); on a tie the stronger penalty. The pages scored out of fold never choose it.
     */
    static double penalty(List<Page> pages, int dims, boolean converged) {
        List<Integer> folds = pages.stream().map(Page::fold).distinct().sorted().toList();
        double best = PENALTIES[PENALTIES.length - 1];
        int top = -1;
        for (int i = PENALTIES.length - 1; i >= 0; i--) {
            int hit = 0;
            for (int f : folds) {
                double[] w = fit(pages.stream().filter(p -> p.fold() != f).toList(), dims, PENALTIES[i], converged);
                hit += hits(pages.stream().filter(p -> p.fold() == f).toList(), w)[0];
            }
            if (hit > top) {
                top = hit;
                best = PENALTIES[i];
            }
        }
        return best;
    }

    /**
     * Weights that make the correct candidates likely: minimises, over the pages with a correct and a wrong
     * candidate, the mean of -log(the softmax mass of the correct ones), plus l2/2 times the squared weights;
     * to convergence ({@link #newton}) or by {@link #STEPS} steps of gradient descent.
     */
    static double[] fit(List<Page> pages, int dims, double l2, boolean converged) {
        List<Page> useful = useful(pages);
        return converged ? newton(useful, dims, l2) : descend(useful, dims, l2);
    }

    /** The scored pages with a correct and a wrong candidate: the others say nothing about the weights. */
    private static List<Page> useful(List<Page> pages) {
        List<Page> useful = new ArrayList<>();
        for (Page p : pages) {
            boolean any = false;
            boolean all = true;
            for (boolean c : p.correct()) {
                any |= c;
                all &= c;
            }
            if (p.scored() && any && !all) {
                useful.add(p);
            }
        }
        return useful;
    }

    /** {@link #STEPS} steps of full-batch gradient descent from zero weights. */
    private static double[] descend(List<Page> useful, int dims, double l2) {
        double[] w = new double[dims];
        double[] g = new double[dims];
        for (int step = 0; step < STEPS; step++) {
            Arrays.fill(g, 0);
            for (Page p : useful) {
                double[][] mass = masses(p, w);
                for (int i = 0; i < p.choices().size(); i++) {
                    // d(-log right/all)/ds_i = p_i - (correct ? s_i/right : 0)
                    double d = mass[0][i] - mass[1][i];
                    double[] f = p.choices().get(i).features();
                    for (int j = 0; j < dims; j++) {
                        g[j] += d * f[j];
                    }
                }
            }
            for (int j = 0; j < dims; j++) {
                w[j] -= RATE * (g[j] / Math.max(1, useful.size()) + l2 * w[j]);
            }
        }
        return w;
    }

    /**
     * Newton's method from zero weights: each step solves the penalised Hessian (the covariance of the
     * features under each page's softmax, less that under its correct candidates', plus l2) for the
     * gradient, and halves the step until the loss does not rise. A page has one correct candidate at most
     * (candidates are told apart by the key the gold is compared with), so the loss is convex and the
     * minimum is reached in a few steps.
     */
    static double[] newton(List<Page> useful, int dims, double l2) {
        double[] w = new double[dims];
        double loss = loss(useful, w, l2);
        int n = Math.max(1, useful.size());
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] g = new double[dims];
            double[][] h = new double[dims][dims];
            for (Page p : useful) {
                double[][] mass = masses(p, w);
                double[] all = new double[dims];
                double[] right = new double[dims];
                for (int i = 0; i < p.choices().size(); i++) {
                    double[] f = p.choices().get(i).features();
                    double a = mass[0][i];
                    double r = mass[1][i];
                    for (int j = 0; j < dims; j++) {
                        all[j] += a * f[j];
                        right[j] += r * f[j];
                        if (f[j] != 0) {
                            for (int k = 0; k < dims; k++) {
                                h[j][k] += (a - r) * f[j] * f[k];
                            }
                        }
                    }
                }
                for (int j = 0; j < dims; j++) {
                    g[j] += all[j] - right[j];
                    for (int k = 0; k < dims; k++) {
                        h[j][k] -= all[j] * all[k] - right[j] * right[k];
                    }
                }
            }
            for (int j = 0; j < dims; j++) {
                g[j] = g[j] / n + l2 * w[j];
                for (int k = 0; k < dims; k++) {
                    h[j][k] /= n;
                }
                h[j][j] += l2;
            }
            double[] d = solve(h, g);
            double[] next = new double[dims];
            double lower = Double.POSITIVE_INFINITY;
            for (double t = 1; t >= 1e-6; t /= 2) {
                for (int j = 0; j < dims; j++) {
                    next[j] = w[j] - t * d[j];
                }
                lower = loss(useful, next, l2);
                if (lower <= loss) {
                    break;
                }
            }
            if (!(lower <= loss)) {
                break;
            }
            boolean done = loss - lower < 1e-12;
            w = next;
            loss = lower;
            if (done) {
                break;
            }
        }
        return w;
    }

    /** A page's softmax mass of each candidate ([0]) and its mass among the correct ones ([1]). */
    private static double[][] masses(Page p, double[] w) {
        int n = p.choices().size();
        double[] s = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            s[i] = MetaRanker.score(w, p.choices().get(i).features());
            max = Math.max(max, s[i]);
        }
        double all = 0;
        double right = 0;
        for (int i = 0; i < n; i++) {
            s[i] = Math.exp(s[i] - max);
            all += s[i];
            right += p.correct()[i] ? s[i] : 0;
        }
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = s[i] / all;
            out[1][i] = p.correct()[i] ? s[i] / right : 0;
        }
        return out;
    }

    /** The mean of -log(the softmax mass of the correct candidates) plus l2/2 times the squared weights. */
    private static double loss(List<Page> useful, double[] w, double l2) {
        double sum = 0;
        for (Page p : useful) {
            double[][] mass = masses(p, w);
            double right = 0;
            for (int i = 0; i < p.choices().size(); i++) {
                right += p.correct()[i] ? mass[0][i] : 0;
            }
            sum -= Math.log(right);
        }
        double squares = 0;
        for (double v : w) {
            squares += v * v;
        }
        return sum / Math.max(1, useful.size()) + l2 / 2 * squares;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a is small, symmetric and positive). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = m[r][n];
            for (int k = r + 1; k < n; k++) {
                v -= m[r][k] * x[k];
            }
            x[r] = v / m[r][r];
        }
        return x;
    }
}
