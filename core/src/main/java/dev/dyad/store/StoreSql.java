package dev.dyad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code dyad sql}: one read-only statement over a store opened read-only, its rows as a table, CSV or
 * JSON Lines. Statements that change anything are refused before they run (and the read-only store
 * would refuse them too), and the query reads the store's tables only: DuckDB's access to files and the
 * network is switched off for the connection first.
 *
 * <p>Memory stays flat whatever the query returns: DuckDB hands the rows over as it makes them (a
 * streamed result, not one held whole), CSV and JSON Lines are written row by row, and a table, whose
 * column widths need its rows first, holds at most {@link #TABLE_ROWS} of them, each value cut to what
 * the table shows. A query still running at its time limit is interrupted. Stateless.
 */
public final class StoreSql {
    /** The most rows a table shows; CSV and JSON Lines have no such limit. */
    public static final int TABLE_ROWS = 1000;
    /** The widest a table's column gets; longer values are cut with an ellipsis. */
    private static final int WIDTH = 60;
    private static final Pattern READING = Pattern.compile(
            "(?is)\\s*(\\(\\s*)*(select|with|from|describe|show|summarize|explain|table|values|pivot|unpivot)\\b.*");

    /**
     * What a query wrote.
     *
     * @param rows the rows written
     * @param cut  whether a table stopped at {@link #TABLE_ROWS} with more rows to come
     */
    public record Outcome(long rows, boolean cut) {
    }

    private StoreSql() {
    }

    /** Runs a query without a time limit. */
    public static Outcome run(EventStore store, String sql, String format, Writer out) throws StoreException {
        return run(store, sql, format, Duration.ZERO, out);
    }

    /**
     * Runs one read-only query and writes its rows.
     *
     * @param format {@code table}, {@code csv} or {@code jsonl}
     * @param limit  how long the query may run, rows written included; zero for no limit
     * @throws StoreException when the statement is not one read-only query, fails, or passes its limit
     */
    public static Outcome run(EventStore store, String sql, String format, Duration limit, Writer out)
            throws StoreException {
        String trimmed = sql.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!READING.matcher(trimmed).matches() || trimmed.contains(";")) {
            throw new StoreException("dyad sql runs one read-only query (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN); "
                    + "use dyad ingest to change the store");
        }
        try (Statement guard = store.connection().createStatement()) {
            // a query reads the store and nothing else: no files of the machine (read_text, read_csv,
            // read_parquet on a path), no network; DuckDB cannot turn this back on for the connection
            guard.execute("SET enable_external_access = false");
            // rows come as DuckDB makes them: a whole result of tens of millions of rows took gigabytes
            guard.execute("SET jdbc_stream_results = true");
        } catch (SQLException e) {
            throw new StoreException("cannot restrict the query to the store: " + e.getMessage(), e);
        }
        AtomicBoolean late = new AtomicBoolean();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dyad-sql-time-limit");
            t.setDaemon(true);
            return t;
        });
        try (Statement s = store.connection().createStatement()) {
            if (!limit.isZero()) {
                timer.schedule(() -> {
                    late.set(true);
                    try {
                        s.cancel();
                    } catch (SQLException e) {
                        // the statement has ended or is closing: nothing left to interrupt
                    }
                }, limit.toMillis(), TimeUnit.MILLISECONDS);
            }
            return rows(s, trimmed, format, out);
        } catch (SQLException e) {
            if (late.get()) {
                throw new StoreException("the query ran past its time limit of " + seconds(limit)
                        + " (--timeout SECONDS, 0 for none)", e);
            }
            throw new StoreException("query failed: " + firstLine(e.getMessage()), e);
        } finally {
            timer.shutdownNow();
        }
    }

    private static Outcome rows(Statement s, String sql, String format, Writer out) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(md.getColumnLabel(i));
            }
            if (format.equals("csv")) {
                write(out, String.join(",", names.stream().map(Exports::csvField).toList()));
            }
            List<List<String>> rows = new ArrayList<>();
            long written = 0;
            boolean cut = false;
            while (rs.next()) {
                if (format.equals("table") && rows.size() == TABLE_ROWS) {
                    cut = true;
                    break;
                }
                List<String> row = new ArrayList<>();
                ObjectNode o = Records.mapper().createObjectNode();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof Array a) {
                        ArrayNode arr = o.putArray(names.get(i - 1));
                        List<String> parts = new ArrayList<>();
                        for (Object x : (Object[]) a.getArray()) {
                            arr.add(x == null ? null : String.valueOf(x));
                            parts.add(String.valueOf(x));
                        }
                        row.add(shown(format, "[" + String.join(", ", parts) + "]"));
                    } else {
                        if (v == null) {
                            o.putNull(names.get(i - 1));
                        } else if (v instanceof Number num && !(v instanceof java.math.BigDecimal)) {
                            o.put(names.get(i - 1), num.doubleValue() == Math.rint(num.doubleValue()) && !(v instanceof Double || v instanceof Float)
                                    ? num.longValue() : num.doubleValue());
                        } else if (v instanceof Boolean b) {
                            o.put(names.get(i - 1), b);
                        } else {
                            o.put(names.get(i - 1), String.valueOf(v));
                        }
                        row.add(v == null ? "" : shown(format, String.valueOf(v)));
                    }
                }
                switch (format) {
                    case "csv" -> write(out, String.join(",", row.stream().map(Exports::csvField).toList()));
                    case "jsonl" -> write(out, Records.line(o));
                    default -> rows.add(row);
                }
                written++;
            }
            if (format.equals("table")) {
                table(out, names, rows);
            }
            return new Outcome(written, cut);
        }
    }

    /** A value as a table keeps it: no longer than it can show (the table cuts it there with an ellipsis). */
    private static String shown(String format, String value) {
        return format.equals("table") && value.length() > WIDTH + 1 ? value.substring(0, WIDTH + 1) : value;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void table(Writer out, List<String> names, List<List<String>> rows) {
        int[] width = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            width[i] = names.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.min(WIDTH, Math.max(width[i], r.get(i).length()));
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(names);
        all.addAll(rows);
        for (List<String> r : all) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i).replace('\n', ' ');
                if (v.length() > width[i]) {
                    v = v.substring(0, width[i] - 1) + "…";
                }
                b.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + width[i] + "s", v));
            }
            write(out, b.toString().stripTrailing());
        }
    }

    private static String firstLine(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
