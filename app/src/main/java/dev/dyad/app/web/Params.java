package dev.dyad.app.web;

import dev.dyad.store.EventQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of the API, read and checked: the event filters go as written to
 * {@link EventQuery#parse}, the parser {@code dyad query} uses for its options, so that both take the same
 * values (lists with commas, a day, month, week or year for a date, a quad class by name or number) and
 * select the same events. A malformed value is an {@link ApiException} (400) naming the parameter.
 */
final class Params {
    private static final int MAX_LENGTH = 500;

    private Params() {
    }

    /** The filters; every parameter not in {@code allowed} is refused, so a typo is not silently ignored. */
    static EventQuery query(Map<String, List<String>> params, Set<String> allowed) {
        known(params, allowed);
        try {
            return EventQuery.parse(name -> one(params, name), "");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Refuses every parameter not in {@code allowed}. */
    static void known(Map<String, List<String>> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            // "?&a=b" leaves an empty name behind: nothing was asked, so nothing is refused
            if (!name.isEmpty() && !allowed.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; this endpoint reads "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** The single value of a parameter, or null when absent or blank; repeated or overlong values are refused. */
    static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("parameter '" + name + "' given " + values.size()
                    + " times; give it once (a list is written with commas: actor=USA,RUS)");
        }
        String v = values.get(0).strip();
        if (v.length() > MAX_LENGTH) {
            throw ApiException.badRequest("parameter '" + name + "' longer than " + MAX_LENGTH + " characters");
        }
        return v.isEmpty() ? null : v;
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
}
