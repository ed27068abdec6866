package dev.dyad.app;

import dev.dyad.store.EventQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The filters of {@code dyad query} and {@code dyad export}: the options' values go as written to
 * {@link EventQuery#parse}, which reads the web API's parameters too, so that an option and its parameter
 * take the same values (lists with commas, dates as days, months, weeks or years) and mean the same.
 */
final class QueryFilters {
    @Option(names = "--unfused", description = "Per-article events, as dyad events wrote them, instead of fused events.")
    boolean unfused;

    @Option(names = "--actor", paramLabel = "CODE|NAME", description = "Actor code (USA, IGO, ...) or name; a list with commas "
            + "or the option repeated: any of them.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--recipient", paramLabel = "CODE|NAME", description = "Recipient code or name; a list with commas: any of them.")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--between", paramLabel = "CODE|NAME",
            description = "Parties that must all take part, on either side (e.g. --between USA,PRK).")
    List<String> between = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type(s), e.g. CONSULT,AGREE.")
    List<String> types = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode(s), e.g. visit.")
    List<String> modes = new ArrayList<>();

    @Option(names = "--modality", paramLabel = "MODALITY", description = "asserted, future, hypothetical or negated; a list with commas.")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Events whose dates reach this day or later: "
            + "YYYY-MM-DD, or a month YYYY-MM, an ISO week YYYY-Www or a year YYYY from its first day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events whose dates begin this day or earlier: "
            + "YYYY-MM-DD, or a month, week or year up to its last day.")
    String to;

    @Option(names = "--quad", paramLabel = "QUAD", description = "Quad class(es) by name (verbal-cooperation, "
            + "material-conflict, ...) or by GDELT's number 1 to 4; any of them.")
    List<String> quads = new ArrayList<>();

    @Option(names = "--source", paramLabel = "TEXT", description = "Reported by a source containing TEXT.")
    String source;

    @Option(names = "--text", paramLabel = "TEXT", description = "Evidence sentence containing TEXT (any case).")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events (default: none).")
    int offset;

    /** The query; a bad value is an {@link IllegalArgumentException} naming the option (exit 2). */
    EventQuery query() {
        Map<String, String> values = new TreeMap<>();
        put(values, "actor", actors);
        put(values, "recipient", recipients);
        put(values, "between", between);
        put(values, "type", types);
        put(values, "mode", modes);
        put(values, "modality", modalities);
        put(values, "quad", quads);
        values.put("from", from);
        values.put("to", to);
        values.put("source", source);
        values.put("text", text);
        values.put("unfused", unfused ? "true" : null);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("--limit and --offset must not be negative");
        }
        return EventQuery.parse(values::get, "--").page(limit, offset);
    }

    private static void put(Map<String, String> values, String name, List<String> given) {
        values.put(name, given.isEmpty() ? null : String.join(",", given));
    }
}
