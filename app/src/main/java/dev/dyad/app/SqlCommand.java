package dev.dyad.app;

import dev.dyad.store.EventStore;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreSql;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad sql "SELECT …"}: one read-only query over the store's tables. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one read-only SQL query (DuckDB's dialect) over the store: tables documents, actors, events, "
                + "fused_events, meta.")
final class SqlCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SELECT (or WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) statement.")
    String sql;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or jsonl.")
    String format = "table";

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "csv", "jsonl").contains(format)) {
            throw new IllegalArgumentException("--format " + format + ": one of table, csv, jsonl");
        }
        Writer out = new OutputStreamWriter(Output.stdout(), StandardCharsets.UTF_8);
        try (EventStore s = EventStore.openReadOnly(store.db, Duration.ofSeconds(10))) {
            StoreSql.run(s, sql, format, out);
        } catch (StoreException e) {
            System.err.println("dyad: " + e.getMessage());
            return DyadCommand.USAGE;
        } finally {
            out.flush();
        }
        return DyadCommand.OK;
    }
}
