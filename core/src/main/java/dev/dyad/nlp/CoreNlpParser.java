package dev.dyad.nlp;

import dev.dyad.model.Article;
import dev.dyad.model.Dependency;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import dev.dyad.text.DateParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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

    public CoreNlpParser(Properties overrides) {
        Properties p = leanConfiguration();
        p.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(p);
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
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    @Override
    public ParsedArticle parse(Article article) {
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
        int i = 0;
        while (i < labels.size()) {
            Timex t = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < labels.size() && sameTimex(t, labels.get(j + 1).get(TimeAnnotations.TimexAnnotation.class))) {
                j++;
            }
            int start = labels.get(i).beginPosition() - base;
            int end = labels.get(j).endPosition() - base;
            String text = tokensText(tokens, i, j, s, base);
            times.add(new TimeExpression(text, t.timexType(), t.value(), i, j, start, end));
            i = j + 1;
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) - base;
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - base;
        return new Sentence(index, field, paragraph, begin, end, s.get(CoreAnnotations.TextAnnotation.class), tokens,
                deps, times);
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return b != null && (a == b || (a.tid() != null && a.tid().equals(b.tid())));
    }

    private static String tokensText(List<Token> tokens, int from, int to, CoreMap s, int base) {
        String text = s.get(CoreAnnotations.TextAnnotation.class);
        int sBegin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) - base;
        return text.substring(tokens.get(from).start() - sBegin, tokens.get(to).end() - sBegin);
    }
}
