package dev.dyad.extract;

import dev.dyad.text.DateParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with: a place in capitals, sometimes a date, the agency in brackets and
 * a dash ({@code ANKARA, March 5, 2020 (Reuters) -}, {@code WASHINGTON (AP) —}). Read from the first
 * paragraphs of a body, for a page that gives its date nowhere else. Stateless.
 */
public final class WireDateline {
    /** Paragraphs searched from the body's start. */
    private static final int PARAGRAPHS = 3;
    /**
     * The place (a word in capitals, then more words, a region after a comma), an optional date before the
     * agency, the agency in brackets, a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?)"
                    + "(?:,\\s*([^()]{6,40}?))?\\s*\\((\\p{Lu}[\\p{L}.&' -]{0,30})\\)\\s*[-\u2013\u2014]");

    /**
     * A newspaper's own dateline, with no agency and no date: the place in capitals, a region after a comma, a
     * dash and the story ({@code ALBANY, N.Y. —}, {@code MINNEAPOLIS —}).
     */
    private static final Pattern OWN_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?)"
                    + "\\s+[-\u2013\u2014]\\s+\\S");

    /** A dateline found: the place as written, and the date when it gives one (ISO 8601), else null. */
    public record Dateline(String place, String date, String agency) {
    }

    private WireDateline() {
    }

    /** The dateline at the start of one of the body's first paragraphs. */
    public static Optional<Dateline> find(List<String> paragraphs) {
        for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = DATELINE.matcher(paragraphs.get(i));
            if (m.find()) {
                String date = m.group(2) == null ? null : DateParser.find(m.group(2)).orElse(null);
                return Optional.of(new Dateline(m.group(1), date, m.group(3)));
            }
        }
        return Optional.empty();
    }

    /**
     * The place of the dateline a story opens with, a wire service's ({@link #find}) or a newspaper's own, with
     * no agency ("ALBANY, N.Y. — A top aide ..."), as written; empty where the first paragraphs open with none.
     */
    public static Optional<String> place(List<String> paragraphs) {
        Optional<Dateline> wire = find(paragraphs);
        if (wire.isPresent()) {
            return wire.map(Dateline::place);
        }
        for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = OWN_DATELINE.matcher(paragraphs.get(i));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The date of the body's wire dateline, when it has one with a date. */
    public static Optional<String> date(List<String> paragraphs) {
        return find(paragraphs).map(Dateline::date);
    }
}
