package dev.dyad.app.web;

import dev.dyad.store.Periods;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filters of {@code /api/events}, {@code /api/dyads} and {@code /api/timeline}, read from query
 * parameters and checked: the same filters as {@code dyad query} (actor, recipient, type, mode,
 * modality, from/to, source, text, quad), read as {@link Periods} reads them (a day, month, week or year; a
 * quad class by name or number), and the choice between fused events and the per-article events they were
 * fused from. A malformed value is an {@link ApiException} (400) naming
 * the parameter. Immutable.
 *
 * @param actor     a country or IGO code (three letters, matched exactly) or a name (case-insensitive)
 * @param recipient the same, for the recipient
 * @param type      a PLOVER event type, upper case
 * @param unfused   true for the per-article events, false for the fused ones
 */
public record EventFilter(String actor, String recipient, String type, String mode, String modality,
                          LocalDate from, LocalDate to, String source, String text, String quad, boolean unfused) {

    static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    static final Set<String> MODALITIES = Set.of("asserted", "future", "hypothetical", "negated");
    /** The parameter names this record reads. */
    static final List<String> NAMES = List.of("actor", "recipient", "type", "mode", "modality", "from", "to",
            "source", "text", "quad", "unfused");
    private static final int MAX_LENGTH = 500;

    /** Reads the filters; every parameter not in {@code allowed} is refused, so a typo is not silently ignored. */
    static EventFilter parse(Map<String, List<String>> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            // "?&a=b" leaves an empty name behind: nothing was asked, so nothing is refused
            if (!name.isEmpty() && !allowed.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; this endpoint reads "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        String type = one(params, "type");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw ApiException.badRequest("type '" + one(params, "type") + "' is not a PLOVER event type");
            }
        }
        String modality = one(params, "modality");
        if (modality != null) {
            modality = modality.toLowerCase(Locale.ROOT);
            if (!MODALITIES.contains(modality)) {
                throw ApiException.badRequest("modality must be one of asserted, future, hypothetical, negated");
            }
        }
        String quad = one(params, "quad");
        if (quad != null) {
            String given = quad;
            quad = Periods.quad(quad).orElseThrow(() -> ApiException.badRequest("quad '" + given + "' must be one of "
                    + "verbal cooperation, material cooperation, verbal conflict, material conflict, or its number 1 to 4"));
        }
        LocalDate from = date(params, "from", 0);
        LocalDate to = date(params, "to", 1);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
        String mode = one(params, "mode");
        return new EventFilter(one(params, "actor"), one(params, "recipient"), type,
                mode == null ? null : mode.toLowerCase(Locale.ROOT), modality, from, to,
                one(params, "source"), one(params, "text"), quad, bool(params, "unfused"));
    }

    /** The single value of a parameter, or null when absent or blank; repeated or overlong values are refused. */
    static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("parameter '" + name + "' given " + values.size() + " times; give it once");
        }
        String v = values.get(0).strip();
        if (v.length() > MAX_LENGTH) {
            throw ApiException.badRequest("parameter '" + name + "' longer than " + MAX_LENGTH + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    static boolean bool(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false, not '" + v + "'");
        };
    }

    static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String v = one(params, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest("parameter '" + name + "' must lie between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    /** The first ({@code end} 0) or last ({@code end} 1) day of the day, month, week or year a parameter gives. */
    private static LocalDate date(Map<String, List<String>> params, String name, int end) {
        String v = one(params, name);
        if (v == null) {
            return null;
        }
        return Periods.parse(v).map(p -> p[end]).orElseThrow(() -> ApiException.badRequest("parameter '" + name
                + "' must be a date as YYYY-MM-DD, a month YYYY-MM, a week YYYY-Www or a year YYYY, not '" + v + "'"));
    }
}
