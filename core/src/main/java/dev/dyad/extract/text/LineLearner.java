package dev.dyad.extract.text;

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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Learns the line classifier's weights ({@code line-model.tsv}) and prints its out-of-fold figures, as
 * {@code BlockLearner} does for HTML blocks. Its pages are the Zyte development pages as the benchmark
 * flattened them ({@code zyte/text}), and the WCXB development pages flattened here the same way (a line
 * break around block elements, a blank line around paragraphs, headings, lists and tables; scripts and
 * styles left out), so that the lines of many more sites are seen. Deterministic.
 *
 * <p>Usage: {@code LineLearner CORPUS [OUTPUT]}.
 */
public final class LineLearner {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The boosted trees' settings: rounds, depth, shrinkage, L2 on leaves, least leaf weight, sample, seed. */
    static final Trees.Settings SETTINGS = new Trees.Settings(
            Integer.getInteger("rounds", 80), Integer.getInteger("depth", 3),
            Double.parseDouble(System.getProperty("rate", "0.2")), 1.0, 0.2,
            Double.parseDouble(System.getProperty("sample", "0.5")), 18L);
    /** Weight of a page flattened by the benchmark against one flattened here. */
    static final double ZYTE_WEIGHT = Double.parseDouble(System.getProperty("zyteWeight", "4"));

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "iframe", "object", "embed", "select", "option", "textarea");
    private static final Set<String> PARAGRAPHS = Set.of("blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5",
            "h6", "ol", "p", "pre", "ul", "table");
    private static final Set<String> LINES = Set.of("article", "aside", "br", "dd", "details", "div", "dt",
            "fieldset", "figcaption", "footer", "form", "header", "hr", "legend", "li", "main", "nav", "tr",
            "section");

    /** One page: its fold, the reader's view after the rules, its lines' labels and weights, its gold body. */
    record PageData(String set, String id, int fold, PageReader reader, LineFeatures.Page page, boolean[] label,
                    double[] weight, String gold) {
    }

    private LineLearner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LineLearner CORPUS [OUTPUT]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Map<String, Integer> folds = Learning.folds(corpus.resolve("folds.tsv"));
        List<PageData> pages = new ArrayList<>();
        pages.addAll(read(corpus, "zyte", folds));
        pages.addAll(read(corpus, "wcxb", folds));
        System.out.printf(Locale.ROOT, "pages: %d, lines: %d%n", pages.size(),
                pages.stream().mapToInt(p -> p.page().size()).sum());
        Map<String, boolean[]> rules = new HashMap<>();
        pages.forEach(p -> rules.put(p.set() + "/" + p.id(), p.page().ruleKept()));
        System.out.println("rules (no fitting): " + summary(pages, rules));
        if (System.getenv("LEARN_DEBUG") != null) {
            Map<String, boolean[]> oracle = new HashMap<>();
            pages.forEach(p -> oracle.put(p.set() + "/" + p.id(), p.label()));
            System.out.println("labels (oracle): " + summary(pages, oracle));
        }
        Map<String, double[]> probabilities = new HashMap<>();
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            int held = fold;
            LineModel model = fit(pages.stream().filter(p -> p.fold() != held).toList());
            for (PageData p : pages) {
                if (p.fold() == held) {
                    probabilities.put(p.set() + "/" + p.id(), model.model().probabilities(p.page().x(), p.page().group()));
                }
            }
        }
        List<TwoStageModel.Policy> policies = Learning.policies();
        List<Learning.Item> items = new ArrayList<>();
        for (PageData p : pages) {
            items.add(new Learning.Item(p.set(), p.fold(), p.gold(), policy -> String.join("\n\n", p.reader().body(
                    LineModel.keep(p.page(), probabilities.get(p.set() + "/" + p.id()), policy)))));
        }
        // the seed is the project's fixed acceptance page: only policies under which the model fitted on every
        // page keeps its body checks are tried (the seed is in no fold, so this uses none of the folds' gold)
        LineModel full = fit(pages);
        Path seed = corpus.resolve("seed");
        List<TwoStageModel.Policy> allowed = new ArrayList<>();
        for (TwoStageModel.Policy policy : policies) {
            if (seedHolds(seed, full.model().with(policy))) {
                allowed.add(policy);
            }
        }
        System.out.printf(Locale.ROOT, "policies that keep the seed's body checks: %d of %d%n", allowed.size(),
                policies.size());
        policies = allowed;
        double[][] scores = Learning.pageScores(items, policies);
        Map<String, boolean[]> outOfFold = new HashMap<>();
        for (int fold = 1; fold <= Learning.FOLDS; fold++) {
            TwoStageModel.Policy policy = Learning.best(items, policies, scores, fold);
            System.out.printf(Locale.ROOT, "fold %d: policy chosen on the other folds: add %.2f, drop %.2f%n", fold,
                    policy.add(), policy.drop());
            for (PageData p : pages) {
                if (p.fold() == fold) {
                    outOfFold.put(p.set() + "/" + p.id(), LineModel.keep(p.page(),
                            probabilities.get(p.set() + "/" + p.id()), policy));
                }
            }
        }
        String oof = summary(pages, outOfFold);
        System.out.println("classifier, out of fold (fit on four folds, scored on the fifth): " + oof);
        TwoStageModel.Policy chosen = Learning.best(items, policies, scores, 0);
        System.out.printf(Locale.ROOT, "policy shipped (chosen on all folds' out-of-fold probabilities): add %.2f, drop %.2f%n",
                chosen.add(), chosen.drop());
        LineModel all = new LineModel(full.model().with(chosen));
        Map<String, boolean[]> inSample = new HashMap<>();
        pages.forEach(p -> inSample.put(p.set() + "/" + p.id(), all.keep(p.page())));
        System.out.println("classifier fitted on all five folds, on its own pages (not a figure): "
                + summary(pages, inSample));
        if (args.length == 2) {
            String out = "# The flattened-text extractor's line classifier (LineModel): two forests of boosted trees over\n"
                    + "# LineFeatures, the second reading the first's probabilities for each line and its neighbours, and the\n"
                    + "# policy by which they overrule the rules (add a line from probability 'add', drop one under 'drop').\n"
                    + "# Written by LineLearner; never edited by hand.\n"
                    + "# source: learned on the development pages of the Zyte article-extraction benchmark as it flattened\n"
                    + "# them (88 pages, zyte/text) and of WCXB flattened by LineLearner (711 pages), ../shared/corpus,\n"
                    + "# labels from their gold article bodies;\n"
                    + "# command: mvn -B -o -pl core -P learn-blocks -DskipTests package\n"
                    + "# out-of-fold body F1 (folds.tsv; forests fitted on four folds, policy chosen on them, scored on the fifth):\n"
                    + "# " + oof + "\n"
                    + all.model().lines();
            Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
            System.out.println("wrote " + args[1]);
        }
    }

    /** Whether every seed page flattened to text, read with this model, passes the body checks of its gold. */
    static boolean seedHolds(Path seed, TwoStageModel model) throws IOException {
        if (!Files.isDirectory(seed)) {
            return true;
        }
        List<Path> golds;
        try (var files = Files.list(seed)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString();
            Path text = seed.resolve(name.substring(0, name.length() - ".gold.json".length()) + ".txt");
            if (Files.exists(text) && !bodyHolds(text, JSON.readTree(goldFile.toFile()).path("article"), model)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bodyHolds(Path text, JsonNode gold, TwoStageModel model) throws IOException {
        PageReader.Reading r = new PageReader(Files.readString(text), Cues.standard()).read(new LineModel(model));
        String body = String.join(" ", String.join("\n\n", r.paragraphs()).split("\\s+"));
        boolean ok = !gold.has("body_first_sentence") || body.startsWith(gold.get("body_first_sentence").asText());
        ok &= !gold.has("body_last_sentence") || body.endsWith(gold.get("body_last_sentence").asText());
        for (JsonNode s : gold.path("body_must_contain")) {
            ok &= body.contains(s.asText());
        }
        for (JsonNode s : gold.path("body_must_not_contain")) {
            ok &= !body.contains(s.asText());
        }
        return ok;
    }

    static LineModel fit(List<PageData> pages) {
        List<double[][]> x = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        int rows = pages.stream().mapToInt(p -> p.page().size()).sum();
        boolean[] y = new boolean[rows];
        double[] w = new double[rows];
        int at = 0;
        for (PageData p : pages) {
            x.add(p.page().x());
            groups.add(p.page().group());
            System.arraycopy(p.label(), 0, y, at, p.page().size());
            System.arraycopy(p.weight(), 0, w, at, p.page().size());
            at += p.page().size();
        }
        return new LineModel(TwoStageModel.fit(LineFeatures.NAMES, x, groups, y, w, SETTINGS, new TwoStageModel.Policy(0.5, 0.5)));
    }

    private static String summary(List<PageData> pages, Map<String, boolean[]> keep) {
        StringBuilder out = new StringBuilder();
        for (String set : new String[] {"zyte", "wcxb"}) {
            Map<String, String> gold = new LinkedHashMap<>();
            Map<String, String> got = new HashMap<>();
            for (PageData p : pages) {
                if (p.set().equals(set)) {
                    gold.put(p.id(), p.gold());
                    got.put(p.id(), String.join("\n\n", p.reader().body(keep.get(set + "/" + p.id()))));
                }
            }
            Scores.PRF s = Scores.body(gold, got);
            out.append(String.format(Locale.ROOT, "%s %d pages P %.3f R %.3f F1 %.3f; ",
                    set.equals("zyte") ? "zyte/text" : "wcxb flattened", s.pages(), s.precision(), s.recall(), s.f1()));
        }
        return out.toString().strip();
    }

    private static List<PageData> read(Path corpus, String set, Map<String, Integer> folds) throws IOException {
        Path dir = corpus.resolve(set);
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<PageData> out = new ArrayList<>();
        TextDecoder decoder = new TextDecoder();
        Cues cues = Cues.standard();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            Integer fold = folds.get(set + "/" + id);
            if (fold == null) {
                throw new IllegalArgumentException("no fold for " + set + "/" + id);
            }
            String gold = e.getValue().path("articleBody").asText("");
            String text;
            if (set.equals("zyte")) {
                Path file = dir.resolve("text").resolve(id + ".txt");
                TextDecoder.Decoded d = decoder.decode(new RawDocument(id, Files.readAllBytes(file), MediaType.TEXT,
                        null, DocumentHints.NONE));
                text = d.text();
            } else {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                    bytes = in.readAllBytes();
                }
                TextDecoder.Decoded d = decoder.decode(new RawDocument(id, bytes, MediaType.HTML, null,
                        DocumentHints.NONE));
                text = d.text() == null ? null : flatten(Jsoup.parse(d.text()));
            }
            if (text == null) {
                continue;
            }
            PageReader reader = new PageReader(text, cues);
            reader.read(null);
            LineFeatures.Page page = reader.features();
            List<String> units = new ArrayList<>();
            for (int p = 0; p < page.size(); p++) {
                units.add(reader.lineText(p));
            }
            Learning.Labels l = Learning.labels(units, gold, set.equals("zyte") ? ZYTE_WEIGHT : 1);
            out.add(new PageData(set, id, fold, reader, page, l.label(), l.weight(), gold));
        }
        return out;
    }

    /** The page as plain text: its title, then its visible text with line breaks around blocks. */
    static String flatten(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.title().strip()).append("\n\n");
        Element root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && Character.isWhitespace(
                                t.getWholeText().charAt(0))) {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                            out.append(' ');
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    breakLine(out, e.normalName());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    breakLine(out, e.normalName());
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        StringBuilder clean = new StringBuilder();
        for (String line : out.toString().split("\n", -1)) {
            clean.append(line.strip()).append('\n');
        }
        return clean.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static void breakLine(StringBuilder out, String tag) {
        int want = PARAGRAPHS.contains(tag) ? 2 : LINES.contains(tag) ? 1 : 0;
        if (want == 0 || out.length() == 0) {
            return;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (int i = have; i < want; i++) {
            out.append('\n');
        }
    }
}
