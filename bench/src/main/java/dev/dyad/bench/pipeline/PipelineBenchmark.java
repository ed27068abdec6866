package dev.dyad.bench.pipeline;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import dev.dyad.model.Extraction;
import dev.dyad.model.RawDocument;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One article per invocation, cycling through the same sample of pages: dyad's whole pipeline (extract,
 * parse, actors, events) against CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner,depparse} alone
 * on the same articles' text (title and body, as dyad extracted them, so that neither reads boilerplate).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {
    @Param({""})
    public String dir;

    @Param({"12"})
    public int pages;

    private List<RawDocument> docs;
    private List<String> texts;
    private Pipeline dyad;
    private StanfordCoreNLP corenlp;
    private int next;
    private int nextText;

    @Setup(Level.Trial)
    public void setUp() {
        docs = Articles.load(Path.of(dir), pages);
        ExtractionStage extraction = new ExtractionStage();
        texts = new ArrayList<>();
        for (RawDocument d : docs) {
            Extraction e = extraction.process(d);
            if (e.ok()) {
                texts.add((e.article().title() == null ? "" : e.article().title() + "\n\n") + e.article().body());
            }
        }
        dyad = new Pipeline(extraction, CoreNlpParser::shared, Lexicon.builtIn(), Triggers.builtIn());
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        corenlp = new StanfordCoreNLP(p);
    }

    @Benchmark
    public Object dyadPipeline() {
        RawDocument d = docs.get(next++ % docs.size());
        return dyad.process(d);
    }

    @Benchmark
    public Object corenlpDefault() {
        Annotation a = new Annotation(texts.get(nextText++ % texts.size()));
        corenlp.annotate(a);
        return a;
    }
}
