package dev.dyad.app;

import dev.dyad.model.Rejection;
import dev.dyad.store.EventQuery;
import dev.dyad.store.EventStore;
import dev.dyad.store.Exports;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreIngest;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad query}: fused (or per-article) events of the store that pass the filters. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Events of the store, fused across articles (or per article with --unfused), filtered.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    QueryFilters filters;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, jsonl or csv (default: table on a terminal, jsonl otherwise).")
    String format;

    @Option(names = "--parquet", paramLabel = "OUTPUT",
            description = "Read the Parquet a Spark job wrote under OUTPUT in place, instead of the store.")
    Path parquet;

    @Override
    public Integer call() throws Exception {
        String f = format != null ? format : System.console() != null ? "table" : "jsonl";
        if (!List.of("table", "jsonl", "csv").contains(f)) {
            throw new IllegalArgumentException("--format " + f + ": one of table, jsonl, csv");
        }
        EventQuery q = filters.query();
        PrintStream stdout = Output.stdout();
        Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        try (EventStore s = open(parquet, store.db)) {
            switch (f) {
                case "table" -> Exports.table(s, q, out);
                case "csv" -> Exports.csv(s, q, out);
                default -> Exports.jsonl(s, q, out);
            }
        } catch (StoreException e) {
            System.err.println("dyad: " + e.getMessage());
            return DyadCommand.USAGE;
        } finally {
            out.flush();
        }
        return DyadCommand.OK;
    }

    /** The store to read: the file, or the Spark job's Parquet loaded and fused in memory. */
    static EventStore open(Path parquet, Path db) throws StoreException {
        if (parquet == null) {
            return EventStore.openReadOnly(db, Duration.ofSeconds(10));
        }
        if (!java.nio.file.Files.isDirectory(parquet.resolve("documents"))) {
            throw new StoreException(parquet + " is not a Spark job's output (no documents/ folder of Parquet files)");
        }
        EventStore s = EventStore.inMemory();
        try {
            new StoreIngest(s, doc -> {
                throw new IllegalStateException("Spark output needs no analysis");
            }, 1).run(List.of(parquet.toString()), System.in, new StoreIngest.Listener() {
                @Override
                public void progress(StoreIngest.Counts counts) {
                }

                @Override
                public void rejected(String source, Rejection rejection) {
                }
            });
            return s;
        } catch (StoreException | RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
