package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyad.store.EventStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/** Stores of many fused events between a few countries, written straight into their tables: no models load. */
public final class FusedStores {
    private FusedStores() {
    }

    /** A new store at {@code db} holding {@code n} fused events. */
    public static Path of(Path db, int n) throws Exception {
        try (EventStore s = EventStore.open(db, Duration.ZERO)) {
            assertEquals(0, s.count("fused_events"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO fused_events (id, event, modality, date_value, date_precision, date_start, date_end,
                      quad_class, intensity, actor_codes, recipient_codes, actor_names, recipient_names, sentence,
                      reports, sources, members, record)
                    SELECT 'f-' || i, ['CONSULT', 'AID', 'ACCUSE'][1 + i % 3], 'asserted',
                      strftime(DATE '2018-01-01' + (i % 365)::INT, '%Y-%m-%d'), 'day', DATE '2018-01-01' + (i % 365)::INT,
                      DATE '2018-01-01' + (i % 365)::INT, 'verbal cooperation', 2.5, [['USA', 'PRK', 'RUS'][1 + i % 3]],
                      [['CHN', 'KOR'][1 + i % 2]], ['a government'], ['another government'],
                      'Officials of two governments met in a sentence numbered ' || i || '.', 1, ['src/' || i],
                      ['e-' || i], json_object('id', 'f-' || i)
                    FROM range(""" + n + ") s(i)");
        }
        return db;
    }
}
