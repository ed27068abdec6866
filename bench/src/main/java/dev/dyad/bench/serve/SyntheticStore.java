package dev.dyad.bench.serve;

import dev.dyad.store.EventStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A store of synthetic events for load tests: the store's own schema (made by opening it), then rows
 * inserted directly into the contract tables by SQL, one fused event per article event. Actor and
 * recipient codes are drawn from 30 codes with a skewed distribution (a few busy countries, many
 * quiet ones), types and modalities uniformly, dates over ten years; the seed of DuckDB's random
 * generator is fixed, so that every run builds the same store.
 */
final class SyntheticStore {
    static final String[] CODES = {"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "IRN", "ISR", "UKR", "TUR",
        "SAU", "PRK", "KOR", "PAK", "AFG", "SYR", "IRQ", "EGY", "BRA", "MEX", "ZAF", "NGA", "ETH", "IDN", "AUS", "CAN",
        "UNO", "EUR"};

    /** The busiest actor–recipient pair of the store, and how many fused events it has. */
    record Dyad(String actor, String recipient, long events) {
    }

    private SyntheticStore() {
    }

    static Dyad build(Path file, int events) throws Exception {
        try (EventStore s = EventStore.open(file, Duration.ofSeconds(10))) {
            if (s.count("events") > 0) {
                throw new IllegalArgumentException(file + " already holds events; give a new file");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            StringBuilder codes = new StringBuilder();
            for (int i = 0; i < CODES.length; i++) {
                codes.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(CODES[i]).append("')");
            }
            st.execute("CREATE TEMP TABLE codes AS SELECT * FROM (VALUES " + codes + ") t(k, code)");
            st.execute("""
                    CREATE TEMP TABLE types AS SELECT * FROM (VALUES
                      (0, 'AGREE', 'verbal cooperation', 2.5), (1, 'CONSULT', 'verbal cooperation', 2.5),
                      (2, 'SUPPORT', 'verbal cooperation', 5), (3, 'CONCEDE', 'verbal cooperation', 4.5),
                      (4, 'COOPERATE', 'material cooperation', 9.5), (5, 'AID', 'material cooperation', 10),
                      (6, 'RETREAT', 'material cooperation', 6.5), (7, 'REQUEST', 'verbal conflict', 0),
                      (8, 'ACCUSE', 'verbal conflict', -3), (9, 'REJECT', 'verbal conflict', -2),
                      (10, 'SANCTION', 'verbal conflict', -6), (11, 'THREATEN', 'verbal conflict', -3.5),
                      (12, 'PROTEST', 'material conflict', -5), (13, 'MOBILIZE', 'material conflict', -5.5),
                      (14, 'COERCE', 'material conflict', -7), (15, 'ASSAULT', 'material conflict', -9)
                    ) t(k, type, quad, intensity)""");
            st.execute("CREATE TEMP TABLE modalities AS SELECT * FROM (VALUES (0, 'asserted'), (1, 'future'), "
                    + "(2, 'hypothetical'), (3, 'negated')) t(k, modality)");
            st.execute("SELECT setseed(0.42)");
            st.execute("CREATE TEMP TABLE draws AS SELECT i, floor(pow(random(), 2) * 30)::INT AS ak, "
                    + "floor(pow(random(), 2) * 30)::INT AS rk, floor(random() * 16)::INT AS tk, "
                    + "(floor(random() * 10)::INT % 4) AS mk, DATE '2015-01-01' + floor(random() * 3650)::INT AS d "
                    + "FROM range(" + events + ") s(i)");
            st.execute("""
                    INSERT INTO fused_events (id, event, mode, modality, date_value, date_precision, date_start, date_end,
                      quad_class, intensity, actor_codes, recipient_codes, actor_names, recipient_names, location_name,
                      location_country, lat, lon, sentence, reports, sources, members, first_reported, last_reported, record)
                    SELECT 'f-' || g.i, t.type, NULL, m.modality, strftime(g.d, '%Y-%m-%d'), 'day', g.d, g.d, t.quad,
                      t.intensity, [a.code], [r.code], [a.code || ' government'], [r.code || ' government'], NULL, r.code,
                      NULL, NULL, 'The government of ' || a.code || ' and officials of ' || r.code
                        || ' were reported in synthetic sentence ' || g.i || '.',
                      1, ['bench/' || (g.i // 5)], ['e-' || g.i], NULL, NULL,
                      json_object('id', 'f-' || g.i, 'event', t.type, 'modality', m.modality, 'reports', 1)
                    FROM draws g JOIN codes a ON a.k = g.ak
                      JOIN codes r ON r.k = (g.rk + CASE WHEN g.rk = g.ak THEN 1 ELSE 0 END) % 30
                      JOIN types t ON t.k = g.tk JOIN modalities m ON m.k = g.mk""");
            st.execute("""
                    INSERT INTO events (id, doc_id, source, event, mode, modality, historical, date_value, date_precision,
                      date_start, date_end, quad_class, intensity, confidence, actor_codes, recipient_codes, actor_names,
                      recipient_names, location_name, location_country, lat, lon, sentence, evidence_start, evidence_end,
                      trigger, fused_id, record)
                    SELECT 'e-' || substr(id, 3), sha256('d-' || (CAST(substr(id, 3) AS BIGINT) // 5)), sources[1], event, mode,
                      modality, false, date_value, date_precision, date_start, date_end, quad_class, intensity, 0.8,
                      actor_codes, recipient_codes, actor_names, recipient_names, location_name, location_country, lat,
                      lon, sentence, 0, length(sentence), 'met', id, record
                    FROM fused_events""");
            st.execute("""
                    INSERT INTO documents (doc_id, source, content_hash, url, title, published, rejection_code,
                      rejection_message, ingested_at, record, actor_rows, event_rows)
                    SELECT sha256('d-' || i), 'bench/' || i, sha256('d-' || i), NULL, 'Synthetic article ' || i,
                      '2020-01-01', NULL, NULL, current_timestamp,
                      json_object('title', 'Synthetic article ' || i, 'body', '', 'removed', []), 0, coalesce(c.n, 0)
                    FROM range(""" + (events + 4) / 5 + """
                    ) s(i) LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) c
                      ON c.doc_id = sha256('d-' || i)""");
            try (ResultSet rs = st.executeQuery("SELECT actor_codes[1], recipient_codes[1], count(*) AS n FROM fused_events "
                    + "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 1")) {
                rs.next();
                return new Dyad(rs.getString(1), rs.getString(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not build the synthetic store " + file + ": " + e.getMessage(), e);
        }
    }
}
