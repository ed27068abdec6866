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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code dyad sql}: one read-only statement over a store opened read-only, its rows as a table, CSV or
 * JSON Lines. Statements that change anything are refused before they run (and the read-only store
 * would refuse them too), and the query reads the store's tables only: DuckDB's access to files and the
 * network is switched off for the connection first. Stateless.
 */
public final class StoreSql {
    private static final Pattern READING = Pattern.compile(
            "(?is)\\s*(\\(\\s*)*(select|with|from|describe|show|summarize|explain|table|values|pivot|unpivot)\\b.*");

    private StoreSql() {
    }

    public static void run(EventStore store, String sql, String format, Writer out) throws StoreException {
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
        } catch (SQLException e) {
            throw new StoreException("cannot restrict the query to the store: " + e.getMessage(), e);
        }
        try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(trimmed)) {
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
            while (rs.next()) {
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
                        row.add("[" + String.join(", ", parts) + "]");
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
                        row.add(v == null ? "" : String.valueOf(v));
                    }
                }
                switch (format) {
                    case "csv" -> write(out, String.join(",", row.stream().map(Exports::csvField).toList()));
                    case "jsonl" -> write(out, Records.line(o));
                    default -> rows.add(row);
                }
            }
            if (format.equals("table")) {
                table(out, names, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static void table(Writer out, List<String> names, List<List<String>> rows) {
        int[] width = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            width[i] = names.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.min(60, Math.max(width[i], r.get(i).length()));
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
