package dev.dyad.pipeline;

import dev.dyad.ingest.InputItem;
import dev.dyad.ingest.InputReader;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the pipeline over a batch: reads every input, processes each document on {@code threads}
 * workers, and hands each result to the sink in input order, on the calling thread.
 */
public final class PipelineBatch {
    private final Pipeline pipeline;
    private final int threads;

    public PipelineBatch(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    public void run(List<String> inputs, InputStream stdin, Consumer<Pipeline.Result> sink) {
        try (OrderedParallel<InputItem, Pipeline.Result> workers = new OrderedParallel<>(threads,
                item -> item.document() == null ? Pipeline.rejected(item.source(), item.rejection())
                        : pipeline.process(item.document()), sink)) {
            new InputReader(stdin).read(inputs, workers::submit);
        }
    }
}
