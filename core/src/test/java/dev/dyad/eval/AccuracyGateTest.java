package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.extract.html.MetaLearner;
import dev.dyad.model.Article;
import dev.dyad.model.Extraction;
import dev.dyad.pipeline.ExtractBatch;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.OrderedParallel;
import dev.dyad.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's accuracy gate: scores extraction on the evaluation corpus beside the repository with
 * the reference scorer's metrics and holds each figure to its floor in {@code accuracy-floors.tsv}.
 * Skips, saying so, where the corpus is absent (the golden tests still run there).
 */
class AccuracyGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, Double> floors;
    private static Optional<Path> corpus;

    @BeforeAll
    static void load() throws IOException {
        floors = new HashMap<>();
        for (String line : Files.readAllLines(Corpus.repositoryRoot().resolve("accuracy-floors.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            floors.put(f[0].strip(), Double.parseDouble(f[1].strip()));
        }
        corpus = Corpus.root();
        if (corpus.isEmpty()) {
            System.out.println("accuracy gate: SKIPPED, no evaluation corpus at ../shared/corpus (set DYAD_CORPUS to run it)");
        }
    }

    /** Extractions of a folder, kept for the tests that score the same folder (WCXB's bodies and metadata). */
    private static final Map<Path, Map<String, Extraction>> EXTRACTED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, Extraction> extract(Path dir) {
        return EXTRACTED.computeIfAbsent(dir.toAbsolutePath().normalize(), AccuracyGateTest::extractAll);
    }

    private static Map<String, Extraction> extractAll(Path dir) {
        Map<String, Extraction> out = new LinkedHashMap<>();
        new ExtractBatch(new ExtractionStage(), OrderedParallel.defaultThreads())
                .run(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]),
                        e -> out.put(Scores.keyOf(e.source()), e));
        return out;
    }

    private static void holds(String metric, double value) {
        Double floor = floors.get(metric);
        assertTrue(floor != null, "no floor for " + metric + " in accuracy-floors.tsv");
        System.out.printf(Locale.ROOT, "accuracy gate: %s = %.3f (floor %.3f)%n", metric, value, floor);
        assertTrue(value + 1e-9 >= floor, String.format(Locale.ROOT, "%s fell to %.3f, below its floor %.3f",
                metric, value, floor));
    }

    private static Map<String, String> bodies(Map<String, Extraction> got) {
        Map<String, String> out = new HashMap<>();
        got.forEach((k, e) -> out.put(k, e.ok() ? e.article().body() : ""));
        return out;
    }

    private static Map<String, String> goldBodies(Path groundTruth) throws IOException {
        Map<String, String> gold = new LinkedHashMap<>();
        JSON.readTree(groundTruth.toFile()).fields().forEachRemaining(e -> gold.put(e.getKey(),
                e.getValue().path("articleBody").asText("")));
        return gold;
    }

    @Test
    void seedArticle() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path seed = corpus.get().resolve("seed");
        JsonNode gold = JSON.readTree(seed.resolve("000_33b13eb07131111b.gold.json").toFile()).get("article");
        Extraction e = extract(seed.resolve("000_33b13eb07131111b.txt")).values().iterator().next();
        assertTrue(e.ok(), () -> "seed rejected: " + e.rejection());
        Article a = e.article();
        Scores.Checks c = Scores.article(gold, a.title(), a.subtitle(), a.authors(), a.published(), a.body());
        System.out.println("accuracy gate: seed article checks " + c.passed() + "/" + c.total() + " failed " + c.failed());
        holds("seed.article.checks", c.passed());
    }

    @Test
    void zyteHtmlBody() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path zyte = corpus.get().resolve("zyte");
        Scores.PRF s = Scores.body(goldBodies(zyte.resolve("ground-truth.json")), bodies(extract(zyte.resolve("html"))));
        assertEquals(88, s.pages());
        holds("zyte.html.body.f1", s.f1());
    }

    @Test
    void wcxbHtmlBody() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path wcxb = corpus.get().resolve("wcxb");
        Scores.PRF s = Scores.body(goldBodies(wcxb.resolve("ground-truth.json")), bodies(extract(wcxb.resolve("html"))));
        assertEquals(711, s.pages());
        holds("wcxb.html.body.f1", s.f1());
    }

    @Test
    void zyteTextBody() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path zyte = corpus.get().resolve("zyte");
        Scores.PRF s = Scores.body(goldBodies(zyte.resolve("ground-truth.json")), bodies(extract(zyte.resolve("text"))));
        holds("zyte.text.body.f1", s.f1());
    }

    @Test
    void wcxbMetadata() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path wcxb = corpus.get().resolve("wcxb");
        Map<String, Scores.PageMeta> gold = new LinkedHashMap<>();
        JSON.readTree(wcxb.resolve("ground-truth.json").toFile()).fields().forEachRemaining(e -> gold.put(e.getKey(),
                new Scores.PageMeta(text(e.getValue(), "title"), text(e.getValue(), "author"),
                        text(e.getValue(), "publish_date"))));
        Map<String, Scores.PredictedMeta> got = new HashMap<>();
        extract(wcxb.resolve("html")).forEach((k, e) -> {
            if (e.ok()) {
                got.put(k, new Scores.PredictedMeta(e.article().title(), e.article().authors(), e.article().published()));
            }
        });
        Scores.Meta m = Scores.meta(gold, got);
        holds("wcxb.meta.title", m.title());
        holds("wcxb.meta.author", m.author());
        holds("wcxb.meta.date", m.date());
    }

    /**
     * The title and date choices out of fold, by the code of the {@code learn-meta} profile: the shipped
     * weights are fitted on WCXB's pages, so {@code wcxb.meta.title} and {@code wcxb.meta.date} above are
     * in-sample figures; here each fold's pages are chosen by weights fitted on the other four.
     */
    @Test
    void wcxbMetadataOutOfFold() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        for (MetaLearner.Figures f : MetaLearner.learn(corpus.get())) {
            System.out.println("accuracy gate: " + f.describe());
            holds("wcxb.meta." + f.field() + ".oof", f.outOfFoldShare());
        }
    }

    /**
     * The event coder out of fold, by the code of {@code ./dyad-train events}: the shipped model is trained on
     * the PLOVER sentences and the annotated articles, so its figure on them says nothing of text it has not
     * seen. Five-fold cross-validation does: each fold's items are coded by a model fit on the others (and on
     * the synthetic sentences), pooled, and scored as score.py scores them.
     */
    @Test
    void eventsOutOfFold() throws IOException {
        assumeTrue(corpus.isPresent(), "no evaluation corpus");
        Path root = Corpus.repositoryRoot();
        EventTraining.Sources src = EventTraining.Sources.standard(root);
        src = new EventTraining.Sources(corpus.get(), src.articles(), src.synthetic(), src.cache());
        List<EventTraining.Item> items = EventTraining.load(src, EventTraining.directParser(dev.dyad.testing.Pipelines.full()));
        EventTraining t = new EventTraining(dev.dyad.events.Triggers.builtIn(), dev.dyad.actors.Lexicon.builtIn(),
                dev.dyad.events.EventModel.Settings.standard(), EventTraining.SYNTHETIC_WEIGHT);
        List<EventTraining.Item> real = items.stream().filter(i -> i.fold() > 0).toList();
        assertEquals(163, real.stream().filter(i -> i.set().equals("plover-gsr")).count());
        EventTraining.Figures f = EventTraining.score(real, t.outOfFold(items));
        System.out.println("accuracy gate: " + EventTraining.describe("events out of fold", f));
        holds("plover.sentences.oof.f1", f.sentences().f1());
        holds("articles.events.oof.recall", f.articleRecall());
        holds("articles.events.oof.precision", f.articlePrecision());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
