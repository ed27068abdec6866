package dev.dyad.nlp;

import dev.dyad.ingest.Limits;
import dev.dyad.model.Article;
import dev.dyad.model.Dependency;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import dev.dyad.text.DataFile;
import dev.dyad.text.DateParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Stanford CoreNLP behind dyad's {@link Parser}: a lean configuration (three-class NER with SUTime and
 * the numeric classifiers, no fine-grained or regex NER pass: dyad's own lexicons do that work), the
 * left-to-right POS tagger and the neural dependency parser. No CoreNLP type leaves this class.
 *
 * <p>Title, subtitle and body are annotated as one text whose parts are separated by blank lines, so
 * that one call serves an article; {@code ssplit.newlineIsSentenceBreak=two} keeps every sentence inside
 * its paragraph. Thread-safe; build one per JVM with {@link #shared()}: the models take 10 to 20 seconds
 * and some 2 GB of heap to load.
 */
public final class CoreNlpParser implements Parser {
    private static volatile CoreNlpParser shared;

    private final StanfordCoreNLP pipeline;

    /**
     * SUTime instances not in use. Each holds mutable rule state (see {@link DocumentTimeAnnotator}), so a
     * document borrows one for itself; a second one is built only when two documents need one at once.
     */
    private final Deque<DocumentTimeAnnotator> idleTime = new ConcurrentLinkedDeque<>();
    private final Properties timeProperties;
    private final DependencyParseAnnotator depparse;

    public CoreNlpParser(Properties overrides) {
        Properties p = leanConfiguration();
        p.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(p);
        Properties d = new Properties();
        d.setProperty("model", p.getProperty("depparse.model"));
        this.depparse = new DependencyParseAnnotator(d);
        Properties t = new Properties();
        t.setProperty("sutime.includeRange", "true");
        this.timeProperties = t;
        // the first one now: a CoreNLP it cannot read fails here, not mid-batch
        idleTime.push(new DocumentTimeAnnotator(t));
    }

    /** Words that may make a time expression; loaded once. */
    private static final Set<String> TIME_CUES = loadCues();

    private static Set<String> loadCues() {
        Set<String> cues = new HashSet<>();
        for (DataFile.Line l : DataFile.load(CoreNlpParser.class, "time-cues.tsv", 1, 1)) {
            cues.add(l.field(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(cues);
    }

    private static boolean mayHoldTime(CoreMap sentence) {
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String w = l.word();
            if (TIME_CUES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@link #shared()} has built the parser of this JVM yet. */
    public static boolean isLoaded() {
        return shared != null;
    }

    /** The one parser of this JVM, built on first use. */
    public static CoreNlpParser shared() {
        CoreNlpParser p = shared;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = shared;
                if (p == null) {
                    p = new CoreNlpParser(new Properties());
                    shared = p;
                }
            }
        }
        return p;
    }

    /** dyad's configuration: see the class comment for why each choice. */
    public static Properties leanConfiguration() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        // SUTime and the numeric classifiers take four fifths of NER's time; dyad runs SUTime itself, on the
        // sentences that can hold a date (see TIME_CUES)
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    @Override
    public ParsedArticle parse(Article article) {
        return parse(article, tokens -> true, true);
    }

    @Override
    public ParsedArticle parse(Article article, java.util.function.Predicate<List<Token>> needsDependencies) {
        return parse(article, needsDependencies, false);
    }

    private ParsedArticle parse(Article article, java.util.function.Predicate<List<Token>> needsDependencies,
                                boolean headings) {
        // one text: title, subtitle, body, each a paragraph of its own
        String title = article.title() == null ? "" : article.title();
        String subtitle = article.subtitle() == null ? "" : article.subtitle();
        String body = article.body();
        StringBuilder text = new StringBuilder();
        int titleAt = 0;
        text.append(title).append("\n\n");
        int subtitleAt = text.length();
        text.append(subtitle).append("\n\n");
        int bodyAt = text.length();
        text.append(body);

        Annotation doc = new Annotation(text.toString());
        DateParser.isoDate(article.published())
                .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(doc);
        // dependencies, on the sentences a later stage reads
        List<CoreMap> toParse = new ArrayList<>();
        boolean skipHeadings = !headings && !body.isBlank();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (skipHeadings && sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) < bodyAt) {
                continue; // the events of an article are read from its body; a headline only repeats them
            }
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int k = 0; k < labels.size(); k++) {
                CoreLabel l = labels.get(k);
                tokens.add(new Token(k, l.word(), l.lemma(), l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
            }
            if (withinParseLimit(sentence) && needsDependencies.test(tokens)) {
                toParse.add(sentence);
            }
        }
        // time expressions, against the dateline, on the sentences that can hold one and that the coder reads:
        // a sentence it codes, and the one before it, whose date an undated sentence may carry on
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Set<CoreMap> coded = Collections.newSetFromMap(new IdentityHashMap<>());
        coded.addAll(toParse);
        Set<CoreMap> read = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < all.size(); i++) {
            if (coded.contains(all.get(i))) {
                read.add(all.get(i));
                if (i > 0) {
                    read.add(all.get(i - 1));
                }
            }
        }
        List<CoreMap> dated = new ArrayList<>();
        for (CoreMap sentence : all) {
            if (read.contains(sentence) && mayHoldTime(sentence) && withinParseLimit(sentence)) {
                dated.add(sentence);
            }
        }
        if (!dated.isEmpty()) {
            Annotation part = new Annotation(text.toString());
            part.set(CoreAnnotations.SentencesAnnotation.class, dated);
            String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
            if (docDate != null) {
                part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            }
            DocumentTimeAnnotator time = idleTime.poll();
            if (time == null) {
                time = new DocumentTimeAnnotator(timeProperties);
            }
            try {
                time.annotate(part);
            } finally {
                idleTime.push(time);
            }
        }

        if (!toParse.isEmpty()) {
            Annotation part = new Annotation(text.toString());
            part.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            depparse.annotate(part);
        }

        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            String field;
            int base;
            if (begin < subtitleAt) {
                field = "title";
                base = titleAt;
            } else if (begin < bodyAt) {
                field = "subtitle";
                base = subtitleAt;
            } else {
                field = "body";
                base = bodyAt;
            }
            out.add(convert(out.size(), field, base, s, field.equals("body") ? paragraphOf(body, begin - bodyAt) : 0));
        }
        return new ParsedArticle(article, out);
    }

    /**
     * A "sentence" past {@link Limits#MAX_PARSED_SENTENCE_TOKENS} tokens is a table, a list or a run of
     * text without stops, never a sentence an event is written in: it keeps its tags and entities but gets
     * no time expressions and no dependencies, so one such run cannot hold a batch for minutes.
     */
    private static boolean withinParseLimit(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= Limits.MAX_PARSED_SENTENCE_TOKENS;
    }

    private static int paragraphOf(String body, int offset) {
        int n = 0;
        int i = body.indexOf("\n\n");
        while (i >= 0 && i < offset) {
            n++;
            i = body.indexOf("\n\n", i + 2);
        }
        return n;
    }

    private static Sentence convert(int index, String field, int base, CoreMap s, int paragraph) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() == null || l.originalText().isEmpty() ? l.word() : l.originalText();
            tokens.add(new Token(i, word, l.lemma(), l.tag(), l.ner(), l.beginPosition() - base, l.endPosition() - base));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> found = s.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap te : found == null ? List.<CoreMap>of() : found) {
            Timex t = te.get(TimeAnnotations.TimexAnnotation.class);
            Integer b = te.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = te.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (t == null || b == null || e == null) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int k = 0; k < labels.size(); k++) {
                CoreLabel l = labels.get(k);
                if (l.endPosition() > b && l.beginPosition() < e) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first < 0) {
                continue;
            }
            times.add(new TimeExpression(tokensText(tokens, first, last, s, base), t.timexType(), t.value(), first, last,
                    labels.get(first).beginPosition() - base, labels.get(last).endPosition() - base));
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) - base;
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - base;
        return new Sentence(index, field, paragraph, begin, end, s.get(CoreAnnotations.TextAnnotation.class), tokens,
                deps, times);
    }

    private static String tokensText(List<Token> tokens, int from, int to, CoreMap s, int base) {
        String text = s.get(CoreAnnotations.TextAnnotation.class);
        int sBegin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) - base;
        return text.substring(tokens.get(from).start() - sBegin, tokens.get(to).end() - sBegin);
    }
}
