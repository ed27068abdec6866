package dev.dyad.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.EventCoder;
import dev.dyad.events.EventModel;
import dev.dyad.events.Triggers;
import dev.dyad.geo.Gazetteer;
import dev.dyad.json.Records;
import dev.dyad.model.Actor;
import dev.dyad.model.Event;
import dev.dyad.model.ParsedArticle;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the event coder's model and measures it out of fold: {@code ./dyad-train events}. The gold is
 * the PLOVER hand-coded sentences (folds of the corpus's {@code folds.tsv}), the annotated real articles
 * of the golden tests (folds by a fixed hash of their id) and the synthetic sentences under
 * {@code training/events/synthetic} (always training data, never scored). Five-fold cross-validation on
 * the real gold is the headline: a fold's items never train the model that scores them. The shipped
 * model is then trained on everything. Seeded: the same corpus gives the same weights and figures.
 */
public final class EventTraining {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    public static final int FOLDS = 5;
    /** How much a synthetic sentence's candidates count against a real one's. */
    public static final double SYNTHETIC_WEIGHT = 0.5;

    /** One gold item: its set, fold (0 for training-only items), gold events, and its parse and actors. */
    public record Item(String id, String set, int fold, List<JsonNode> gold, boolean sentenceGold, ParsedArticle parsed,
                       List<Actor> actors) {
    }

    /** Out-of-fold figures: PLOVER sentences as score.py's {@code sentences} counts them, articles as its {@code events}. */
    public record Figures(EventScores.SentenceScore sentences, int typeFound, int typeTotal, int coreFound, int core,
                          int matched, int predicted, int modalityRight) {
        public double articleRecall() {
            return core == 0 ? 0 : (double) coreFound / core;
        }

        public double articlePrecision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }
    }

    /** Where the corpora are. */
    public record Sources(Path corpus, Path articles, Path synthetic, Path cache) {
        public static Sources standard(Path repository) {
            return new Sources(repository.resolve("../shared/corpus").normalize(),
                    repository.resolve("core/src/test/resources/golden/zyte"), repository.resolve("training/events/synthetic"),
                    repository.resolve("target/event-training/parses.jsonl.gz"));
        }
    }

    private final Triggers triggers;
    private final Lexicon lexicon;
    private final EventModel.Settings settings;
    private final double syntheticWeight;
    /** Prefixes of features left out of training (for measuring what each kind of evidence carries). */
    private List<String> without = List.of();

    public EventTraining(Triggers triggers, Lexicon lexicon, EventModel.Settings settings, double syntheticWeight) {
        this.triggers = triggers;
        this.lexicon = lexicon;
        this.settings = settings;
        this.syntheticWeight = syntheticWeight;
    }

    // ------------------------------------------------------------------ the gold

    /** The fold of an item that the corpus's fold table does not list: a fixed hash of its id. */
    public static int hashFold(String id) {
        byte[] h = sha256(id.getBytes(StandardCharsets.UTF_8));
        int v = ((h[0] & 0xff) << 8) | (h[1] & 0xff);
        return v % FOLDS + 1;
    }

    /** The text to parse for each item, by key, and the gold without parses; {@code parse} fills the parses in. */
    public record Pending(String id, String set, int fold, List<JsonNode> gold, boolean sentenceGold, String key,
                           String jsonl, Path file) {
    }

    public static List<Item> load(Sources src, Function<List<Pending>, Map<String, Parse>> parser) throws IOException {
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> folds = new HashMap<>();
        Path foldFile = src.corpus().resolve("folds.tsv");
        if (Files.exists(foldFile)) {
            for (String line : Files.readAllLines(foldFile)) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3 && f[0].equals("plover-gsr")) {
                    folds.put(f[1], Integer.parseInt(f[2].strip()));
                }
            }
        }
        Path gsr = src.corpus().resolve("plover-gsr/sentences.jsonl");
        if (Files.exists(gsr)) {
            for (String line : Files.readAllLines(gsr)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String id = n.path("id").asText();
                Integer fold = folds.get(id);
                if (fold == null) {
                    throw new IllegalArgumentException(gsr + ": " + id + " has no fold in " + foldFile);
                }
                pending.add(new Pending(id, "plover-gsr", fold, list(n.path("events")), true, key(line), docLine(n), null));
            }
        }
        if (Files.isDirectory(src.articles())) {
            try (Stream<Path> files = Files.list(src.articles())) {
                for (Path g : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                    String id = g.getFileName().toString().replace(".gold.json", "");
                    Path txt = g.resolveSibling(id + ".txt");
                    JsonNode gold = JSON.readTree(g.toFile());
                    if (!Files.exists(txt) || !gold.has("events")) {
                        continue;
                    }
                    pending.add(new Pending(id, "articles", hashFold(id), list(gold.path("events")), false,
                            key(Files.readString(txt)), null, txt));
                }
            }
        }
        if (Files.isDirectory(src.synthetic())) {
            try (Stream<Path> files = Files.list(src.synthetic())) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                    int n = 0;
                    for (String line : Files.readAllLines(f)) {
                        n++;
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode node;
                        try {
                            node = JSON.readTree(line);
                        } catch (IOException e) {
                            throw new IllegalArgumentException(f + ":" + n + ": not JSON", e);
                        }
                        checkSynthetic(f + ":" + n, node);
                        pending.add(new Pending(node.path("id").asText(), "synthetic", 0, list(node.path("events")), true,
                                key(line), docLine(node), null));
                    }
                }
            }
        }
        Map<String, Parse> parses = parser.apply(pending);
        List<Item> items = new ArrayList<>();
        for (Pending p : pending) {
            Parse r = parses.get(p.key());
            if (r == null || r.parsed() == null) {
                continue; // rejected by the pipeline (not English, empty): nothing to learn from
            }
            items.add(new Item(p.id(), p.set(), p.fold(), p.gold(), p.sentenceGold(), r.parsed(), r.actors()));
        }
        return items;
    }

    private static void checkSynthetic(String where, JsonNode n) {
        if (!n.hasNonNull("id") || !n.hasNonNull("text") || !n.path("events").isArray()) {
            throw new IllegalArgumentException(where + ": a synthetic item needs id, text and events");
        }
        for (JsonNode e : n.path("events")) {
            if (!Event.TYPES.contains(e.path("event").asText())) {
                throw new IllegalArgumentException(where + ": not a PLOVER type: " + e.path("event").asText());
            }
            if (e.hasNonNull("modality") && !Event.MODALITIES.contains(e.path("modality").asText())) {
                throw new IllegalArgumentException(where + ": not a modality: " + e.path("modality").asText());
            }
        }
    }

    private static String docLine(JsonNode n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", n.path("id").asText());
        o.put("text", n.path("text").asText());
        if (n.hasNonNull("published")) {
            o.put("published", n.path("published").asText());
        }
        return o.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String key(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // ------------------------------------------------------------------ parses, cached

    /** An item's parse and actors. */
    public record Parse(ParsedArticle parsed, List<Actor> actors) {
    }

    /**
     * Parses what the cache file does not hold (by the key of each item's text and the parser's
     * signature), then writes the cache back: a corpus is parsed once, and new items alone later. The cache
     * holds parses only; actors are resolved from them on every run.
     */
    public static Function<List<Pending>, Map<String, Parse>> cachedParser(Path cache, String signature,
                                                                          dev.dyad.pipeline.Pipeline pipeline, PrintStream log) {
        return pending -> {
            try {
                Map<String, Parse> known = new LinkedHashMap<>();
                if (Files.exists(cache)) {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(cache)),
                            StandardCharsets.UTF_8))) {
                        String first = r.readLine();
                        if (first != null && first.equals(signature)) {
                            String line;
                            while ((line = r.readLine()) != null) {
                                JsonNode n = JSON.readTree(line);
                                // the actors are resolved again by the code at hand: a cache written by an
                                // earlier actors stage would train and score the model on stale parties
                                ParsedArticle parsed = n.path("parsed").isNull() ? null
                                        : JSON.treeToValue(n.get("parsed"), ParsedArticle.class);
                                known.put(n.path("key").asText(), parsed == null ? new Parse(null, List.of())
                                        : new Parse(parsed, pipeline.actors(parsed)));
                            }
                        }
                    }
                }
                List<Pending> missing = pending.stream().filter(p -> !known.containsKey(p.key())).toList();
                if (!missing.isEmpty()) {
                    log.printf(Locale.ROOT, "parsing %d items (%d cached)%n", missing.size(), known.size());
                    Files.createDirectories(cache.toAbsolutePath().getParent());
                    Path lines = cache.resolveSibling("to-parse.jsonl");
                    List<String> inputs = new ArrayList<>();
                    Map<String, String> keyBySource = new HashMap<>();
                    StringBuilder sb = new StringBuilder();
                    for (Pending p : missing) {
                        if (p.file() != null) {
                            inputs.add(p.file().toString());
                            keyBySource.put(Scores.keyOf(p.file().toString()), p.key());
                        } else {
                            sb.append(p.jsonl()).append('\n');
                            keyBySource.put(Scores.keyOf(p.id()), p.key());
                        }
                    }
                    if (sb.length() > 0) {
                        Files.writeString(lines, sb.toString());
                        inputs.add(lines.toString());
                    }
                    int[] done = {0};
                    new dev.dyad.pipeline.PipelineBatch(pipeline, 2).run(inputs, new ByteArrayInputStream(new byte[0]), r -> {
                        String k = keyBySource.get(Scores.keyOf(r.source()));
                        if (k != null) {
                            known.put(k, new Parse(r.parsed(), r.actors()));
                        }
                        if (++done[0] % 500 == 0) {
                            log.printf(Locale.ROOT, "  %d parsed%n", done[0]);
                        }
                    });
                    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(cache)),
                            StandardCharsets.UTF_8))) {
                        w.write(signature);
                        w.write('\n');
                        for (Map.Entry<String, Parse> e : known.entrySet()) {
                            ObjectNode o = JSON.createObjectNode();
                            o.put("key", e.getKey());
                            o.set("parsed", JSON.valueToTree(e.getValue().parsed()));
                            w.write(o.toString());
                            w.write('\n');
                        }
                    }
                }
                return known;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /** Parses every item, no cache (the build's gate: a few hundred items). */
    public static Function<List<Pending>, Map<String, Parse>> directParser(dev.dyad.pipeline.Pipeline pipeline) {
        return pending -> {
            try {
                Path dir = Files.createTempDirectory("event-gold");
                try {
                    return cachedParser(dir.resolve("parses.jsonl.gz"), "direct", pipeline, new PrintStream(OutputStream.nullOutputStream()))
                            .apply(pending);
                } finally {
                    try (Stream<Path> s = Files.list(dir)) {
                        for (Path p : s.toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    // ------------------------------------------------------------------ training and measuring

    /**
     * The label of a candidate: the type of the gold event it stands for, else NONE. Where the gold names
     * its trigger word (the synthetic sentences), the candidate of that word stands for it, and so does
     * another word of the sentence the rules give the gold's type ("bombed a school, killing 11
     * children"); elsewhere the candidate in the gold's sentence whose parties fit the gold's, or whose
     * proposed type is the gold's (the type is right even where the actors were resolved wrong: that is
     * no fault of the decision). Parties never label a candidate of a named trigger: "called on member
     * states to boycott Israeli goods", coded PROTEST at "boycott", would otherwise make "called" a
     * PROTEST wherever the actors stage resolves the member states, and the labels, and the model, would
     * follow the actors stage.
     */
    static String label(EventCoder.Candidate c, Item item) {
        ObjectNode ev = Records.event(c.event());
        String sentence = Scores.norm(c.event().evidence().sentence());
        String trigger = c.event().evidence().trigger().toLowerCase(Locale.ROOT);
        String best = null;
        for (JsonNode g : item.gold()) {
            String type = g.path("event").asText();
            if (g.hasNonNull("evidence") && !item.sentenceGold()) {
                String want = Scores.norm(g.path("evidence").asText());
                if (!want.isEmpty() && !sentence.contains(want) && !want.contains(sentence)) {
                    continue;
                }
            }
            ev.put("event", type);
            boolean fits = type.equals(c.proposed());
            if (g.hasNonNull("trigger")) {
                String t = g.path("trigger").asText().toLowerCase(Locale.ROOT);
                fits |= List.of(t.split("\\s+")).contains(trigger);
            } else {
                fits |= EventScores.matches(g, ev);
            }
            if (fits && (best == null || type.equals(c.proposed()))) {
                best = type;
            }
        }
        return best == null ? EventModel.NONE : best;
    }

    /** A model fit on the given items. */
    public EventModel train(String name, List<Item> items) {
        EventCoder coder = new EventCoder(triggers, lexicon, Gazetteer.builtIn(), null);
        List<List<String>> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        List<String> d = new ArrayList<>();
        for (Item it : items) {
            for (EventCoder.Candidate c : coder.candidates(it.parsed(), it.actors())) {
                x.add(without.isEmpty() ? c.features()
                        : c.features().stream().filter(f -> without.stream().noneMatch(f::startsWith)).toList());
                y.add(label(c, it));
                w.add(it.set().equals("synthetic") ? syntheticWeight : 1.0);
                d.add(it.set().equals("synthetic") ? EventModel.SYNTHETIC : EventModel.REAL);
            }
        }
        return EventModel.train(name, x, y, w, d, settings);
    }

    /** The events of each item as {@code dyad events} writes them, by {@code model} (null: the hand rules alone). */
    public Map<String, List<JsonNode>> code(EventModel model, List<Item> items) {
        EventCoder coder = new EventCoder(triggers, lexicon, Gazetteer.builtIn(), model);
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (Item it : items) {
            List<JsonNode> events = new ArrayList<>();
            for (Event e : coder.code(it.parsed(), it.actors())) {
                events.add(Records.event(e));
            }
            out.put(it.id(), events);
        }
        return out;
    }

    /** Scores predictions of the real items the way score.py does. */
    public static Figures score(List<Item> items, Map<String, List<JsonNode>> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int typeHits = 0;
        int typeTotal = 0;
        int core = 0;
        int found = 0;
        int matched = 0;
        int preds = 0;
        int modality = 0;
        for (Item it : items) {
            List<JsonNode> got = predicted.getOrDefault(it.id(), List.of());
            if (it.set().equals("plover-gsr")) {
                EventScores.SentenceScore s = EventScores.sentences(List.of(goldRow(it)), Map.of(Scores.keyOf(it.id()), got));
                tp += s.tp();
                fp += s.fp();
                fn += s.fn();
                for (JsonNode g : it.gold()) {
                    typeTotal++;
                    typeHits += got.stream().anyMatch(p -> p.path("event").asText().equals(g.path("event").asText())) ? 1 : 0;
                }
            } else if (it.set().equals("articles")) {
                com.fasterxml.jackson.databind.node.ArrayNode gold = JSON.createArrayNode();
                it.gold().forEach(gold::add);
                EventScores.ArticleScore a = EventScores.article(gold, got);
                if (report) {
                    a.report().forEach(line -> System.err.println("  " + it.id().substring(0, 8) + " " + line));
                }
                core += a.core();
                found += a.coreFound();
                matched += a.matchedPredictions();
                preds += a.predicted();
                modality += a.modalityRight();
            }
        }
        return new Figures(new EventScores.SentenceScore(tp, fp, fn), typeHits, typeTotal, found, core, matched, preds, modality);
    }

    private static JsonNode goldRow(Item it) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", it.id());
        com.fasterxml.jackson.databind.node.ArrayNode a = o.putArray("events");
        it.gold().forEach(a::add);
        return o;
    }

    /** Five-fold cross-validation: each fold's real items coded by a model fit on every other item, pooled. */
    public Map<String, List<JsonNode>> outOfFold(List<Item> items) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (int k = 1; k <= FOLDS; k++) {
            final int fold = k;
            List<Item> train = items.stream().filter(i -> i.fold() != fold).toList();
            List<Item> test = items.stream().filter(i -> i.fold() == fold).toList();
            out.putAll(code(train("fold-" + k, train), test));
        }
        return out;
    }

    public static String describe(String what, Figures f) {
        return String.format(Locale.ROOT, "%s: plover-gsr event+actors F1 %.3f (precision %.3f recall %.3f, type found %d/%d);"
                        + " articles core recall %d/%d = %.3f, precision %d/%d = %.3f, modality %d/%d",
                what, f.sentences().f1(), f.sentences().precision(), f.sentences().recall(), f.typeFound(), f.typeTotal(),
                f.coreFound(), f.core(), f.articleRecall(), f.matched(), f.predicted(), f.articlePrecision(),
                f.modalityRight(), f.coreFound());
    }

    // ------------------------------------------------------------------ the command

    /** Whether {@link #score} prints each annotated article's misses and unmatched events to standard error. */
    private static volatile boolean report;

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Sources src = Sources.standard(repo);
        Path out = repo.resolve("core/src/main/resources/dev/dyad/events/event-model.tsv.gz");
        boolean write = true;
        Path dumpTo = null;
        List<String> without = List.of();
        EventModel.Settings s = EventModel.Settings.standard();
        double synthetic = SYNTHETIC_WEIGHT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-write" -> write = false;
                case "--dump" -> dumpTo = Path.of(args[++i]);
                case "--report" -> report = true;
                case "--without" -> without = List.of(args[++i].split(","));
                case "--epochs" -> s = new EventModel.Settings(Integer.parseInt(args[++i]), s.l2(), s.rate(), s.seed(), s.minScore(), s.ruleDrop(), s.ruleTypeShare());
                case "--l2" -> s = new EventModel.Settings(s.epochs(), Double.parseDouble(args[++i]), s.rate(), s.seed(), s.minScore(), s.ruleDrop(), s.ruleTypeShare());
                case "--rate" -> s = new EventModel.Settings(s.epochs(), s.l2(), Double.parseDouble(args[++i]), s.seed(), s.minScore(), s.ruleDrop(), s.ruleTypeShare());
                case "--seed" -> s = new EventModel.Settings(s.epochs(), s.l2(), s.rate(), Long.parseLong(args[++i]), s.minScore(), s.ruleDrop(), s.ruleTypeShare());
                case "--min-score" -> s = new EventModel.Settings(s.epochs(), s.l2(), s.rate(), s.seed(), Double.parseDouble(args[++i]), s.ruleDrop(), s.ruleTypeShare());
                case "--rule-drop" -> s = new EventModel.Settings(s.epochs(), s.l2(), s.rate(), s.seed(), s.minScore(), Double.parseDouble(args[++i]), s.ruleTypeShare());
                case "--rule-type-share" -> s = new EventModel.Settings(s.epochs(), s.l2(), s.rate(), s.seed(), s.minScore(), s.ruleDrop(),
                        Double.parseDouble(args[++i]));
                case "--synthetic-weight" -> synthetic = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: dyad-train events [--no-write] [--dump FILE] [--report] [--without PREFIX,...] [--epochs N] [--l2 X] [--rate X] [--seed N]"
                            + " [--min-score X] [--rule-drop X] [--rule-type-share X]"
                            + " [--synthetic-weight X]");
                    System.exit(2);
                }
            }
        }
        PrintStream log = System.err;
        Triggers triggers = Triggers.builtIn();
        Lexicon lexicon = Lexicon.builtIn();
        log.println("loading the gold and the parses (CoreNLP loads only for items not in " + repo.relativize(src.cache()) + ")");
        dev.dyad.pipeline.Pipeline pipeline = new dev.dyad.pipeline.Pipeline(new dev.dyad.pipeline.ExtractionStage(),
                dev.dyad.nlp.CoreNlpParser::shared, lexicon, triggers);
        List<Item> items = load(src, cachedParser(src.cache(), "parses v1", pipeline, log));
        Map<String, Long> counts = new java.util.TreeMap<>();
        items.forEach(i -> counts.merge(i.set(), 1L, Long::sum));
        log.println("items " + counts);
        EventTraining t = new EventTraining(triggers, lexicon, s, synthetic);
        t.without = without;
        if (dumpTo != null) {
            try (PrintStream dump = new PrintStream(Files.newOutputStream(dumpTo), true, StandardCharsets.UTF_8)) {
                EventCoder coder = new EventCoder(triggers, lexicon, Gazetteer.builtIn(), null);
                for (Item it : items) {
                    for (EventCoder.Candidate c : coder.candidates(it.parsed(), it.actors())) {
                        dump.println(it.id() + "\t" + label(c, it) + "\t" + c.features());
                    }
                }
            }
        }
        List<Item> real = items.stream().filter(i -> i.fold() > 0).toList();
        long t0 = System.nanoTime();
        Figures rules = score(real, t.code(null, real));
        long t1 = System.nanoTime();
        Figures oof = score(real, t.outOfFold(items));
        String headline = describe("out of fold (5 folds)", oof);
        System.out.println(headline);
        System.out.println(describe("hand rules alone, same items", rules));
        EventModel model = t.train("dyad-events-" + key(counts.toString() + s), items);
        long t2 = System.nanoTime();
        Figures in = score(real, t.code(model, real));
        long t3 = System.nanoTime();
        log.printf(Locale.ROOT, "coding the %d real items from their parses: hand rules alone %d ms, candidates and model %d ms%n",
                real.size(), (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000);
        System.out.println(describe("in sample (the shipped model on its own training items; not a result)", in));
        if (write) {
            Files.createDirectories(out.getParent());
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
                model.write(o, List.of(
                        "dyad's learned event coder: weights of a multinomial logistic regression over candidate features",
                        "made by: ./dyad-train events" + (args.length == 0 ? "" : " " + String.join(" ", args)),
                        "source: PLOVER gold standard records (openeventdata/PLOVER, CC BY-SA 4.0) of ../shared/corpus/plover-gsr;"
                                + " the project's annotated articles (core/src/test/resources/golden/zyte);"
                                + " the project's synthetic sentences (training/events/synthetic)",
                        "items " + counts + "; settings " + s + ", synthetic weight " + synthetic,
                        headline));
            }
            System.out.println("wrote " + repo.relativize(out));
        }
    }
}
