package dev.dyad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters of {@code dyad query} over fused events (or per-article events with {@code unfused}),
 * as one parameterised SQL query. Every filter is optional; several are combined with AND. Immutable.
 *
 * @param unfused    per-article events instead of fused ones
 * @param actors     actor codes or names; an event matches one of them
 * @param recipients recipient codes or names
 * @param between    parties on either side (both must take part, either way round)
 * @param types      PLOVER types
 * @param mode       PLOVER mode
 * @param modality   asserted, future, hypothetical or negated
 * @param from       first day (the event's dates overlap [from, to])
 * @param to         last day
 * @param source     a part of a source
 * @param text       a part of the evidence sentence (any case)
 * @param quads      quad classes ({@link Periods#QUADS}); an event matches one of them
 * @param limit      at most this many, or 0 for all
 */
public record EventQuery(boolean unfused, List<String> actors, List<String> recipients, List<String> between,
                         List<String> types, String mode, String modality, LocalDate from, LocalDate to,
                         String source, String text, List<String> quads, int limit) {
    public EventQuery {
        actors = List.copyOf(actors == null ? List.of() : actors);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        between = List.copyOf(between == null ? List.of() : between);
        types = List.copyOf(types == null ? List.of() : types);
        quads = List.copyOf(quads == null ? List.of() : quads);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative");
        }
    }

    /** Every fused event. */
    public static EventQuery all() {
        return new EventQuery(false, null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    /** The table read. */
    public String table() {
        return unfused ? "events" : "fused_events";
    }

    /** The query's SQL with its parameters bound, selecting {@code columns} (SQL), in date order. */
    PreparedStatement prepare(Connection c, String columns) throws SQLException {
        return prepare(c, columns, "");
    }

    /** The same, the statement led by {@code prefix} (such as "CREATE TEMP TABLE t AS "). */
    PreparedStatement prepare(Connection c, String columns, String prefix) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        party(where, params, actors, "actor");
        party(where, params, recipients, "recipient");
        for (String p : between) {
            where.append(" AND (list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?)"
                    + " OR list_contains(list_transform(actor_names || recipient_names, n -> lower(n)), ?))");
            params.add(p.toUpperCase(Locale.ROOT));
            params.add(p.toUpperCase(Locale.ROOT));
            params.add(p.toLowerCase(Locale.ROOT));
        }
        if (!types.isEmpty()) {
            where.append(" AND list_contains(?, event)");
            params.add(c.createArrayOf("VARCHAR", types.stream().map(t -> t.toUpperCase(Locale.ROOT)).toArray()));
        }
        if (mode != null) {
            where.append(" AND mode = ?");
            params.add(mode.toLowerCase(Locale.ROOT));
        }
        if (modality != null) {
            where.append(" AND modality = ?");
            params.add(modality.toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            where.append(" AND date_end >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND date_start <= ?");
            params.add(to);
        }
        if (source != null) {
            where.append(unfused ? " AND contains(source, ?)" : " AND len(list_filter(sources, s -> contains(s, ?))) > 0");
            params.add(source);
        }
        if (text != null) {
            where.append(" AND contains(lower(sentence), ?)");
            params.add(text.toLowerCase(Locale.ROOT));
        }
        if (!quads.isEmpty()) {
            where.append(" AND list_contains(?, quad_class)");
            params.add(c.createArrayOf("VARCHAR", quads.toArray()));
        }
        String sql = prefix + "SELECT " + columns + " FROM " + table() + where + " ORDER BY date_start NULLS LAST, id"
                + (limit > 0 ? " LIMIT " + limit : "");
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Array a) {
                ps.setArray(i + 1, a);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static void party(StringBuilder where, List<Object> params, List<String> wanted, String side) {
        if (wanted.isEmpty()) {
            return;
        }
        where.append(" AND (FALSE");
        for (String w : wanted) {
            where.append(" OR list_contains(").append(side).append("_codes, ?) OR list_contains(list_transform(")
                    .append(side).append("_names, n -> lower(n)), ?)");
            params.add(w.toUpperCase(Locale.ROOT));
            params.add(w.toLowerCase(Locale.ROOT));
        }
        where.append(")");
    }

    /** Runs the query and hands each row to {@code row}; answers how many rows. */
    public long run(EventStore store, String columns, RowHandler row) throws StoreException {
        try (PreparedStatement ps = prepare(store.connection(), columns); ResultSet rs = ps.executeQuery()) {
            long n = 0;
            while (rs.next()) {
                row.accept(rs);
                n++;
            }
            return n;
        } catch (SQLException e) {
            throw EventStore.translate(store.name(), "read", e);
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }
}
