package dev.dyad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.Actor;
import dev.dyad.model.ContentHash;
import dev.dyad.model.Event;
import dev.dyad.model.Participant;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store on disk in the layout the store contract fixes (documents, actors, events, fused_events),
 * written from real pipeline results. Events of different documents with the same type, parties and
 * date are fused into one fused event, as the store fuses them, so that the API's fused views have
 * several reports to show.
 */
final class StoreFixture {
    static final String DDL = """
            CREATE TABLE meta(key VARCHAR PRIMARY KEY, value VARCHAR);
            CREATE TABLE documents(doc_id VARCHAR PRIMARY KEY, source VARCHAR, content_hash VARCHAR UNIQUE, url VARCHAR,
              title VARCHAR, published VARCHAR, rejection_code VARCHAR, rejection_message VARCHAR,
              ingested_at TIMESTAMP, record JSON);
            CREATE TABLE actors(doc_id VARCHAR, actor_id VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR,
              office VARCHAR, mentions INTEGER, record JSON);
            CREATE TABLE events(id VARCHAR PRIMARY KEY, doc_id VARCHAR, source VARCHAR, event VARCHAR, mode VARCHAR,
              modality VARCHAR, historical BOOLEAN, date_value VARCHAR, date_precision VARCHAR, date_start DATE,
              date_end DATE, quad_class VARCHAR, intensity DOUBLE, confidence DOUBLE, actor_codes VARCHAR[],
              recipient_codes VARCHAR[], actor_names VARCHAR[], recipient_names VARCHAR[], location_name VARCHAR,
              location_country VARCHAR, lat DOUBLE, lon DOUBLE, sentence VARCHAR, evidence_start INTEGER,
              evidence_end INTEGER, trigger VARCHAR, fused_id VARCHAR, record JSON);
            CREATE TABLE fused_events(id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, modality VARCHAR,
              date_value VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE, quad_class VARCHAR,
              intensity DOUBLE, actor_codes VARCHAR[], recipient_codes VARCHAR[], actor_names VARCHAR[],
              recipient_names VARCHAR[], location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
              sentence VARCHAR, reports INTEGER, sources VARCHAR[], members VARCHAR[], first_reported VARCHAR,
              last_reported VARCHAR, record JSON);
            INSERT INTO meta VALUES ('schema_version', '1');
            """;

    /** One analysed document: its raw form and what the pipeline made of it. */
    record Doc(RawDocument raw, Pipeline.Result result) {
    }

    private StoreFixture() {
    }

    static void write(Path file, List<Doc> docs) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                for (String sql : DDL.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            Map<String, List<Event>> groups = new LinkedHashMap<>();
            Map<String, String> docOf = new LinkedHashMap<>();
            for (Doc d : docs) {
                String docId = ContentHash.of(d.raw());
                insertDocument(c, docId, d);
                for (Event e : d.result().events()) {
                    groups.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
                    docOf.put(e.id(), docId);
                }
            }
            for (List<Event> group : groups.values()) {
                String fusedId = "f-" + ContentHash.of(key(group.get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 16);
                for (Event e : group) {
                    insertEvent(c, e, docOf.get(e.id()), fusedId);
                }
                insertFused(c, fusedId, group);
            }
        }
    }

    private static String key(Event e) {
        return e.event() + "|" + codes(e.actor()) + "|" + codes(e.recipient()) + "|"
                + (e.date() == null ? "" : e.date().value()) + "|" + e.modality();
    }

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    private static List<String> names(List<Participant> ps) {
        return ps.stream().map(p -> p.name() != null ? p.name() : p.text()).toList();
    }

    private static void insertDocument(Connection c, String docId, Doc d) throws SQLException {
        var x = d.result().extraction();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
            s.setString(1, docId);
            s.setString(2, d.raw().source());
            s.setString(3, docId);
            s.setString(4, x.ok() ? x.article().url() : null);
            s.setString(5, x.ok() ? x.article().title() : null);
            s.setString(6, x.ok() ? x.article().published() : null);
            s.setString(7, x.ok() ? null : x.rejection().code());
            s.setString(8, x.ok() ? null : x.rejection().message());
            s.setString(9, Records.line(Records.extraction(x)));
            s.executeUpdate();
        }
        int n = 0;
        for (Actor a : d.result().actors()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, docId);
                s.setString(2, docId + "-a" + n++);
                s.setString(3, a.name());
                s.setString(4, a.code());
                s.setString(5, a.sector());
                s.setString(6, a.office());
                s.setInt(7, a.mentions().size());
                s.setString(8, Records.line(Records.actor(a, true)));
                s.executeUpdate();
            }
        }
    }

    private static void insertEvent(Connection c, Event e, String docId, String fusedId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            s.setString(i++, e.id());
            s.setString(i++, docId);
            s.setString(i++, e.source());
            s.setString(i++, e.event());
            s.setString(i++, e.mode());
            s.setString(i++, e.modality());
            s.setBoolean(i++, e.historical());
            i = date(s, i, e);
            s.setString(i++, e.quadClass());
            s.setDouble(i++, e.intensity());
            s.setDouble(i++, e.confidence());
            i = parties(c, s, i, e);
            i = place(s, i, e);
            s.setString(i++, e.evidence().sentence());
            s.setInt(i++, e.evidence().start());
            s.setInt(i++, e.evidence().end());
            s.setString(i++, e.evidence().trigger());
            s.setString(i++, fusedId);
            s.setString(i, Records.line(Records.event(e)));
            s.executeUpdate();
        }
    }

    private static void insertFused(Connection c, String id, List<Event> group) throws SQLException {
        Event e = group.get(0);
        ObjectNode record = Records.event(e);
        record.put("id", id);
        record.remove("source");
        record.put("reports", group.size());
        ArrayNode sources = record.putArray("sources");
        ArrayNode members = record.putArray("members");
        for (Event m : group) {
            sources.add(m.source());
            members.add(m.id());
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fused_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            s.setString(i++, id);
            s.setString(i++, e.event());
            s.setString(i++, e.mode());
            s.setString(i++, e.modality());
            i = date(s, i, e);
            s.setString(i++, e.quadClass());
            s.setDouble(i++, e.intensity());
            i = parties(c, s, i, e);
            i = place(s, i, e);
            s.setString(i++, e.evidence().sentence());
            s.setInt(i++, group.size());
            s.setArray(i++, c.createArrayOf("VARCHAR", group.stream().map(Event::source).toArray()));
            s.setArray(i++, c.createArrayOf("VARCHAR", group.stream().map(Event::id).toArray()));
            s.setString(i++, null);
            s.setString(i++, null);
            s.setString(i, Records.line(record));
            s.executeUpdate();
        }
    }

    private static int date(PreparedStatement s, int i, Event e) throws SQLException {
        if (e.date() == null) {
            for (int k = 0; k < 4; k++) {
                s.setObject(i++, null);
            }
            return i;
        }
        s.setString(i++, e.date().value());
        s.setString(i++, e.date().precision());
        s.setObject(i++, e.date().start());
        s.setObject(i++, e.date().end());
        return i;
    }

    private static int parties(Connection c, PreparedStatement s, int i, Event e) throws SQLException {
        s.setArray(i++, c.createArrayOf("VARCHAR", codes(e.actor()).toArray()));
        s.setArray(i++, c.createArrayOf("VARCHAR", codes(e.recipient()).toArray()));
        s.setArray(i++, c.createArrayOf("VARCHAR", names(e.actor()).toArray()));
        s.setArray(i++, c.createArrayOf("VARCHAR", names(e.recipient()).toArray()));
        return i;
    }

    private static int place(PreparedStatement s, int i, Event e) throws SQLException {
        var p = e.location();
        s.setString(i++, p == null ? null : p.name());
        s.setString(i++, p == null ? null : p.country());
        s.setObject(i++, p == null ? null : p.lat());
        s.setObject(i++, p == null ? null : p.lon());
        return i;
    }
}
