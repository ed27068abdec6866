package dev.dyad.store;

import java.util.List;

/**
 * The store's tables, as migrations from an empty database. Version {@code n} is reached by running the
 * first {@code n} steps in order; a store remembers its version in {@code meta.schema_version}. Columns
 * are only ever added: the web server and the Spark loader read these tables by name.
 */
final class Schema {
    /** The version this build writes and reads. */
    static final int VERSION = 3;

    private Schema() {
    }

    /** Step {@code i} (0-based) takes a store from version {@code i} to {@code i + 1}. */
    static final List<List<String>> STEPS = List.of(List.of(
            "CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE documents(doc_id VARCHAR PRIMARY KEY, source VARCHAR, content_hash VARCHAR UNIQUE,
              url VARCHAR, title VARCHAR, published VARCHAR, rejection_code VARCHAR, rejection_message VARCHAR,
              ingested_at TIMESTAMP, record JSON)""",
            """
            CREATE TABLE actors(doc_id VARCHAR, actor_id VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR,
              office VARCHAR, mentions INTEGER, record JSON)""",
            """
            CREATE TABLE events(id VARCHAR PRIMARY KEY, doc_id VARCHAR, source VARCHAR, event VARCHAR, mode VARCHAR,
              modality VARCHAR, historical BOOLEAN, date_value VARCHAR, date_precision VARCHAR, date_start DATE,
              date_end DATE, quad_class VARCHAR, intensity DOUBLE, confidence DOUBLE, actor_codes VARCHAR[],
              recipient_codes VARCHAR[], actor_names VARCHAR[], recipient_names VARCHAR[], location_name VARCHAR,
              location_country VARCHAR, lat DOUBLE, lon DOUBLE, sentence VARCHAR, evidence_start INTEGER,
              evidence_end INTEGER, trigger VARCHAR, fused_id VARCHAR, record JSON)""",
            """
            CREATE TABLE fused_events(id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, modality VARCHAR,
              date_value VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE, quad_class VARCHAR,
              intensity DOUBLE, actor_codes VARCHAR[], recipient_codes VARCHAR[], actor_names VARCHAR[],
              recipient_names VARCHAR[], location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
              sentence VARCHAR, reports INTEGER, sources VARCHAR[], members VARCHAR[], first_reported VARCHAR,
              last_reported VARCHAR, record JSON, confidence DOUBLE, linked VARCHAR[])"""),
            // 2: one row per pair of parties of each fused event, kept in pair order, for fast dyad timelines
            List.of("""
                    CREATE TABLE fused_dyads(dyad VARCHAR, fused_id VARCHAR, event VARCHAR, modality VARCHAR,
                      date_start DATE, date_end DATE)""",
                    "INSERT INTO fused_dyads " + dyadRows("TRUE")),
            // 3: how many actor and event rows each document was written with, so that a store can check that
            // every document is whole (NULL for documents written before: they are taken as whole)
            List.of("ALTER TABLE documents ADD COLUMN actor_rows INTEGER",
                    "ALTER TABLE documents ADD COLUMN event_rows INTEGER"));

    /**
     * The {@code fused_dyads} rows of the fused events {@code where} selects: every unordered pair of
     * their parties' codes, written "A B" in alphabetical order.
     */
    static String dyadRows(String where) {
        return """
                SELECT DISTINCT least(x, y) || ' ' || greatest(x, y) AS dyad, id, event, modality, date_start, date_end
                FROM (SELECT id, event, modality, date_start, date_end, x, unnest(p) AS y
                      FROM (SELECT id, event, modality, date_start, date_end, p, unnest(p) AS x
                            FROM (SELECT id, event, modality, date_start, date_end,
                                         list_distinct(actor_codes || recipient_codes) AS p
                                  FROM fused_events WHERE %s)))
                WHERE x < y ORDER BY dyad, date_start""".formatted(where);
    }
}
