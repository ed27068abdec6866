package dev.dyad.app;

import dev.dyad.pipeline.OrderedParallel;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every batch command reads, and on how many threads. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories, .gz, .jsonl, .warc, or - for standard input.")
    List<String> inputs;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    int threads = OrderedParallel.defaultThreads();
}
