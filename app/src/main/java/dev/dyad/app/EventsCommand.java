package dev.dyad.app;

import dev.dyad.json.Records;
import dev.dyad.model.Event;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.pipeline.PipelineBatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad events PATH...}: every political event each article reports, one JSON object per event. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Code the political events of each article in PLOVER 2.0, with modality, grounded dates and places.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(new ExtractionStage(), Verbosity.parser(System.err), lexicon.load(),
                lexicon.triggers());
        // a bar on a terminal only: on a pipe or in a file standard error carries the summary alone
        ExtractCommand.BatchOutput out = new ExtractCommand.BatchOutput(Output.stdout(),
                new Progress(System.err, System.console() != null, input.inputs, "events", false), "events");
        new PipelineBatch(pipeline, input.threads).run(input.inputs, System.in, r -> {
            if (!r.extraction().ok()) {
                out.write(false, Records.line(Records.error(r.source(), r.extraction().rejection())));
                return;
            }
            out.count();
            for (Event e : r.events()) {
                out.line(Records.line(Records.event(e)));
            }
            out.flush();
        });
        return out.finish("events", System.err);
    }
}
