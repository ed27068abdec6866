package dev.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.text.DataFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code dyad query} and {@code dyad export} write for the events a query selects: the store's
 * own JSON Lines, a table for people, CSV, Parquet, PLOVER JSON Lines and a CAMEO-coded file with the
 * GDELT 2.0 event table's columns. Stateless; the CAMEO table is loaded once. Thread-safe.
 */
public final class Exports {
    /** The CSV columns of fused events; lists are joined with ';'. */
    private static final List<String> FUSED_CSV = List.of("id", "event", "mode", "modality", "date_value",
            "date_precision", "date_start", "date_end", "actor_codes", "recipient_codes", "actor_names",
            "recipient_names", "location_name", "location_country", "lat", "lon", "quad_class", "intensity",
            "confidence", "reports", "sources", "first_reported", "last_reported", "linked", "sentence");
    private static final List<String> EVENT_CSV = List.of("id", "doc_id", "source", "event", "mode", "modality",
            "historical", "date_value", "date_precision", "date_start", "date_end", "actor_codes", "recipient_codes",
            "actor_names", "recipient_names", "location_name", "location_country", "lat", "lon", "quad_class",
            "intensity", "confidence", "fused_id", "trigger", "sentence");

    /** The GDELT 2.0 event table's 61 columns, in order. */
    static final List<String> GDELT_COLUMNS = gdeltColumns();

    private static final Map<String, String[]> CAMEO = new HashMap<>();
    private static final Map<String, String> FUTURE = new HashMap<>();

    static {
        for (DataFile.Line l : DataFile.load(Exports.class, "/dev/dyad/store/cameo.tsv", 3, 7)) {
            if (l.field(0).equals("cameo")) {
                if (l.fields().size() < 6 || !l.field(4).matches("\\d{3,4}")) {
                    throw l.error("expected: cameo, TYPE, mode, modality, CAMEO code (3 or 4 digits), description");
                }
                CAMEO.put(l.field(1) + "|" + l.field(2) + "|" + l.field(3), new String[] {l.field(4), l.field(5)});
            } else if (l.field(0).equals("future")) {
                FUTURE.put(l.field(1), l.field(2));
            } else {
                throw l.error("expected 'cameo' or 'future', found " + l.field(0));
            }
            if (!dev.dyad.model.Event.TYPES.contains(l.field(1))) {
                throw l.error("not a PLOVER event type: " + l.field(1));
            }
        }
    }

    private Exports() {
    }

    private static List<String> gdeltColumns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
                c.add(g + f);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    /** The CAMEO code and its description for a PLOVER type, mode and modality; the most specific line wins. */
    public static String[] cameo(String type, String mode, String modality) {
        String m = mode == null ? "-" : mode;
        String mod = modality == null ? "-" : modality;
        for (String key : List.of(type + "|" + m + "|" + mod, type + "|" + m + "|-", type + "|-|" + mod, type + "|-|-")) {
            String[] c = CAMEO.get(key);
            if (c != null) {
                return c;
            }
        }
        throw new IllegalArgumentException("no CAMEO code for " + type);
    }

    /** The records as the store keeps them, one JSON object a line. */
    public static long jsonl(EventStore store, EventQuery q, Writer out) throws StoreException {
        return q.run(store, "record", rs -> line(out, rs.getString(1)));
    }

    /**
     * A plain table for reading in a terminal: the id, the date, type, mode and modality, the parties by code
     * (names where there is no code), the place and the reports or source, in columns of fixed width; a value
     * longer than its column is cut with an ellipsis, so that the columns stay aligned however long a name.
     */
    public static long table(EventStore store, EventQuery q, Writer out) throws StoreException {
        String extra = q.unfused() ? "source" : "reports";
        String format = "%-18s %-10s %-9s %-10s %-12s %-30s %-20s %s";
        line(out, String.format(Locale.ROOT, format, "id", "date", "event", "mode", "modality", "actor -> recipient",
                "place", extra));
        return q.run(store, "id, date_value, event, mode, modality, actor_codes, recipient_codes, actor_names, "
                + "recipient_names, location_name, location_country, " + extra, rs -> {
                    String who = parties(rs.getArray(6), rs.getArray(8)) + " -> " + parties(rs.getArray(7), rs.getArray(9));
                    String place = rs.getString(10) == null ? "-"
                            : rs.getString(10) + (rs.getString(11) == null ? "" : " (" + rs.getString(11) + ")");
                    line(out, String.format(Locale.ROOT, format, cut(rs.getString(1), 18), cut(nz(rs.getString(2)), 10),
                            rs.getString(3), cut(nz(rs.getString(4)), 10), rs.getString(5), cut(who, 30), cut(place, 20),
                            rs.getString(12)));
                });
    }

    /** The value, or its first characters and an ellipsis where it is longer than {@code width}. */
    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1).stripTrailing() + "\u2026";
    }

    private static String parties(Array codes, Array names) throws SQLException {
        Object[] c = (Object[]) codes.getArray();
        if (c.length > 0) {
            return String.join("+", java.util.Arrays.stream(c).map(String::valueOf).toList());
        }
        Object[] n = (Object[]) names.getArray();
        return n.length == 0 ? "-" : String.valueOf(n[0]);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    /** CSV (RFC 4180, a header line) for R and pandas; list columns joined with ';'. */
    public static long csv(EventStore store, EventQuery q, Writer out) throws StoreException {
        List<String> cols = csvColumns(q.unfused());
        line(out, String.join(",", cols));
        return q.run(store, String.join(", ", cols), rs -> line(out, csvRow(rs, cols.size())));
    }

    /** The columns of the CSV export, of per-article events or of fused ones (the web API's downloads too). */
    public static List<String> csvColumns(boolean unfused) {
        return unfused ? EVENT_CSV : FUSED_CSV;
    }

    /** The current row of a result selecting {@link #csvColumns} as one CSV line, without its newline. */
    public static String csvRow(ResultSet rs, int columns) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            if (i > 1) {
                b.append(',');
            }
            Object v = rs.getObject(i);
            String s;
            if (v instanceof Array a) {
                List<String> parts = new ArrayList<>();
                for (Object o : (Object[]) a.getArray()) {
                    parts.add(String.valueOf(o));
                }
                s = String.join(";", parts);
            } else {
                s = v == null ? "" : String.valueOf(v);
            }
            b.append(csvField(s));
        }
        return b.toString();
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Parquet: the table's columns (record as a JSON string), written by DuckDB itself. */
    public static long parquet(EventStore store, EventQuery q, Path file) throws StoreException {
        try (Statement s = store.connection().createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.dyad_export");
            // a prepared query cannot feed COPY directly: its rows go to a temporary table first
            try (PreparedStatement ctas = q.prepare(store.connection(), "*", "CREATE TEMP TABLE dyad_export AS ")) {
                ctas.execute();
            }
            s.execute("COPY temp.dyad_export TO '" + file.toString().replace("'", "''") + "' (FORMAT parquet)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM temp.dyad_export")) {
                rs.next();
                long n = rs.getLong(1);
                s.execute("DROP TABLE temp.dyad_export");
                return n;
            }
        } catch (SQLException e) {
            throw EventStore.translate(store.name(), "export from", e);
        }
    }

    /** PLOVER's own JSON record (its data-fields chapter), one a line, with dyad's fields beside. */
    public static long plover(EventStore store, EventQuery q, String coder, Writer out) throws StoreException {
        return q.run(store, "record", rs -> line(out, Records.line(plover(parse(rs.getString(1)), coder))));
    }

    static ObjectNode plover(ObjectNode r, String coder) {
        ObjectNode o = Records.mapper().createObjectNode();
        o.put("id", r.path("id").asText());
        JsonNode date = r.path("date");
        if (date.isObject()) {
            o.put("date", date.path("start").asText());
            if (!date.path("end").asText().equals(date.path("start").asText())) {
                o.put("enddate", date.path("end").asText());
            }
        } else {
            o.putNull("date");
        }
        o.set("actor", entities(r.path("actor")));
        o.set("recipient", entities(r.path("recipient")));
        String type = r.path("event").asText();
        String modality = r.path("modality").asText();
        String plover = modality.equals("future") ? FUTURE.getOrDefault(type, type) : type;
        o.putArray("event").add(plover);
        ArrayNode mode = o.putArray("mode");
        if (plover.equals(type) && !r.path("mode").isNull()) {
            mode.add(r.path("mode").asText());
        }
        o.set("context", r.path("context"));
        JsonNode loc = r.path("location");
        if (loc.isObject()) {
            ObjectNode l = o.putObject("event_loc");
            l.set("name", loc.get("name"));
            l.set("country", loc.get("country"));
            l.set("lat", loc.get("lat"));
            l.set("lon", loc.get("lon"));
        }
        o.putArray("event_text").add(r.path("evidence").path("sentence").asText());
        o.put("quad_code", quad(r.path("quad_class").asText()));
        o.set("event_scale", r.get("intensity"));
        if (r.has("linked")) {
            o.set("link", r.get("linked"));
        }
        o.put("coder", coder);
        o.put("modality", modality);
        o.put("dyad_event", type);
        for (String f : List.of("reports", "sources", "members", "first_reported", "last_reported", "source", "confidence")) {
            if (r.has(f)) {
                o.set(f, r.get(f));
            }
        }
        return o;
    }

    private static ArrayNode entities(JsonNode participants) {
        ArrayNode out = Records.mapper().createArrayNode();
        for (JsonNode p : participants) {
            ObjectNode e = out.addObject();
            e.set("code", p.get("code"));
            e.set("name", p.get("name"));
            e.set("sector", p.get("sector"));
            if (p.has("office")) {
                e.set("office", p.get("office"));
            }
        }
        return out;
    }

    /** PLOVER's and GDELT's quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    static int quad(String quadClass) {
        return switch (quadClass) {
            case "verbal cooperation" -> 1;
            case "material cooperation" -> 2;
            case "verbal conflict" -> 3;
            case "material conflict" -> 4;
            default -> 0;
        };
    }

    /**
     * Tab-separated, no header (as GDELT publishes), the 61 columns of the GDELT 2.0 event table. Fields
     * GDELT fills from sources dyad does not have (religion, ethnicity, tone, ADM codes, the parties' places)
     * are empty; a place's country is its FIPS 10-4 code ({@link FipsCodes}); a date known to the month or
     * year only is written with zeros for the parts it lacks ({@link #gdeltDate}); NumMentions counts the
     * sentences reporting the event, NumSources the sources, NumArticles the articles.
     */
    public static long cameo(EventStore store, EventQuery q, Writer out, boolean header) throws StoreException {
        String me = q.table() + ".id";
        String cols = q.unfused()
                ? "record, 1 + coalesce(json_array_length(record, '$.mentions'), 0), 1, 1, "
                    + "(SELECT coalesce(d.url, d.source) FROM documents d WHERE d.doc_id = events.doc_id), "
                    + "(SELECT strftime(d.ingested_at, '%Y%m%d%H%M%S') FROM documents d WHERE d.doc_id = events.doc_id)"
                : "record, (SELECT sum(1 + coalesce(json_array_length(e.record, '$.mentions'), 0)) FROM events e WHERE e.fused_id = " + me + "), "
                    + "len(sources), reports, "
                    + "(SELECT min(coalesce(d.url, d.source)) FROM events e JOIN documents d ON d.doc_id = e.doc_id WHERE e.fused_id = " + me + "), "
                    + "(SELECT strftime(min(d.ingested_at), '%Y%m%d%H%M%S') FROM events e JOIN documents d ON d.doc_id = e.doc_id WHERE e.fused_id = " + me + ")";
        if (header) {
            line(out, String.join("\t", GDELT_COLUMNS));
        }
        return q.run(store, cols, rs -> {
            for (List<String> row : gdelt(parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getString(5), rs.getString(6))) {
                line(out, String.join("\t", row));
            }
        });
    }

    /**
     * The GDELT rows of one event: one for each actor and recipient pair of a compound event ("Russia and China
     * accused the United States" is two rows, as GDELT's dyadic table has it), the first under the event's own
     * id and the others under ids made from it.
     */
    static List<List<String>> gdelt(ObjectNode r, long mentions, long sources, long articles, String url, String added) {
        List<JsonNode> actors = eachOrNone(r.path("actor"));
        List<JsonNode> recipients = eachOrNone(r.path("recipient"));
        List<List<String>> rows = new ArrayList<>();
        String id = r.path("id").asText();
        for (JsonNode a : actors) {
            for (JsonNode b : recipients) {
                String rowId = rows.isEmpty() ? id : id + "#" + rows.size();
                rows.add(gdeltRow(r, rowId, a, b, mentions, sources, articles, url, added));
            }
        }
        return rows;
    }

    /** The participants of one side, or a single empty one where the side has none. */
    private static List<JsonNode> eachOrNone(JsonNode side) {
        List<JsonNode> out = new ArrayList<>();
        side.forEach(out::add);
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    private static List<String> gdeltRow(ObjectNode r, String rowId, JsonNode actor1, JsonNode actor2, long mentions,
                                         long sources, long articles, String url, String added) {
        Map<String, String> v = new HashMap<>();
        v.put("GlobalEventID", Long.toString(globalId(rowId)));
        JsonNode date = r.path("date");
        if (date.isObject()) {
            int[] ymd = gdeltDate(LocalDate.parse(date.path("start").asText()), LocalDate.parse(date.path("end").asText(
                    date.path("start").asText())));
            v.put("Day", String.format(Locale.ROOT, "%04d%02d%02d", ymd[0], ymd[1], ymd[2]));
            v.put("MonthYear", String.format(Locale.ROOT, "%04d%02d", ymd[0], ymd[1]));
            v.put("Year", Integer.toString(ymd[0]));
            // GDELT's codebook: YYYY.FFFF with FFFF = (MONTH * 30 + DAY) / 365, an unknown month or day counting 0
            v.put("FractionDate", String.format(Locale.ROOT, "%.4f", ymd[0] + (ymd[1] * 30 + ymd[2]) / 365.0));
        }
        actor(v, "Actor1", actor1);
        actor(v, "Actor2", actor2);
        String[] code = cameo(r.path("event").asText(), EventRow.text(r, "mode"), r.path("modality").asText());
        v.put("IsRootEvent", "1");
        v.put("EventCode", code[0]);
        v.put("EventBaseCode", code[0].substring(0, 3));
        v.put("EventRootCode", code[0].substring(0, 2));
        v.put("QuadClass", Integer.toString(quad(r.path("quad_class").asText())));
        double scale = Math.max(-10, Math.min(10, r.path("intensity").asDouble(0)));
        v.put("GoldsteinScale", String.format(Locale.ROOT, "%.1f", scale));
        v.put("NumMentions", Long.toString(mentions));
        v.put("NumSources", Long.toString(sources));
        v.put("NumArticles", Long.toString(articles));
        JsonNode loc = r.path("location");
        if (loc.isObject()) {
            Optional<String> country = FipsCodes.builtIn().find(EventRow.text(loc, "country"));
            // GDELT's geographic types: 4 a place with coordinates, 1 a place known only by its country
            v.put("ActionGeo_Type", loc.path("lat").isNumber() ? "4" : country.isPresent() ? "1" : "");
            v.put("ActionGeo_FullName", EventRow.text(loc, "name"));
            v.put("ActionGeo_CountryCode", country.orElse(null));
            if (loc.path("lat").isNumber()) {
                v.put("ActionGeo_Lat", String.format(Locale.ROOT, "%.4f", loc.path("lat").asDouble()));
                v.put("ActionGeo_Long", String.format(Locale.ROOT, "%.4f", loc.path("lon").asDouble()));
            }
        }
        v.put("DATEADDED", added);
        v.put("SOURCEURL", url);
        List<String> row = new ArrayList<>();
        for (String c : GDELT_COLUMNS) {
            String s = v.get(c);
            row.add(s == null ? "" : s.replace('\t', ' ').replace('\n', ' '));
        }
        return row;
    }

    /**
     * The year, month and day GDELT's date columns get for an event from {@code start} to {@code end}: the day
     * where it is one day; where it spans more, the finest of month and year that holds it whole, the finer
     * parts 0, so that a month is written 20190500 (MonthYear 201905) and a year 20190000 (MonthYear 201900);
     * a span across years, which GDELT cannot write, by its first day.
     */
    static int[] gdeltDate(LocalDate start, LocalDate end) {
        if (start.equals(end) || start.getYear() != end.getYear()) {
            return new int[] {start.getYear(), start.getMonthValue(), start.getDayOfMonth()};
        }
        if (start.getMonthValue() == end.getMonthValue()) {
            return new int[] {start.getYear(), start.getMonthValue(), 0};
        }
        return new int[] {start.getYear(), 0, 0};
    }

    private static void actor(Map<String, String> v, String prefix, JsonNode p) {
        if (p == null) {
            return;
        }
        String code = EventRow.text(p, "code");
        String sector = EventRow.text(p, "sector");
        v.put(prefix + "Code", (code == null ? "" : code) + (sector == null ? "" : sector));
        v.put(prefix + "Name", EventRow.text(p, "name") == null ? null : EventRow.text(p, "name").toUpperCase(Locale.ROOT));
        if (code != null && code.length() == 3 && !List.of("IGO", "NGO", "MNC", "IMG").contains(code)) {
            v.put(prefix + "CountryCode", code);
        } else if (code != null) {
            v.put(prefix + "KnownGroupCode", code);
        }
        v.put(prefix + "Type1Code", sector);
    }

    /** A positive 63-bit number standing for an event id, as GDELT's integer ids need. */
    static long globalId(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (h[i] & 0xff);
            }
            return n & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ObjectNode parse(String json) throws SQLException {
        try {
            return (ObjectNode) Records.mapper().readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("a stored record is not a JSON object", e);
        }
    }

    private static void line(Writer out, String s) {
        try {
            out.write(s);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
