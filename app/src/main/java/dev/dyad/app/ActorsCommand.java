package dev.dyad.app;

import dev.dyad.json.Records;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.OrderedParallel;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.pipeline.PipelineBatch;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors PATH...}: the actors of each document, resolved to country, sector and office. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Find who is who in each article: people, groups, organisations and countries with their mentions.")
final class ActorsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories, .gz, .jsonl, .warc, or - for standard input.")
    List<String> inputs;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    int threads = OrderedParallel.defaultThreads();

    @Mixin
    LexiconOption lexicon;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(new ExtractionStage(), CoreNlpParser::shared, lexicon.load());
        ExtractCommand.BatchOutput out = new ExtractCommand.BatchOutput(Output.stdout());
        new PipelineBatch(pipeline, threads).run(inputs, System.in, r -> out.write(r.extraction().ok(),
                Records.line(r.extraction().ok() ? Records.actors(r.source(), r.actors())
                        : Records.error(r.source(), r.extraction().rejection()))));
        return out.finish("actors", System.err);
    }
}
