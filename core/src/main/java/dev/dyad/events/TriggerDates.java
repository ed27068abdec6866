package dev.dyad.events;

import dev.dyad.events.DateGrounder.Tense;
import dev.dyad.model.EventDate;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates a trigger: the time expression of its own clause or phrase, grounded by the {@link DateGrounder}
 * with the clause's tense, else the dateline. Stateless; thread-safe.
 */
final class TriggerDates {
    private final DateGrounder dates;

    TriggerDates(DateGrounder dates) {
        this.dates = dates;
    }

    /** The tense of the clause headed by {@code clause}, from its auxiliaries, else its verb's tag. */
    static Tense tense(Graph g, int clause) {
        String pos = g.token(clause).pos();
        for (int c : g.children(clause, "aux")) {
            String w = g.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return Tense.FUTURE;
            }
            if (w.equals("had") || w.equals("was") || w.equals("were") || w.equals("did") || w.equals("has")
                    || w.equals("have")) {
                return Tense.PAST;
            }
        }
        return pos.equals("VBD") || pos.equals("VBN") ? Tense.PAST : Tense.PRESENT;
    }

    /** The date of trigger {@code t} (carried by {@code light}, or -1); the dateline's day when the text gives none; null without either. */
    EventDate date(Graph g, int t, int light, LocalDate dateline, Tense tense) {
        Sentence s = g.sentence();
        for (TimeExpression te : s.times()) {
            int head = head(g, te);
            if (head < 0) {
                continue;
            }
            boolean relative = g.dominates(head, t, 3); // "2000, when ... visited": the clause hangs from the date
            if (!relative && excluded(g, te, head)) {
                continue;
            }
            // a noun's date that the parser hung on the verb above, right after the noun's phrase
            boolean adjacent = g.isNoun(t) && g.governor(head) == g.governor(t) && te.firstToken() > t
                    && te.firstToken() <= g.subtreeEnd(t) + 1;
            if (relative || adjacent || attached(g, head, t) || (light >= 0 && attached(g, head, light))) {
                Optional<EventDate> d = dates.fromText(te, dateline, tense);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return dateline == null ? null : DateGrounder.dateline(dateline);
    }

    /** The token of a time expression that its governor attaches it by. */
    private static int head(Graph g, TimeExpression te) {
        for (int i = te.firstToken(); i <= te.lastToken(); i++) {
            int gov = g.governor(i);
            if (gov < te.firstToken() || gov > te.lastToken()) {
                return i;
            }
        }
        return te.lastToken();
    }

    /** "since 2000" and "until June" bound a period; they do not date an event. */
    private static boolean excluded(Graph g, TimeExpression te, int head) {
        for (int c : g.children(head)) {
            String w = g.token(c).word().toLowerCase(Locale.ROOT);
            if (g.relation(c).equals("case") && (w.equals("since") || w.equals("until") || w.equals("till")
                    || w.equals("before") || w.equals("after") || w.equals("by"))) {
                return true;
            }
        }
        int before = te.firstToken() - 1;
        if (before >= 0) {
            String w = g.token(before).word().toLowerCase(Locale.ROOT);
            return w.equals("since") || w.equals("until");
        }
        return false;
    }

    /**
     * A time expression dates a trigger when the trigger is the first verb (or event noun) above it,
     * when it stands in the trigger's own phrase, or when the trigger's clause hangs from it ("2000,
     * when ... visited") or from the noun it dates ("his letter last week, in which he cancelled").
     */
    private static boolean attached(Graph g, int head, int t) {
        int v = g.governor(head);
        for (int step = 0; step < 6 && v >= 0; step++) {
            if (v == t) {
                return true;
            }
            // a participle that modifies a noun ("a statement published Oct. 25") is no clause of its own
            if (g.isVerb(v) && !g.relation(v).equals("acl")) {
                break;
            }
            v = g.governor(v);
        }
        if (g.dominates(head, t, 3)) {
            return true;
        }
        int gov = g.governor(head);
        return gov >= 0 && g.isNoun(gov) && g.dominates(gov, t, 3);
    }
}
