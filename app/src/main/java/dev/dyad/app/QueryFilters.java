package dev.dyad.app;

import dev.dyad.model.Event;
import dev.dyad.store.EventQuery;
import dev.dyad.store.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The filters of {@code dyad query} and {@code dyad export}, as the record formats name them. */
final class QueryFilters {
    @Option(names = "--unfused", description = "Per-article events, as dyad events wrote them, instead of fused events.")
    boolean unfused;

    @Option(names = "--actor", split = ",", paramLabel = "CODE|NAME", description = "Actor code (USA, IGO, ...) or name; repeatable, any of them.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--recipient", split = ",", paramLabel = "CODE|NAME", description = "Recipient code or name; repeatable, any of them.")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--between", split = ",", paramLabel = "CODE|NAME",
            description = "Parties that must all take part, on either side (e.g. --between USA,PRK).")
    List<String> between = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "PLOVER event type(s), e.g. CONSULT,AGREE.")
    List<String> types = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode, e.g. visit.")
    String mode;

    @Option(names = "--modality", paramLabel = "MODALITY", description = "asserted, future, hypothetical or negated.")
    String modality;

    @Option(names = "--from", paramLabel = "DATE", description = "Events whose dates reach this day or later: "
            + "YYYY-MM-DD, or a month YYYY-MM, an ISO week YYYY-Www or a year YYYY from its first day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events whose dates begin this day or earlier: "
            + "YYYY-MM-DD, or a month, week or year up to its last day.")
    String to;

    @Option(names = "--quad", split = ",", paramLabel = "QUAD", description = "Quad class(es) by name (verbal-cooperation, "
            + "material-conflict, ...) or by GDELT's number 1 to 4; any of them.")
    List<String> quads = new ArrayList<>();

    @Option(names = "--source", paramLabel = "TEXT", description = "Reported by a source containing TEXT.")
    String source;

    @Option(names = "--text", paramLabel = "TEXT", description = "Evidence sentence containing TEXT (any case).")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    /** The query; a bad value is an {@link IllegalArgumentException} naming the option (exit 2). */
    EventQuery query() {
        for (String t : types) {
            if (!Event.TYPES.contains(t.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--type " + t + ": not a PLOVER event type (" + String.join(", ", Event.TYPES.stream().sorted().toList()) + ")");
            }
        }
        if (modality != null && !Event.MODALITIES.contains(modality.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--modality " + modality + ": one of asserted, future, hypothetical, negated");
        }
        List<String> quadClasses = new ArrayList<>();
        for (String q : quads) {
            quadClasses.add(Periods.quad(q).orElseThrow(() -> new IllegalArgumentException("--quad " + q
                    + ": a quad class (" + String.join(", ", Periods.QUADS) + ") or its number 1 to 4")));
        }
        return new EventQuery(unfused, actors, recipients, between, types, mode, modality, date("--from", from, 0),
                date("--to", to, 1), source, text, quadClasses, limit);
    }

    /** The first ({@code end} 0) or last ({@code end} 1) day of the period a date option gives. */
    private static LocalDate date(String option, String value, int end) {
        if (value == null) {
            return null;
        }
        return Periods.parse(value).map(p -> p[end]).orElseThrow(() -> new IllegalArgumentException(option + " " + value
                + ": expected a date as YYYY-MM-DD, a month YYYY-MM, a week YYYY-Www or a year YYYY"));
    }
}
