package dev.dyad.store;

import dev.dyad.model.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one filter model of dyad's events and the one SQL it becomes: {@code dyad query}, {@code dyad export},
 * the web API's pages, downloads, counts, timeline and map all select events through it, so a filter means
 * the same everywhere and the rows come in the same order ({@link #ORDER}). Every filter is optional;
 * several are combined with AND, and the values of a list filter with OR. Every value is a bound parameter;
 * only fixed names stand in the SQL text. Immutable.
 *
 * @param unfused    per-article events instead of fused ones
 * @param actors     actor codes or names (a code exactly, a name ignoring case); an event matches one of them
 * @param recipients recipient codes or names
 * @param between    parties on either side (each must take part, either way round)
 * @param types      PLOVER types
 * @param modes      PLOVER modes
 * @param modalities asserted, future, hypothetical or negated
 * @param from       first day (the event's dates overlap [from, to])
 * @param to         last day
 * @param source     a part of a source
 * @param text       a part of the evidence sentence (any case)
 * @param quads      quad classes ({@link Periods#QUADS})
 * @param limit      at most this many, or 0 for all
 * @param offset     rows skipped before the first
 */
public record EventQuery(boolean unfused, List<String> actors, List<String> recipients, List<String> between,
                         List<String> types, List<String> modes, List<String> modalities, LocalDate from, LocalDate to,
                         String source, String text, List<String> quads, int limit, int offset) {
    /** The filters' names, as the web API's parameters and, after "--", the command line's options. */
    public static final List<String> FILTERS = List.of("actor", "recipient", "between", "type", "mode", "modality",
            "from", "to", "source", "text", "quad", "unfused");
    /** The order of every listing: the newest event first (by its first day; undated last), then by id. */
    public static final String ORDER = " ORDER BY date_start DESC NULLS LAST, id";

    public EventQuery {
        actors = List.copyOf(actors == null ? List.of() : actors);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        between = List.copyOf(between == null ? List.of() : between);
        types = List.copyOf(types == null ? List.of() : types).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        modes = List.copyOf(modes == null ? List.of() : modes).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        modalities = List.copyOf(modalities == null ? List.of() : modalities).stream()
                .map(m -> m.toLowerCase(Locale.ROOT)).toList();
        quads = List.copyOf(quads == null ? List.of() : quads);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** Every fused event. */
    public static EventQuery all() {
        return new EventQuery(false, null, null, null, null, null, null, null, null, null, null, null, 0, 0);
    }

    /** The same filters, {@code limit} rows (0 for all) after the first {@code offset}. */
    public EventQuery page(int limit, int offset) {
        return new EventQuery(unfused, actors, recipients, between, types, modes, modalities, from, to, source, text,
                quads, limit, offset);
    }

    /**
     * Reads the filters from their written values, as the command line and the web API give them: {@code value}
     * answers a filter's value by its name in {@link #FILTERS}, or null when it is not given. A list filter
     * (actor, recipient, between, type, mode, modality, quad) takes values separated by commas; a date is a
     * day, a month, an ISO week or a year ({@link Periods}); a quad class is its name or GDELT's number;
     * {@code unfused} is true or false. A bad value is an {@link IllegalArgumentException} whose message starts
     * with the filter's name after {@code prefix} ("--" for options, "" for parameters).
     */
    public static EventQuery parse(Function<String, String> value, String prefix) {
        List<String> types = list(value.apply("type"));
        for (String t : types) {
            if (!Event.TYPES.contains(t.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(prefix + "type " + t + ": not a PLOVER event type ("
                        + String.join(", ", Event.TYPES.stream().sorted().toList()) + ")");
            }
        }
        List<String> modalities = list(value.apply("modality"));
        for (String m : modalities) {
            if (!Event.MODALITIES.contains(m.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(prefix + "modality " + m
                        + ": one of asserted, future, hypothetical, negated");
            }
        }
        List<String> quads = new ArrayList<>();
        for (String q : list(value.apply("quad"))) {
            quads.add(Periods.quad(q).orElseThrow(() -> new IllegalArgumentException(prefix + "quad " + q
                    + ": a quad class (" + String.join(", ", Periods.QUADS) + ") or its number 1 to 4")));
        }
        LocalDate from = date(prefix + "from", value.apply("from"), 0);
        LocalDate to = date(prefix + "to", value.apply("to"), 1);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(prefix + "to " + value.apply("to") + " ends before " + prefix + "from "
                    + value.apply("from") + " begins");
        }
        return new EventQuery(bool(prefix + "unfused", value.apply("unfused")), list(value.apply("actor")),
                list(value.apply("recipient")), list(value.apply("between")), types, list(value.apply("mode")),
                modalities, from, to, blank(value.apply("source")), blank(value.apply("text")), quads, 0, 0);
    }

    /** The values of a list, separated by commas, each stripped; none when absent or blank. */
    static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (!p.isEmpty() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " " + value + ": true or false");
        };
    }

    /** The first ({@code end} 0) or last ({@code end} 1) day of the period a date filter gives. */
    private static LocalDate date(String name, String value, int end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Periods.parse(value).map(p -> p[end]).orElseThrow(() -> new IllegalArgumentException(name + " " + value
                + ": a date as YYYY-MM-DD, a month YYYY-MM, a week YYYY-Www or a year YYYY"));
    }

    /** The table read. */
    public String table() {
        return unfused ? "events" : "fused_events";
    }

    /** A WHERE clause ({@code ""} when nothing is filtered, else starting with " WHERE ") and its parameters in order. */
    public record Where(String sql, List<Object> params) {
        public Where {
            params = List.copyOf(params);
        }

        /** This clause with one more condition, which binds no parameter. */
        public Where and(String condition) {
            return new Where(sql.isEmpty() ? " WHERE " + condition : sql + " AND " + condition, params);
        }

        /** Binds the parameters from position {@code first}; answers the next free position. */
        public int bind(PreparedStatement s, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                s.setObject(i++, p);
            }
            return i;
        }
    }

    /** The filters as a WHERE clause over {@link #table()}. */
    public Where where() {
        List<String> conds = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        party(conds, params, actors, List.of("actor"));
        party(conds, params, recipients, List.of("recipient"));
        for (String p : between) {
            party(conds, params, List.of(p), List.of("actor", "recipient"));
        }
        in(conds, params, "event", types);
        in(conds, params, "mode", modes);
        in(conds, params, "modality", modalities);
        in(conds, params, "quad_class", quads);
        if (from != null) {
            // an event counts when any of its days falls in the range
            conds.add("date_end >= ?");
            params.add(from);
        }
        if (to != null) {
            conds.add("date_start <= ?");
            params.add(to);
        }
        if (source != null) {
            conds.add(unfused ? "contains(source, ?)" : "len(list_filter(sources, s -> contains(s, ?))) > 0");
            params.add(source);
        }
        if (text != null) {
            conds.add("contains(lower(sentence), ?)");
            params.add(text.toLowerCase(Locale.ROOT));
        }
        return new Where(conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds), params);
    }

    private static void in(List<String> conds, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            conds.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            params.addAll(values);
        }
    }

    /** One of {@code wanted} on one of the {@code sides}: by code (any case) or by name (ignoring case). */
    private static void party(List<String> conds, List<Object> params, List<String> wanted, List<String> sides) {
        if (wanted.isEmpty()) {
            return;
        }
        List<String> any = new ArrayList<>();
        for (String w : wanted) {
            for (String side : sides) {
                any.add("list_contains(" + side + "_codes, ?)");
                any.add("list_contains(list_transform(" + side + "_names, n -> lower(n)), ?)");
                params.add(w.toUpperCase(Locale.ROOT));
                params.add(w.toLowerCase(Locale.ROOT));
            }
        }
        conds.add("(" + String.join(" OR ", any) + ")");
    }

    /** The SQL selecting {@code columns} of the matching events in {@link #ORDER}, within the limit and offset. */
    public String select(String columns) {
        return "SELECT " + columns + " FROM " + table() + where().sql() + ORDER + (limit > 0 ? " LIMIT " + limit : "")
                + (offset > 0 ? " OFFSET " + offset : "");
    }

    /** The query's SQL with its parameters bound, selecting {@code columns} (SQL), in {@link #ORDER}. */
    public PreparedStatement prepare(Connection c, String columns) throws SQLException {
        return prepare(c, columns, "");
    }

    /** The same, the statement led by {@code prefix} (such as "CREATE TEMP TABLE t AS "). */
    PreparedStatement prepare(Connection c, String columns, String prefix) throws SQLException {
        PreparedStatement ps = c.prepareStatement(prefix + select(columns));
        where().bind(ps, 1);
        return ps;
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
