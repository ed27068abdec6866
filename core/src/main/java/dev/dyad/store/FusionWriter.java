package dev.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the fused events of every event type that has unfused events, in one transaction: a run
 * killed before it commits leaves the events unfused, and the next ingest fuses them again.
 */
final class FusionWriter {
    private final Connection conn;

    FusionWriter(Connection conn) {
        this.conn = conn;
    }

    int fuse() throws SQLException {
        List<String> types = new ArrayList<>();
        int pending;
        try (Statement s = conn.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT event, count(*) FROM events WHERE fused_id IS NULL GROUP BY event ORDER BY event")) {
                pending = 0;
                while (rs.next()) {
                    types.add(rs.getString(1));
                    pending += rs.getInt(2);
                }
            }
        }
        if (types.isEmpty()) {
            return 0;
        }
        Array typeArray = conn.createArrayOf("VARCHAR", types.toArray());
        List<Fusion.Member> members = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.record, e.doc_id, d.published FROM events e "
                + "LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE list_contains(?, e.event)")) {
            ps.setArray(1, typeArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new Fusion.Member(parse(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
        }
        List<Fusion.Cluster> clusters = Fusion.fuse(members);
        conn.setAutoCommit(false);
        try (PreparedStatement del = conn.prepareStatement("DELETE FROM fused_events WHERE list_contains(?, event)")) {
            del.setArray(1, typeArray);
            del.executeUpdate();
        }
        try (PreparedStatement ins = conn.prepareStatement(EventRow.INSERT_FUSED)) {
            int n = 0;
            for (Fusion.Cluster c : clusters) {
                EventRow.bindFused(ins, conn, Fusion.record(c));
                ins.addBatch();
                if (++n % 1000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        try (PreparedStatement dd = conn.prepareStatement("DELETE FROM fused_dyads WHERE list_contains(?, event)")) {
            dd.setArray(1, typeArray);
            dd.executeUpdate();
        }
        try (PreparedStatement di = conn.prepareStatement("INSERT INTO fused_dyads " + Schema.dyadRows("list_contains(?, event)"))) {
            di.setArray(1, typeArray);
            di.executeUpdate();
        }
        try (PreparedStatement upd = conn.prepareStatement("UPDATE events SET fused_id = f.id FROM "
                + "(SELECT id, unnest(members) AS member FROM fused_events WHERE list_contains(?, event)) f "
                + "WHERE events.id = f.member")) {
            upd.setArray(1, typeArray);
            upd.executeUpdate();
        }
        conn.commit();
        return pending;
    }

    private static ObjectNode parse(String json) throws SQLException {
        try {
            JsonNode n = Records.mapper().readTree(json);
            if (!(n instanceof ObjectNode o)) {
                throw new SQLException("an event record is not a JSON object: " + json);
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new SQLException("an event record is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
