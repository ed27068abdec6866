package dev.dyad.pipeline;

import dev.dyad.ingest.InputItem;
import dev.dyad.ingest.InputReader;
import dev.dyad.model.Extraction;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extracts a batch: reads every input, extracts each document on {@code threads} workers, and hands
 * each outcome (article or rejection) to the sink in input order, on the calling thread.
 */
public final class ExtractBatch {
    private final ExtractionStage stage;
    private final int threads;

    public ExtractBatch(ExtractionStage stage, int threads) {
        this.stage = stage;
        this.threads = threads;
    }

    public void run(List<String> inputs, InputStream stdin, Consumer<Extraction> sink) {
        try (OrderedParallel<InputItem, Extraction> workers = new OrderedParallel<>(threads, this::process, sink)) {
            new InputReader(stdin).read(inputs, workers::submit);
        }
    }

    private Extraction process(InputItem item) {
        return item.document() == null ? Extraction.rejected(item.source(), item.rejection())
                : stage.process(item.document());
    }
}
