package dev.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.Scores;
import dev.dyad.extract.Learning;
import dev.dyad.extract.Trees;
import dev.dyad.extract.TwoStageModel;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Learns the block classifier's weights ({@code block-model.tsv}) from the development pages of both
 * HTML benchmarks, Zyte's news pages and WCXB's article pages, and prints its out-of-fold figures: with
 * the corpus's fixed five folds, the model fitted on four folds decides the fifth's pages, in turn,
 * and those decisions are scored with the scorer's body F1. The weights written are then fitted on all
 * five folds. Then, a page at a time, a second learner chooses among the classifier's body and a few others
 * ({@link BodyChoice}, {@code body-choice.tsv}, written beside the block model), fitted in turn on four
 * folds' out-of-fold bodies, its settings and threshold chosen by cross-validation inside them. A block's
 * label is whether most of its word 4-grams (its whole words, when it has fewer
 * than four) are in the page's gold body; a block weighs its words over the gold body's, so every page
 * counts alike, as in the score. Deterministic: a second run writes the same file.
 *
 * <p>Usage: {@code BlockLearner CORPUS [OUTPUT]} (the Maven profile {@code learn-blocks} of core runs it
 * on {@code ../shared/corpus} and writes the resource). For studying the errors, the environment variable
 * {@code LEARN_DUMP=FILE} writes every page's out-of-fold precision and recall and, a line a block, its
 * label, the cascade's and the classifier's decisions, the out-of-fold probability, its letters, the tags,
 * ids and classes of the block and three elements above it, and the start of its text (tab-separated).
 */
public final class BlockLearner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SETS = {"zyte", "wcxb"};
    /** The boosted trees' settings: rounds, depth, shrinkage, L2 on leaves, least leaf weight, row sample, seed. */
    static final Trees.Settings SETTINGS = new Trees.Settings(
            Integer.getInteger("rounds", 80), Integer.getInteger("depth", 3),
            Double.parseDouble(System.getProperty("rate", "0.2")), 1.0, 0.2,
            Double.parseDouble(System.getProperty("sample", "0.5")), Long.getLong("seed", 18L));
    /** Weight of a Zyte page against a WCXB page: the sets weigh alike, though WCXB has eight times the pages. */
    static final double ZYTE_WEIGHT = Double.parseDouble(System.getProperty("zyteWeight", "4"));

    /** One page: its blocks' features, labels, row weights and texts, its fold and gold body, its blocks' markup. */
    record PageData(String set, String id, int fold, BlockFeatures.Page page, boolean[] label, double[] weight,
                    String[] texts, boolean modelled, String gold, String[] markup, String stated) {
    }

    private BlockLearner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: BlockLearner CORPUS [OUTPUT]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Map<String, Integer> folds = Learning.folds(corpus.resolve("folds.tsv"));
        List<PageData> pages = new ArrayList<>();
        for (String set : SETS) {
            pages.addAll(read(corpus.resolve(set), set, folds));
        }
        System.out.printf(Locale.ROOT, "pages: %d, blocks: %d%n", pages.size(),
                pages.stream().mapToInt(p -> p.page().size()).sum());

        // the cascade alone, for comparison
        Map<String, boolean[]> rules = new HashMap<>();
        pages.forEach(p -> rules.put(p.set() + "/" + p.id(), p.page().ruleKept()));
        report("rule cascade (no fitting)", pages, rules);
        if (System.getenv("LEARN_DEBUG") != null) {
            Map<String, boolean[]> oracle = new HashMap<>();
            pages.forEach(p -> oracle.put(p.set() + "/" + p.id(), p.label()));
            report("labels (oracle)", pages, oracle);
        }

        // each page's probabilities from the forests fitted on the other four folds
        Map<String, double[]> probabilities = new HashMap<>();
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int held = fold;
            BlockModel model = fit(pages.stream().filter(p -> p.fold() != held).toList());
            for (PageData p : pages) {
                if (p.fold() == held && p.modelled()) {
                    probabilities.put(p.set() + "/" + p.id(), model.model().probabilities(p.page().x(), p.page().group()));
                }
            }
        }
        // the policy for each fold is chosen on the other four folds' pages
        List<TwoStageModel.Policy> policies = Learning.policies();
        List<Learning.Item> items = new ArrayList<>();
        for (PageData p : pages) {
            items.add(new Learning.Item(p.set(), p.fold(), p.gold(), policy -> body(p, decide(p,
                    probabilities.get(p.set() + "/" + p.id()), policy))));
        }
        double[][] scores = Learning.pageScores(items, policies);
        Map<String, boolean[]> outOfFold = new HashMap<>();
        Map<Integer, TwoStageModel.Policy> foldPolicy = new HashMap<>();
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            TwoStageModel.Policy policy = Learning.best(items, policies, scores, fold);
            foldPolicy.put(fold, policy);
            System.out.printf(Locale.ROOT, "fold %d: policy chosen on the other folds: add %.2f, drop %.2f%n", fold,
                    policy.add(), policy.drop());
            for (PageData p : pages) {
                if (p.fold() == fold) {
                    outOfFold.put(p.set() + "/" + p.id(), decide(p, probabilities.get(p.set() + "/" + p.id()), policy));
                }
            }
        }
        report("classifier, out of fold (fit on four folds, scored on the fifth), the hand-written fallback", pages, outOfFold);
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int f = fold;
            report("  fold " + fold, pages.stream().filter(p -> p.fold() == f).toList(), outOfFold);
        }
        if (System.getenv("LEARN_DEBUG") != null) {
            differences(pages, rules, outOfFold);
        }
        statedBodies(pages, outOfFold);
        List<Choice> choices = choices(pages, probabilities, foldPolicy);
        Map<String, boolean[]> chosenOutOfFold = new HashMap<>(outOfFold);
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int held = fold;
            StringBuilder said = new StringBuilder();
            BodyChoice choice = chooseAndFit(choices.stream().filter(c -> c.page().fold() != held).toList(), said);
            System.out.printf(Locale.ROOT, "fold %d: body choice chosen on the other folds: %s%n", fold, said);
            for (Choice c : choices) {
                if (c.page().fold() == held) {
                    chosenOutOfFold.put(key(c.page()), c.pick(choice));
                }
            }
        }
        String oof = summary(pages, chosenOutOfFold);
        report("with the learned body choice, out of fold", pages, chosenOutOfFold);
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int f = fold;
            report("  fold " + fold, pages.stream().filter(p -> p.fold() == f).toList(), chosenOutOfFold);
        }
        Map<String, boolean[]> oracle = new HashMap<>(outOfFold);
        for (Choice c : choices) {
            boolean[] b = c.model();
            double f = c.fModel();
            for (int k = 0; k < c.others().size(); k++) {
                if (c.fOther()[k] > f) {
                    f = c.fOther()[k];
                    b = c.others().get(k);
                }
            }
            oracle.put(key(c.page()), BlockModel.dropRepeats(c.page().page(), b));
        }
        report("the best of the bodies on each page (not a figure)", pages, oracle);
        if (System.getenv("LEARN_DUMP") != null) {
            dump(Path.of(System.getenv("LEARN_DUMP")), pages, chosenOutOfFold, probabilities);
        }
        if (System.getenv("LEARN_DEBUG") != null) {
            Map<String, boolean[]> best = new HashMap<>(oracle);
            for (int i = 0; i < items.size(); i++) {
                PageData p = pages.get(i);
                if (!p.modelled()) {
                    continue;
                }
                int bk = 0;
                for (int k = 1; k < policies.size(); k++) {
                    if (scores[k][i] > scores[bk][i]) {
                        bk = k;
                    }
                }
                boolean[] kp = decide(p, probabilities.get(key(p)), policies.get(bk));
                if (scores[bk][i] > f1(p, best.get(key(p)))) {
                    best.put(key(p), kp);
                }
            }
            report("the best of every policy's body and the cascade's on each page (not a figure)", pages, best);
        }

        TwoStageModel.Policy chosen = Learning.best(items, policies, scores, 0);
        System.out.printf(Locale.ROOT, "policy shipped (chosen on all folds' out-of-fold probabilities): add %.2f, drop %.2f%n",
                chosen.add(), chosen.drop());
        StringBuilder choiceSaid = new StringBuilder();
        BodyChoice choice = chooseAndFit(choices, choiceSaid);
        System.out.println("body choice shipped (chosen on all folds): " + choiceSaid);
        BlockModel all = new BlockModel(fit(pages).model().with(chosen), choice);
        Map<String, boolean[]> inSample = new HashMap<>();
        pages.forEach(p -> inSample.put(p.set() + "/" + p.id(), p.modelled() ? all.keep(p.page()) : p.page().ruleKept()));
        report("classifier fitted on all five folds, on its own pages (not a figure)", pages, inSample);

        if (args.length >= 2) {
            StringBuilder out = new StringBuilder();
            out.append("# The HTML extractor's block classifier (BlockModel): two forests of boosted trees over BlockFeatures,\n");
            out.append("# the second reading the first's probabilities for each block and its neighbours, and the policy by\n");
            out.append("# which they overrule the rule cascade (add a block from probability 'add', drop one under 'drop').\n");
            out.append("# Written by BlockLearner; never edited by hand.\n");
            out.append("# source: learned on the development pages of the Zyte article-extraction benchmark (88 news pages)\n");
            out.append("# and of WCXB (711 article pages), ../shared/corpus, labels from their gold article bodies;\n");
            out.append("# command: mvn -B -o -pl core -P learn-blocks -DskipTests package\n");
            out.append("# out-of-fold body F1 (folds.tsv; forests fitted on four folds, policy and body choice (body-choice.tsv)\n");
            out.append("# chosen on them, scored on the fifth):\n");
            out.append("# ").append(oof).append("\n");
            out.append(all.model().lines());
            Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
            System.out.println("wrote " + args[1]);
            Path choiceFile = Path.of(args[1]).resolveSibling("body-choice.tsv");
            StringBuilder c = new StringBuilder();
            c.append("# The HTML extractor's page-level choice of a body (BodyChoice): a forest of boosted trees over the\n");
            c.append("# page-level features of the block classifier's body and another (the rule cascade's, or the classifier's\n");
            c.append("# under a bolder or warier policy), giving the probability that the other is the better; the likeliest\n");
            c.append("# other body is kept from probability 'switch'. Written by BlockLearner with block-model.tsv; never\n");
            c.append("# edited by hand.\n");
            c.append("# source: learned on the development pages of the Zyte article-extraction benchmark and of WCXB,\n");
            c.append("# ../shared/corpus, from the classifier's out-of-fold bodies and the body F1 of each against the gold body;\n");
            c.append("# command: mvn -B -o -pl core -P learn-blocks -DskipTests package\n");
            c.append("# settings and threshold chosen by five-fold cross-validation on the pages: ").append(choiceSaid).append("\n");
            c.append("# out-of-fold body F1 with the choice (folds.tsv; fitted on four folds, scored on the fifth):\n");
            c.append("# ").append(oof).append("\n");
            c.append(choice.lines());
            Files.writeString(choiceFile, c.toString(), StandardCharsets.UTF_8);
            System.out.println("wrote " + choiceFile);
        }
    }

    private static boolean[] decide(PageData p, double[] probabilities, TwoStageModel.Policy policy) {
        return p.modelled() ? BlockModel.keep(p.page(), probabilities, policy, null) : p.page().ruleKept();
    }

    private static String key(PageData p) {
        return p.set() + "/" + p.id();
    }

    /**
     * A page's bodies for the page-level choice: the classifier's and the others (see {@link BodyChoice#KINDS}),
     * before a repeated passage is said once, each pair's features, and the body F1 of each.
     */
    record Choice(PageData page, boolean[] model, List<boolean[]> others, double[][] x, double fModel, double[] fOther) {
        boolean[] pick(BodyChoice choice) {
            return BlockModel.dropRepeats(page.page(), choice.choose(page.page(), model, others));
        }

        boolean differ(int k) {
            return !java.util.Arrays.equals(model, others.get(k));
        }

        double weight() {
            return page.set().equals("zyte") ? ZYTE_WEIGHT : 1;
        }

        /** The gain in F1 over the classifier's body of the body picked at each threshold, weighted as the page. */
        void gains(BodyChoice choice, double[] thresholds, double[] gain) {
            double[] p = new double[others.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = differ(k) ? choice.forest().probability(x[k]) : -1;
            }
            for (int t = 0; t < thresholds.length; t++) {
                int best = BodyChoice.likeliest(p, thresholds[t]);
                gain[t] += best < 0 ? 0 : (fOther[best] - fModel) * weight();
            }
        }
    }

    /** Every modelled page's bodies, the classifier's from its out-of-fold probabilities under its fold's policy. */
    private static List<Choice> choices(List<PageData> pages, Map<String, double[]> probabilities,
                                        Map<Integer, TwoStageModel.Policy> policies) {
        List<Choice> out = new ArrayList<>();
        for (PageData p : pages) {
            if (!p.modelled()) {
                continue;
            }
            double[] prob = probabilities.get(key(p));
            TwoStageModel.Policy policy = policies.get(p.fold());
            boolean[] model = BlockModel.classified(p.page(), prob, policy);
            List<boolean[]> others = BodyChoice.others(p.page(), prob, policy);
            double[][] x = new double[others.size()][];
            double[] f = new double[others.size()];
            boolean fallsBack = BodyChoice.fallsBack(p.page(), model);
            for (int k = 0; k < x.length; k++) {
                x[k] = BodyChoice.features(p.page(), model, others.get(k), k, fallsBack);
                f[k] = f1(p, BlockModel.dropRepeats(p.page(), others.get(k)));
            }
            out.add(new Choice(p, model, others, x, f1(p, BlockModel.dropRepeats(p.page(), model)), f));
        }
        return out;
    }

    /**
     * The forest of the body choice: a row a page and other body that differ from the classifier's in F1,
     * labelled whether the other is the better, weighing the difference (times the set's weight), weights
     * scaled to a mean of one.
     */
    private static Trees.Forest fitChoice(List<Choice> choices, Trees.Settings s) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        double sum = 0;
        for (Choice c : choices) {
            for (int k = 0; k < c.others().size(); k++) {
                double d = c.fOther()[k] - c.fModel();
                if (c.differ(k) && d != 0) {
                    x.add(c.x()[k]);
                    y.add(d > 0);
                    w.add(Math.abs(d) * c.weight());
                    sum += Math.abs(d) * c.weight();
                }
            }
        }
        boolean[] yy = new boolean[y.size()];
        double[] ww = new double[w.size()];
        for (int i = 0; i < yy.length; i++) {
            yy[i] = y.get(i);
            ww[i] = w.get(i) * yy.length / sum;
        }
        return Trees.fit(x.toArray(double[][]::new), yy, ww, s);
    }

    /** The body choice's settings tried: depth 1 to 3, 20 to 100 rounds, simplest first. */
    private static List<Trees.Settings> choiceGrid() {
        List<Trees.Settings> out = new ArrayList<>();
        for (int depth : new int[] {1, 2, 3}) {
            for (int rounds : new int[] {20, 50, 100}) {
                out.add(new Trees.Settings(rounds, depth, 0.1, 1.0, 2.0, 0.5, SETTINGS.seed()));
            }
        }
        return out;
    }

    /** The thresholds tried, warier last. */
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * The body choice with the most gain over the classifier's bodies (page F1 times the set's weight) when
     * each of these pages' folds is decided by a choice fitted on the others: its settings and threshold, the
     * first of equals; fitted on all these pages.
     */
    private static BodyChoice chooseAndFit(List<Choice> choices, StringBuilder said) {
        Trees.Settings best = null;
        double bestThreshold = 0;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (Trees.Settings s : choiceGrid()) {
            double[] gain = new double[THRESHOLDS.length];
            for (int fold = 1; fold <= Learning.FOLDS; fold++) {
                int held = fold;
                List<Choice> test = choices.stream().filter(c -> c.page().fold() == held).toList();
                if (test.isEmpty()) {
                    continue;
                }
                BodyChoice choice = new BodyChoice(fitChoice(choices.stream().filter(c -> c.page().fold() != held).toList(), s), 1);
                for (Choice c : test) {
                    c.gains(choice, THRESHOLDS, gain);
                }
            }
            for (int t = 0; t < THRESHOLDS.length; t++) {
                if (gain[t] > bestGain + 1e-9) {
                    bestGain = gain[t];
                    best = s;
                    bestThreshold = THRESHOLDS[t];
                }
            }
        }
        said.append(String.format(Locale.ROOT, "depth %d, %d rounds, switch from %.2f (gain %.3f)", best.depth(),
                best.rounds(), bestThreshold, bestGain));
        return new BodyChoice(fitChoice(choices, best), bestThreshold);
    }

    /** For study: the JSON-LD articleBody alone against the gold bodies, on the pages that state one. */
    private static void statedBodies(List<PageData> pages, Map<String, boolean[]> keep) {
        for (String set : SETS) {
            Map<String, String> gold = new LinkedHashMap<>();
            Map<String, String> stated = new HashMap<>();
            Map<String, String> got = new HashMap<>();
            Map<String, String> better = new HashMap<>();
            int wins = 0;
            for (PageData p : pages) {
                if (p.set().equals(set) && p.stated() != null) {
                    gold.put(p.id(), p.gold());
                    stated.put(p.id(), p.stated());
                    got.put(p.id(), body(p, keep.get(key(p))));
                    boolean win = f1(p, p.stated()) > f1(p, keep.get(key(p)));
                    wins += win ? 1 : 0;
                    better.put(p.id(), win ? p.stated() : got.get(p.id()));
                }
            }
            Scores.PRF b = Scores.body(gold, better);
            System.out.printf(Locale.ROOT, "%s: the stated body is the better on %d pages; the better of the two on each "
                    + "page P %.4f R %.4f F1 %.4f%n", set, wins, b.precision(), b.recall(), b.f1());
            Scores.PRF s = Scores.body(gold, stated);
            Scores.PRF c = Scores.body(gold, got);
            System.out.printf(Locale.ROOT, "%s: %d pages state an articleBody of 200 characters or more; on them the "
                    + "stated body alone P %.3f R %.3f F1 %.3f, the extractor out of fold P %.3f R %.3f F1 %.3f%n",
                    set, gold.size(), s.precision(), s.recall(), s.f1(), c.precision(), c.recall(), c.f1());
        }
    }

    private static String body(PageData p, boolean[] keep) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                body.append(p.texts()[i]).append("\n\n");
            }
        }
        return body.toString();
    }

    /** Both stages fitted on the pages, the second on the first's in-sample probabilities. */
    static BlockModel fit(List<PageData> pages) {
        List<double[][]> x = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        int rows = 0;
        for (PageData p : pages) {
            if (p.modelled()) {
                x.add(p.page().x());
                groups.add(p.page().group());
                rows += p.page().size();
            }
        }
        boolean[] y = new boolean[rows];
        double[] w = new double[rows];
        int at = 0;
        for (PageData p : pages) {
            if (p.modelled()) {
                System.arraycopy(p.label(), 0, y, at, p.page().size());
                System.arraycopy(p.weight(), 0, w, at, p.page().size());
                at += p.page().size();
            }
        }
        return new BlockModel(TwoStageModel.fit(BlockFeatures.NAMES, x, groups, y, w, SETTINGS, new TwoStageModel.Policy(0.5, 0.5)));
    }

    /** For tuning: the pages where the classifier and the cascade differ most, with the blocks that differ. */
    private static void differences(List<PageData> pages, Map<String, boolean[]> rules, Map<String, boolean[]> model) {
        record Diff(PageData page, double delta) {
        }
        List<Diff> diffs = new ArrayList<>();
        for (PageData p : pages) {
            String k = p.set() + "/" + p.id();
            diffs.add(new Diff(p, f1(p, model.get(k)) - f1(p, rules.get(k))));
        }
        diffs.sort(java.util.Comparator.comparingDouble(Diff::delta));
        for (Diff d : diffs.subList(0, 12)) {
            PageData p = d.page();
            boolean[] r = rules.get(p.set() + "/" + p.id());
            boolean[] m = model.get(p.set() + "/" + p.id());
            System.out.printf(Locale.ROOT, "%s/%s %+.3f%n", p.set(), p.id(), d.delta());
            int shown = 0;
            for (int i = 0; i < r.length && shown < 8; i++) {
                if (r[i] != m[i]) {
                    shown++;
                    String t = p.texts()[i];
                    System.out.printf(Locale.ROOT, "   rule %s model %s gold %s: %s%n", r[i] ? "keep" : "drop",
                            m[i] ? "keep" : "drop", p.label()[i] ? "in" : "out", t.substring(0, Math.min(100, t.length())));
                }
            }
        }
    }

    /** For studying the errors: each page's out-of-fold figures and each block's decisions (see the class comment). */
    private static void dump(Path file, List<PageData> pages, Map<String, boolean[]> keep, Map<String, double[]> prob)
            throws IOException {
        StringBuilder out = new StringBuilder();
        for (PageData p : pages) {
            String k = p.set() + "/" + p.id();
            boolean[] kept = keep.get(k);
            Scores.PRF s = Scores.body(Map.of(p.id(), p.gold()), Map.of(p.id(), body(p, kept)));
            out.append(String.format(Locale.ROOT, "PAGE\t%s\t%d\t%.3f\t%.3f\t%b%n", k, p.fold(), s.precision(),
                    s.recall(), p.modelled()));
            double[] pr = prob.get(k);
            for (int i = 0; i < kept.length; i++) {
                String t = p.texts()[i];
                out.append(String.format(Locale.ROOT, "B\t%d\t%s\t%s\t%s\t%.3f\t%d\t%s\t%s%n", i,
                        p.label()[i] ? "in" : "out", p.page().ruleKept()[i] ? "rk" : "rd", kept[i] ? "K" : "D",
                        pr == null ? -1 : pr[i], p.page().letters()[i], p.markup()[i],
                        t.substring(0, Math.min(160, t.length())).replaceAll("\\s", " ")));
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /** The block's tag, id and class and those of three elements above it, and the cascade's reason to drop it. */
    private static String markup(Block b) {
        StringBuilder d = new StringBuilder();
        Element e = b.element;
        for (int up = 0; up < 4 && e != null; up++, e = e.parent()) {
            String names = (e.id() + "." + e.className()).replaceAll("\\s", " ");
            d.append(e.normalName()).append('[').append(names, 0, Math.min(40, names.length())).append("] ");
        }
        return d + (b.ruleReason == null ? "" : "{" + b.ruleReason + "}");
    }

    private static double f1(PageData p, boolean[] keep) {
        return f1(p, body(p, keep));
    }

    private static double f1(PageData p, String body) {
        return Scores.body(Map.of(p.id(), p.gold()), Map.of(p.id(), body)).f1();
    }

    private static void report(String what, List<PageData> pages, Map<String, boolean[]> keep) {
        System.out.println(what + ": " + summary(pages, keep));
    }

    private static String summary(List<PageData> pages, Map<String, boolean[]> keep) {
        StringBuilder out = new StringBuilder();
        for (String set : SETS) {
            Map<String, String> gold = new LinkedHashMap<>();
            Map<String, String> got = new HashMap<>();
            for (PageData p : pages) {
                if (!p.set().equals(set)) {
                    continue;
                }
                gold.put(p.id(), p.gold());
                got.put(p.id(), body(p, keep.get(set + "/" + p.id())));
            }
            Scores.PRF s = Scores.body(gold, got);
            out.append(String.format(Locale.ROOT, "%s %d pages P %.4f R %.4f F1 %.4f; ", set, s.pages(), s.precision(),
                    s.recall(), s.f1()));
        }
        return out.toString().strip();
    }

    private static List<PageData> read(Path dir, String set, Map<String, Integer> folds) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<PageData> out = new ArrayList<>();
        TextDecoder decoder = new TextDecoder();
        HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            Integer fold = folds.get(set + "/" + id);
            if (fold == null) {
                throw new IllegalArgumentException("no fold for " + set + "/" + id);
            }
            String gold = e.getValue().path("articleBody").asText("");
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            TextDecoder.Decoded decoded = decoder.decode(new RawDocument(id, bytes, MediaType.HTML, null,
                    DocumentHints.NONE));
            if (decoded.text() == null) {
                continue;
            }
            Document doc = Jsoup.parse(decoded.text());
            PageMetadata meta = metadata.extract(doc);
            HtmlBodyExtractor.Cascade c = HtmlBodyExtractor.cascade(doc, meta);
            BlockFeatures.Page page = BlockFeatures.page(c.blocks(), meta.title(), c.witnessed());
            out.add(label(set, id, fold, page, c, gold, Witness.text(doc, meta.articleBody())));
        }
        return out;
    }

    private static PageData label(String set, String id, int fold, BlockFeatures.Page page,
                                  HtmlBodyExtractor.Cascade c, String gold, String stated) {
        String[] texts = new String[page.size()];
        String[] markup = new String[page.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = c.blocks().get(i).text;
            markup[i] = markup(c.blocks().get(i));
        }
        Learning.Labels l = Learning.labels(List.of(texts), gold, set.equals("zyte") ? ZYTE_WEIGHT : 1);
        return new PageData(set, id, fold, page, l.label(), l.weight(), texts, c.container() != null, gold, markup,
                stated);
    }
}
