package dev.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dyad's timeline: how many fused events between two parties (either way round) each week, by type,
 * over a date range. What an analyst's first chart of two countries shows. It reads the table
 * {@code fused_dyads} (one row per pair of parties of a fused event), which fusion keeps. Stateless.
 */
public final class Timeline {
    /** One bar: the Monday a week starts on, an event type, how many fused events. */
    public record Week(LocalDate week, String event, long count) {
    }

    private static final String SQL = """
            SELECT CAST(date_trunc('week', date_start) AS DATE) AS week, event, count(*) AS n
            FROM fused_dyads
            WHERE dyad = ? AND date_start <= ? AND date_end >= ?
            GROUP BY ALL ORDER BY week, event""";

    private Timeline() {
    }

    /** Weekly counts by type of the fused events between {@code a} and {@code b} dated within [from, to]. */
    public static List<Week> dyad(EventStore store, String a, String b, LocalDate from, LocalDate to) throws StoreException {
        String x = a.toUpperCase(Locale.ROOT);
        String y = b.toUpperCase(Locale.ROOT);
        try (PreparedStatement ps = store.connection().prepareStatement(SQL)) {
            ps.setString(1, x.compareTo(y) <= 0 ? x + " " + y : y + " " + x);
            ps.setObject(2, to);
            ps.setObject(3, from);
            List<Week> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Week(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw EventStore.translate(store.name(), "read", e);
        }
    }

    /**
     * Fills a store with {@code n} plausible per-article events made up by SQL (no articles, no
     * language models) and their fused events: for benchmarks of queries at scale. Parties are drawn
     * from {@code codes}, the busiest first; dates from 2015 to 2024.
     */
    public static void generate(EventStore store, long n, List<String> codes) throws StoreException {
        String list = "[" + String.join(", ", codes.stream().map(c -> "'" + c.replace("'", "''") + "'").toList()) + "]";
        String types = "['AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT',"
                + "'THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT']";
        // squared uniform draws favour the first codes, as news favours a few countries
        String events = """
                INSERT INTO events
                SELECT 'e-' || lpad(to_hex(i), 12, '0') AS id, sha256((i // 4)::VARCHAR) AS doc_id,
                  'generated/' || (i // 4) || '.txt' AS source, ev AS event, NULL AS mode,
                  CASE WHEN i % 10 = 0 THEN 'future' WHEN i % 29 = 0 THEN 'negated' ELSE 'asserted' END AS modality,
                  false, strftime(d, '%Y-%m-%d'), 'day', d, d,
                  CASE WHEN ev IN ('AGREE','CONSULT','SUPPORT') THEN 'verbal cooperation'
                       WHEN ev IN ('CONCEDE','COOPERATE','AID','RETREAT') THEN 'material cooperation'
                       WHEN ev IN ('REQUEST','ACCUSE','REJECT','THREATEN') THEN 'verbal conflict'
                       ELSE 'material conflict' END,
                  0.0, 0.7, [a], [r], [a], [r], NULL, NULL, NULL, NULL, 'A generated sentence.', 0, 21, NULL, NULL,
                  json_object('id', 'e-' || lpad(to_hex(i), 12, '0'), 'event', ev, 'date', strftime(d, '%Y-%m-%d'),
                              'actor', a, 'recipient', r)
                FROM (SELECT i, CODES[1 + floor(pow(random(), 2) * len(CODES))::INT] AS a,
                             CODES[1 + floor(pow(random(), 2) * len(CODES))::INT] AS r0,
                             TYPES[1 + (hash(i) % 16)::INT] AS ev,
                             DATE '2015-01-01' + (hash(i * 7919) % 3653)::INT AS d
                      FROM range(N) t(i)) g, LATERAL (SELECT CASE WHEN r0 = a THEN CODES[len(CODES)] ELSE r0 END AS r) rr
                """.replace("CODES", list).replace("TYPES", types).replace("range(N)", "range(" + n + ")");
        String fused = """
                INSERT INTO fused_events
                SELECT 'f-' || md5(min(id)), event, NULL, modality, min(date_value), 'day', date_start, date_end, min(quad_class),
                  0.0, actor_codes, recipient_codes, actor_codes, recipient_codes, NULL, NULL, NULL, NULL, min(sentence),
                  count(*), list(DISTINCT source), list(id), NULL, NULL,
                  json_object('id', 'f-' || md5(min(id)), 'event', event, 'reports', count(*)), 0.7, []
                FROM events GROUP BY event, modality, date_start, date_end, actor_codes, recipient_codes""";
        try (java.sql.Statement s = store.connection().createStatement()) {
            store.connection().setAutoCommit(false);
            s.execute(events);
            // each generated article a document row, whole as the store checks it
            s.execute("""
                    INSERT INTO documents (doc_id, source, content_hash, title, ingested_at, record, actor_rows, event_rows)
                    SELECT doc_id, min(source), doc_id, 'Generated article', current_timestamp,
                      json_object('source', min(source)), 0, count(*)
                    FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents) GROUP BY doc_id""");
            s.execute(fused);
            s.execute("INSERT INTO fused_dyads " + Schema.dyadRows("TRUE"));
            s.execute("UPDATE events SET fused_id = f.id FROM (SELECT id, unnest(members) AS m FROM fused_events) f WHERE events.id = f.m");
            store.connection().commit();
            store.connection().setAutoCommit(true);
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw EventStore.translate(store.name(), "write", e);
        }
    }
}
