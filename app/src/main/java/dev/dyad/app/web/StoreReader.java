package dev.dyad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.store.EventQuery;
import dev.dyad.store.Exports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * The queries of the JSON API over the store's tables (documents, actors, events, fused_events, as
 * the store contract fixes them), on a DuckDB file opened read-only. Every value from a request is a
 * bound parameter; only names from fixed lists are written into SQL text.
 *
 * <p>Thread-safe: a DuckDB connection serves one statement at a time, so the reader keeps a small
 * pool of connections to the one database instance and lends one per query. Close it once, when the
 * server stops.
 */
public final class StoreReader implements AutoCloseable {
    private static final ObjectMapper JSON = Records.mapper();
    /** Columns both event tables have, in the order the list endpoint writes them. */
    private static final String LIST_COLUMNS = "id, event, mode, modality, date_value, date_precision, "
            + "CAST(date_start AS VARCHAR) AS date_start, CAST(date_end AS VARCHAR) AS date_end, quad_class, "
            + "intensity, " + joined("actor_codes") + ", " + joined("recipient_codes") + ", " + joined("actor_names")
            + ", " + joined("recipient_names") + ", location_name, location_country, sentence";
    /**
     * Lists travel as one string joined by this separator (no name or code holds it) and are split
     * again here: reading them as JDBC arrays cost more than the rest of a page together.
     */
    private static final char SEPARATOR = '\u001f';
    private static final String LISTED = "__list__";

    private final Path file;
    private final DuckDBConnection first;
    private final BlockingQueue<Connection> pool;

    private StoreReader(Path file, DuckDBConnection first, BlockingQueue<Connection> pool) {
        this.file = file;
        this.first = first;
        this.pool = pool;
    }

    /**
     * Opens the store read-only with {@code connections} pooled connections.
     *
     * @throws SQLException when the file is not a DuckDB database or another process writes it
     */
    public static StoreReader open(Path file, int connections) throws SQLException {
        return open(file, connections, true);
    }

    /**
     * Opens the store with {@code connections} pooled connections; {@code readOnly} false joins the
     * database instance a writer of this process opened on the same path (the reader still only reads).
     */
    public static StoreReader open(Path file, int connections, boolean readOnly) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no store at " + file + ": run dyad ingest first, or give --db FILE");
        }
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        // the path as given, as the store's writer names it: DuckDB shares one instance per path in a process
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, p);
        try (java.sql.Statement s = c.createStatement()) {
            // requests already run side by side, one per pooled connection: a query spread over every core
            // as well only adds hand-offs between threads (measured: a dyad's page of events took twice as
            // long on two threads as on one, on a busy two-core machine)
            s.execute("SET threads = 1");
        }
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        pool.add(c);
        for (int i = 1; i < connections; i++) {
            pool.add(c.duplicate());
        }
        return new StoreReader(file, c, pool);
    }

    public Path file() {
        return file;
    }

    /** One page of events matching the query, in {@link EventQuery#ORDER}, with the total count. */
    public ObjectNode events(EventQuery q, int limit, int offset) {
        EventQuery.Where w = q.where();
        String extra = q.unfused() ? ", source, doc_id, fused_id, confidence" : ", reports, " + joined("sources");
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + q.table() + w.sql())) {
                w.bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1));
                }
            }
            out.put("limit", limit).put("offset", offset).put("unfused", q.unfused());
            ArrayNode items = out.putArray("events");
            try (PreparedStatement s = q.page(limit, offset).prepare(c, LIST_COLUMNS + extra)) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every event matching the query, in the order of {@link #events} and of {@code dyad query}, written as
     * read: CSV with the columns of {@code dyad export --format csv}, or JSON Lines of the records. The result
     * is streamed from the store row by row, so memory stays flat however many rows match. Answers the rows
     * written.
     */
    public long download(EventQuery q, boolean csv, Writer out) {
        List<String> cols = csv ? Exports.csvColumns(q.unfused()) : List.of("record");
        return query(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SET jdbc_stream_results = true");
            }
            long n = 0;
            try (PreparedStatement s = q.page(0, 0).prepare(c, String.join(", ", cols))) {
                if (csv) {
                    out.write(String.join(",", cols) + "\n");
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.write(csv ? Exports.csvRow(rs, cols.size()) : rs.getString(1));
                        out.write('\n');
                        n++;
                    }
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    /**
     * The events matching the query that have a place with coordinates, for the map: the most reported
     * first, then in {@link EventQuery#ORDER}, at most {@code limit} of them; with how many match the query
     * and how many of those are placed.
     */
    public ObjectNode map(EventQuery q, int limit) {
        EventQuery.Where w = q.where();
        String reports = q.unfused() ? "1" : "reports";
        EventQuery.Where placed = w.and("lat IS NOT NULL AND lon IS NOT NULL");
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            try (PreparedStatement s = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE lat IS NOT NULL "
                    + "AND lon IS NOT NULL) FROM " + q.table() + w.sql())) {
                w.bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1)).put("placed", rs.getLong(2));
                }
            }
            out.put("limit", limit).put("unfused", q.unfused());
            ArrayNode items = out.putArray("events");
            try (PreparedStatement s = c.prepareStatement("SELECT id, event, mode, modality, date_value, quad_class, "
                    + reports + " AS reports, lat, lon, location_name, location_country, " + joined("actor_codes") + ", "
                    + joined("recipient_codes") + ", " + joined("actor_names") + ", " + joined("recipient_names")
                    + " FROM " + q.table() + placed.sql() + " ORDER BY " + reports + " DESC, "
                    + EventQuery.ORDER.substring(" ORDER BY ".length()) + " LIMIT ?")) {
                int i = placed.bind(s, 1);
                s.setInt(i, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            out.put("shown", items.size());
            return out;
        });
    }

    /**
     * One event by id: a fused event with each article report fused into it, or an article's event
     * (then the only report). Each report carries its document's id and title, and its evidence offsets.
     */
    public ObjectNode event(String id) {
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            try (PreparedStatement s = c.prepareStatement("SELECT record FROM fused_events WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        out.put("kind", "fused");
                        out.set("event", json(rs.getString(1)));
                        out.set("reports", reports(c, "e.fused_id = ?", id));
                        return out;
                    }
                }
            }
            ArrayNode reports = reports(c, "e.id = ?", id);
            if (reports.isEmpty()) {
                throw ApiException.notFound("no event with id '" + id + "'");
            }
            out.put("kind", "report");
            out.set("event", reports.get(0).get("event"));
            out.set("reports", reports);
            return out;
        });
    }

    private static ArrayNode reports(Connection c, String condition, String value) throws SQLException {
        ArrayNode list = JSON.createArrayNode();
        try (PreparedStatement s = c.prepareStatement("SELECT e.record, e.doc_id, d.title, d.url, d.published "
                + "FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE " + condition
                + " ORDER BY d.published NULLS LAST, e.id")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ObjectNode r = list.addObject();
                    r.put("doc_id", rs.getString(2)).put("title", rs.getString(3)).put("url", rs.getString(4))
                            .put("published", rs.getString(5));
                    r.set("event", json(rs.getString(1)));
                }
            }
        }
        return list;
    }

    /** Actors by how often the store's articles mention them; {@code q} matches a name part or a code. */
    public ObjectNode actors(String q, int limit, int offset) {
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            out.put("limit", limit).put("offset", offset);
            ArrayNode items = out.putArray("actors");
            String cond = q == null ? "" : " WHERE contains(lower(name), lower(?)) OR code = upper(?)";
            try (PreparedStatement s = c.prepareStatement("SELECT name, code, sector, count(DISTINCT doc_id) AS documents, "
                    + "sum(mentions) AS mentions FROM actors" + cond + " GROUP BY name, code, sector "
                    + "ORDER BY mentions DESC, documents DESC, name LIMIT ? OFFSET ?")) {
                int i = 1;
                if (q != null) {
                    s.setString(i++, q);
                    s.setString(i++, q);
                }
                s.setInt(i++, limit);
                s.setInt(i, offset);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.addObject().put("name", rs.getString(1)).put("code", rs.getString(2))
                                .put("sector", rs.getString(3)).put("documents", rs.getLong(4))
                                .put("mentions", rs.getLong(5));
                    }
                }
            }
            return out;
        });
    }

    /** Event counts per (actor code, recipient code, quad class), with the mean intensity; largest first. */
    public ObjectNode dyads(EventQuery q, int limit) {
        EventQuery.Where w = q.where();
        String table = q.table();
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode items = out.putArray("dyads");
            try (PreparedStatement s = c.prepareStatement("SELECT a, r, quad_class, count(*) AS n, avg(intensity) "
                    + "FROM (SELECT a, unnest(recipient_codes) AS r, quad_class, intensity FROM "
                    + "(SELECT unnest(actor_codes) AS a, recipient_codes, quad_class, intensity FROM " + table + w.sql()
                    + ") x) y WHERE a IS NOT NULL AND r IS NOT NULL AND a <> r "
                    + "GROUP BY a, r, quad_class ORDER BY n DESC, a, r, quad_class LIMIT ?")) {
                int i = w.bind(s, 1);
                s.setInt(i, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.addObject().put("actor", rs.getString(1)).put("recipient", rs.getString(2))
                                .put("quad_class", rs.getString(3)).put("count", rs.getLong(4))
                                .put("intensity", Math.round(rs.getDouble(5) * 100) / 100.0);
                    }
                }
            }
            return out;
        });
    }

    /** Event counts per period (day, week or month of the event's first day), type and quad class. */
    public ObjectNode timeline(EventQuery q, String interval) {
        // the interval is one of three fixed words, checked by the caller, so it may stand in the SQL text
        if (!List.of("day", "week", "month", "auto").contains(interval)) {
            throw ApiException.badRequest("interval must be day, week, month or auto");
        }
        EventQuery.Where w = q.where();
        String table = q.table();
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            String period = interval.equals("auto") ? autoInterval(c, table, w) : interval;
            out.put("interval", period);
            ArrayNode items = out.putArray("counts");
            try (PreparedStatement s = c.prepareStatement("SELECT CAST(CAST(date_trunc('" + period
                    + "', date_start) AS DATE) AS VARCHAR) AS period, event, quad_class, count(*) FROM " + table
                    + w.and("date_start IS NOT NULL").sql() + " "
                    + "GROUP BY period, event, quad_class ORDER BY period, event")) {
                w.bind(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.addObject().put("period", rs.getString(1)).put("type", rs.getString(2))
                                .put("quad_class", rs.getString(3)).put("count", rs.getLong(4));
                    }
                }
            }
            return out;
        });
    }

    /** Days for up to about five months of events, weeks for up to three years, months beyond. */
    private static String autoInterval(Connection c, String table, EventQuery.Where w) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT datediff('day', min(date_start), max(date_start)) FROM "
                + table + w.sql())) {
            w.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                long span = rs.next() ? rs.getLong(1) : 0;
                return span > 1100 ? "month" : span > 150 ? "week" : "day";
            }
        }
    }

    /** One document: its extraction record, its actors with their mentions, and its events with evidence offsets. */
    public ObjectNode article(String docId) {
        return query(c -> {
            ObjectNode out = JSON.createObjectNode();
            try (PreparedStatement s = c.prepareStatement("SELECT doc_id, source, url, title, published, "
                    + "rejection_code, rejection_message, record FROM documents WHERE doc_id = ?")) {
                s.setString(1, docId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("no article with id '" + docId + "'");
                    }
                    out.put("doc_id", rs.getString(1)).put("source", rs.getString(2)).put("url", rs.getString(3))
                            .put("title", rs.getString(4)).put("published", rs.getString(5));
                    if (rs.getString(6) != null) {
                        out.putObject("rejection").put("code", rs.getString(6)).put("message", rs.getString(7));
                    } else {
                        out.putNull("rejection");
                    }
                    out.set("article", json(rs.getString(8)));
                }
            }
            ArrayNode actors = out.putArray("actors");
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT record FROM actors WHERE doc_id = ? ORDER BY mentions DESC, name")) {
                s.setString(1, docId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        actors.add(json(rs.getString(1)));
                    }
                }
            }
            ArrayNode events = out.putArray("events");
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT record, fused_id FROM events WHERE doc_id = ? ORDER BY evidence_start, id")) {
                s.setString(1, docId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        JsonNode e = json(rs.getString(1));
                        if (e instanceof ObjectNode o) {
                            o.put("fused_id", rs.getString(2));
                        }
                        events.add(e);
                    }
                }
            }
            return out;
        });
    }

    private static String joined(String column) {
        return "array_to_string(" + column + ", chr(31)) AS " + LISTED + column;
    }

    private static ObjectNode row(ResultSet rs) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            Object v = rs.getObject(i);
            if (name.startsWith(LISTED)) {
                ArrayNode list = o.putArray(name.substring(LISTED.length()));
                if (v != null && !v.toString().isEmpty()) {
                    for (String part : v.toString().split(String.valueOf(SEPARATOR), -1)) {
                        list.add(part);
                    }
                }
            } else if (v == null) {
                o.putNull(name);
            } else if (v instanceof Array a) {
                ArrayNode list = o.putArray(name);
                for (Object x : (Object[]) a.getArray()) {
                    if (x == null) {
                        list.addNull();
                    } else {
                        list.add(x.toString());
                    }
                }
            } else if (v instanceof Number n) {
                if (v instanceof Double || v instanceof Float) {
                    o.put(name, n.doubleValue());
                } else {
                    o.put(name, n.longValue());
                }
            } else if (v instanceof Boolean b) {
                o.put(name, b);
            } else {
                o.put(name, v.toString());
            }
        }
        return o;
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a record that is not JSON", e);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Query<T> q) {
        Connection c;
        try {
            c = pool.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy("interrupted while waiting for the store");
        }
        if (c == null) {
            throw ApiException.busy("the store is busy; try again");
        }
        try {
            return q.run(c);
        } catch (SQLException e) {
            throw new StoreException("query failed on " + file + ": " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** A query the store could not answer (a missing table, a file of another layout). */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() {
        List<Connection> all = new ArrayList<>();
        pool.drainTo(all);
        for (Connection c : all) {
            if (c != first) {
                closeQuietly(c);
            }
        }
        closeQuietly(first);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a read-only connection loses nothing
        }
    }
}
