package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The columns of an event (per-article or fused) taken from its JSON record. Stateless. */
final class EventRow {
    static final String INSERT = "INSERT INTO events (id, doc_id, source, event, mode, modality, historical, date_value, "
            + "date_precision, date_start, date_end, quad_class, intensity, confidence, actor_codes, recipient_codes, "
            + "actor_names, recipient_names, location_name, location_country, lat, lon, sentence, evidence_start, "
            + "evidence_end, trigger, fused_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, NULL, ?::JSON)";

    static final String INSERT_FUSED = "INSERT INTO fused_events (id, event, mode, modality, date_value, date_precision, "
            + "date_start, date_end, quad_class, intensity, actor_codes, recipient_codes, actor_names, recipient_names, "
            + "location_name, location_country, lat, lon, sentence, reports, sources, members, first_reported, "
            + "last_reported, record, confidence, linked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?::JSON, ?, ?)";

    private EventRow() {
    }

    static void bind(PreparedStatement ps, Connection c, String docId, ObjectNode e) throws SQLException {
        JsonNode date = e.path("date");
        JsonNode ev = e.path("evidence");
        int i = 1;
        ps.setString(i++, e.path("id").asText());
        ps.setString(i++, docId);
        ps.setString(i++, text(e, "source"));
        ps.setString(i++, text(e, "event"));
        ps.setString(i++, text(e, "mode"));
        ps.setString(i++, text(e, "modality"));
        ps.setBoolean(i++, e.path("historical").asBoolean(false));
        ps.setString(i++, text(date, "value"));
        ps.setString(i++, text(date, "precision"));
        setDate(ps, i++, text(date, "start"));
        setDate(ps, i++, text(date, "end"));
        ps.setString(i++, text(e, "quad_class"));
        setDouble(ps, i++, e.get("intensity"));
        setDouble(ps, i++, e.get("confidence"));
        i = bindPartiesAndPlace(ps, c, e, i);
        ps.setString(i++, text(ev, "sentence"));
        setInt(ps, i++, ev.get("start"));
        setInt(ps, i++, ev.get("end"));
        ps.setString(i++, text(ev, "trigger"));
        ps.setString(i, Records.line(e));
    }

    /**
     * The columns both event tables share, in their order: actor and recipient codes and names, then the
     * place's name, country and coordinates. Returns the next parameter index.
     */
    private static int bindPartiesAndPlace(PreparedStatement ps, Connection c, JsonNode event, int from)
            throws SQLException {
        JsonNode loc = event.path("location");
        int i = from;
        ps.setArray(i++, c.createArrayOf("VARCHAR", codes(event.path("actor")).toArray()));
        ps.setArray(i++, c.createArrayOf("VARCHAR", codes(event.path("recipient")).toArray()));
        ps.setArray(i++, c.createArrayOf("VARCHAR", names(event.path("actor")).toArray()));
        ps.setArray(i++, c.createArrayOf("VARCHAR", names(event.path("recipient")).toArray()));
        ps.setString(i++, text(loc, "name"));
        ps.setString(i++, text(loc, "country"));
        setDouble(ps, i++, loc.get("lat"));
        setDouble(ps, i++, loc.get("lon"));
        return i;
    }

    static void bindFused(PreparedStatement ps, Connection c, ObjectNode f) throws SQLException {
        JsonNode date = f.path("date");
        int i = 1;
        ps.setString(i++, f.path("id").asText());
        ps.setString(i++, text(f, "event"));
        ps.setString(i++, text(f, "mode"));
        ps.setString(i++, text(f, "modality"));
        ps.setString(i++, text(date, "value"));
        ps.setString(i++, text(date, "precision"));
        setDate(ps, i++, text(date, "start"));
        setDate(ps, i++, text(date, "end"));
        ps.setString(i++, text(f, "quad_class"));
        setDouble(ps, i++, f.get("intensity"));
        i = bindPartiesAndPlace(ps, c, f, i);
        ps.setString(i++, text(f.path("evidence"), "sentence"));
        ps.setInt(i++, f.path("reports").asInt());
        ps.setArray(i++, c.createArrayOf("VARCHAR", strings(f.path("sources")).toArray()));
        ps.setArray(i++, c.createArrayOf("VARCHAR", strings(f.path("members")).toArray()));
        ps.setString(i++, text(f, "first_reported"));
        ps.setString(i++, text(f, "last_reported"));
        ps.setString(i++, Records.line(f));
        setDouble(ps, i++, f.get("confidence"));
        ps.setArray(i, c.createArrayOf("VARCHAR", strings(f.path("linked")).toArray()));
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    /** The codes of a participant list, in order, without nulls or repeats. */
    static List<String> codes(JsonNode participants) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : participants) {
            String code = text(p, "code");
            if (code != null && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    static List<String> names(JsonNode participants) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : participants) {
            String n = text(p, "name");
            if (n == null) {
                n = text(p, "text");
            }
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    private static void setDate(PreparedStatement ps, int i, String iso) throws SQLException {
        if (iso == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, LocalDate.parse(iso));
        }
    }

    private static void setDouble(PreparedStatement ps, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull() || !v.isNumber()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v.asDouble());
        }
    }

    private static void setInt(PreparedStatement ps, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull() || !v.isNumber()) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v.asInt());
        }
    }
}
