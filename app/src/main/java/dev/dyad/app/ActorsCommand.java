package dev.dyad.app;

import dev.dyad.json.Records;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.pipeline.PipelineBatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad actors PATH...}: the actors of each document, resolved to country, sector and office. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Find who is who in each article: people, groups, organisations and countries with their mentions.")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(new ExtractionStage(), Verbosity.parser(System.err), lexicon.load());
        // a bar on a terminal only: on a pipe or in a file standard error carries the summary alone
        ExtractCommand.BatchOutput out = new ExtractCommand.BatchOutput(Output.stdout(),
                new Progress(System.err, System.console() != null, input.inputs, "actors", false), null);
        new PipelineBatch(pipeline, input.threads).run(input.inputs, System.in, r -> out.write(r.extraction().ok(),
                Records.line(r.extraction().ok() ? Records.actors(r.source(), r.actors())
                        : Records.error(r.source(), r.extraction().rejection()))));
        return out.finish("actors", System.err);
    }
}
