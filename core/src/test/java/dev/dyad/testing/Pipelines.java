package dev.dyad.testing;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;

/** The whole pipeline with CoreNLP's real models, built once per test JVM and shared by every test. */
public final class Pipelines {
    private static volatile Pipeline full;

    private Pipelines() {
    }

    public static Pipeline full() {
        Pipeline p = full;
        if (p == null) {
            synchronized (Pipelines.class) {
                p = full;
                if (p == null) {
                    p = new Pipeline(new ExtractionStage(), CoreNlpParser::shared, Lexicon.builtIn(), Triggers.builtIn());
                    full = p;
                }
            }
        }
        return p;
    }
}
