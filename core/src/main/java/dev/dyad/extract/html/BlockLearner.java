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
 * five folds. A block's label is whether most of its word 4-grams (its whole words, when it has fewer
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
                    String[] texts, boolean modelled, String gold, String[] markup) {
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
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            TwoStageModel.Policy policy = Learning.best(items, policies, scores, fold);
            System.out.printf(Locale.ROOT, "fold %d: policy chosen on the other folds: add %.2f, drop %.2f%n", fold,
                    policy.add(), policy.drop());
            for (PageData p : pages) {
                if (p.fold() == fold) {
                    outOfFold.put(p.set() + "/" + p.id(), decide(p, probabilities.get(p.set() + "/" + p.id()), policy));
                }
            }
        }
        String oof = summary(pages, outOfFold);
        report("classifier, out of fold (fit on four folds, scored on the fifth)", pages, outOfFold);
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int f = fold;
            report("  fold " + fold, pages.stream().filter(p -> p.fold() == f).toList(), outOfFold);
        }
        if (System.getenv("LEARN_DEBUG") != null) {
            differences(pages, rules, outOfFold);
        }
        if (System.getenv("LEARN_DUMP") != null) {
            dump(Path.of(System.getenv("LEARN_DUMP")), pages, outOfFold, probabilities);
        }

        TwoStageModel.Policy chosen = Learning.best(items, policies, scores, 0);
        System.out.printf(Locale.ROOT, "policy shipped (chosen on all folds' out-of-fold probabilities): add %.2f, drop %.2f%n",
                chosen.add(), chosen.drop());
        BlockModel all = new BlockModel(fit(pages).model().with(chosen));
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
            out.append("# out-of-fold body F1 (folds.tsv; forests fitted on four folds, policy chosen on them, scored on the fifth):\n");
            out.append("# ").append(oof).append("\n");
            out.append(all.model().lines());
            Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
            System.out.println("wrote " + args[1]);
        }
    }

    private static boolean[] decide(PageData p, double[] probabilities, TwoStageModel.Policy policy) {
        return p.modelled() ? BlockModel.keep(p.page(), probabilities, policy) : p.page().ruleKept();
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
        return Scores.body(Map.of(p.id(), p.gold()), Map.of(p.id(), body(p, keep))).f1();
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
            out.append(String.format(Locale.ROOT, "%s %d pages P %.3f R %.3f F1 %.3f; ", set, s.pages(), s.precision(),
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
            out.add(label(set, id, fold, page, c, gold));
        }
        return out;
    }

    private static PageData label(String set, String id, int fold, BlockFeatures.Page page,
                                  HtmlBodyExtractor.Cascade c, String gold) {
        String[] texts = new String[page.size()];
        String[] markup = new String[page.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = c.blocks().get(i).text;
            markup[i] = markup(c.blocks().get(i));
        }
        Learning.Labels l = Learning.labels(List.of(texts), gold, set.equals("zyte") ? ZYTE_WEIGHT : 1);
        return new PageData(set, id, fold, page, l.label(), l.weight(), texts, c.container() != null, gold, markup);
    }
}
