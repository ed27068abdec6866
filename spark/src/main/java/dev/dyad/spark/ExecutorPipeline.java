package dev.dyad.spark;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * The pipeline of this JVM: built on first use from the job's configuration, then shared by every task
 * the executor runs, so the models and lexicons load once per executor, not once per task or partition.
 * CoreNLP itself is already one per JVM ({@link CoreNlpParser#shared()}). Thread-safe.
 */
final class ExecutorPipeline {
    private static final ExtractionStage EXTRACTION = new ExtractionStage();
    private static Pipeline pipeline;
    private static JobConfig builtFor;

    private ExecutorPipeline() {
    }

    /** The pipeline for this configuration; a different configuration (another job in the JVM) rebuilds it. */
    static synchronized Pipeline get(JobConfig config) {
        if (pipeline == null || !config.lexicons().equals(builtFor.lexicons())) {
            pipeline = build(config);
            builtFor = config;
        }
        return pipeline;
    }

    /** The extraction stage, for a document's record when the pipeline refused it (stateless, shared). */
    static ExtractionStage extraction() {
        return EXTRACTION;
    }

    private static Pipeline build(JobConfig config) {
        try {
            Lexicon lexicon;
            Triggers triggers;
            if (config.lexicons().isEmpty()) {
                lexicon = Lexicon.builtIn();
                triggers = Triggers.builtIn();
            } else {
                // the loaders read files (and name file:line in their errors): lay the driver's copies down here
                Path dir = Files.createTempDirectory("dyad-lexicons");
                dir.toFile().deleteOnExit();
                List<Path> files = new ArrayList<>();
                int i = 0;
                for (JobConfig.LexiconText l : config.lexicons()) {
                    Path f = dir.resolve((i++) + "-" + Path.of(l.name()).getFileName());
                    Files.writeString(f, l.text(), StandardCharsets.UTF_8);
                    f.toFile().deleteOnExit();
                    files.add(f);
                }
                lexicon = Lexicon.withUserFiles(files);
                triggers = Triggers.withUserFiles(files);
            }
            // CoreNLP notes on every article without a dateline that it has "no document date" (dyad grounds
            // dates itself); an executor's logging comes from the cluster's configuration, which knows nothing
            // of CoreNLP, so its level is set here, before the models load. Spark logs through Log4j 2.
            Configurator.setLevel("edu.stanford.nlp", Level.ERROR);
            CoreNlpParser.shared(); // the models load here, once, before the first document waits for them
            return new Pipeline(EXTRACTION, CoreNlpParser::shared, lexicon, triggers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the pipeline: " + e.getMessage(), e);
        }
    }
}
