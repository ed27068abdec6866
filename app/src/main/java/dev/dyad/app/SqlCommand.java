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

/**
 * {@code dyad sql "SELECT …"}: one read-only query over the store's tables. A table shows the first
 * {@value StoreSql#TABLE_ROWS} rows and says on standard error when there are more; CSV and JSON Lines
 * stream every row. The query stops at its time limit.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one read-only SQL query (DuckDB's dialect) over the store: tables documents, actors, events, "
                + "fused_events, meta. A table shows the first " + StoreSql.TABLE_ROWS + " rows; csv and jsonl "
                + "stream them all.")
final class SqlCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SELECT (or WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) statement.")
    String sql;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default, the first "
            + StoreSql.TABLE_ROWS + " rows), csv or jsonl (every row).")
    String format = "table";

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the query after this long, its output included (default: ${DEFAULT-VALUE}; 0 for none).")
    long timeout = 300;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "csv", "jsonl").contains(format)) {
            throw new IllegalArgumentException("--format " + format + ": one of table, csv, jsonl");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("--timeout must be 0 (none) or more seconds");
        }
        Writer out = new OutputStreamWriter(Output.stdout(), StandardCharsets.UTF_8);
        StoreSql.Outcome o;
        try (EventStore s = EventStore.openReadOnly(store.db, Duration.ofSeconds(10))) {
            o = StoreSql.run(s, sql, format, Duration.ofSeconds(timeout), out);
        } catch (StoreException e) {
            System.err.println("dyad: " + e.getMessage());
            return DyadCommand.USAGE;
        } finally {
            out.flush();
        }
        if (o.cut()) {
            System.err.println("dyad sql: the first " + StoreSql.TABLE_ROWS + " rows are shown and the query has more; "
                    + "--format csv or --format jsonl writes every row");
        }
        return DyadCommand.OK;
    }
}
