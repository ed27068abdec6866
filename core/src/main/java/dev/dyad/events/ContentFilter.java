package dev.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops the events of a sentence that are only what another of its events says or is for: "threatened
 * to ban" codes the threat, not a ban; "staged a rally to protest" codes one PROTEST. Stateless; thread-safe.
 */
final class ContentFilter {
    /** The rule name every verdict's trigger starts with (see {@link Triggers#verdict}). */
    private static final String VERDICT_RULE = "sanction.convict.verdict.";
    /**
     * Types whose clause complement is the content of the act, not an act of its own: "threatened to
     * ban", "demanded that Hamas renounce", "refused to deploy", "agreed to allow", "accused X of
     * attacking". PLOVER codes the statement alone.
     */
    private static final Set<String> WRAPPERS = Set.of("THREATEN", "REQUEST", "REJECT", "AGREE", "ACCUSE");
    /** Marks of an adverbial clause that is part of what a statement says ("unless Baghdad accepts"). */
    private static final Set<String> CONTENT_MARKS = Set.of("if", "unless", "whether", "lest", "to", "of", "for");

    private ContentFilter() {
    }

    /**
     * The events of one sentence less those that are only what another one says: the act threatened,
     * demanded, refused, agreed to or alleged ("threatened to ban voting" is one THREATEN, no COERCE).
     */
    static List<Found> withoutContents(Graph g, List<Found> here) {
        if (here.size() < 2) {
            return here;
        }
        List<Found> kept = new ArrayList<>();
        for (Found f : here) {
            boolean content = false;
            // "denounced a court ruling declaring the ban unconstitutional": a ruling the text describes
            // as a thing is one that was made, not what the denunciation says
            boolean describedRuling = f.trigger.rule().startsWith(VERDICT_RULE) && g.relation(f.triggerToken).startsWith("acl");
            for (Found w : here) {
                if (describedRuling || w == f || !WRAPPERS.contains(w.type())) {
                    continue;
                }
                int scope = w.scope >= 0 ? w.scope : w.triggerToken;
                if (w.scope >= 0 ? f.triggerToken == scope || g.dominates(scope, f.triggerToken, 4) && !describes(g, f.triggerToken, scope)
                        : isContent(g, f.triggerToken, scope)) {
                    content = true;
                    break;
                }
            }
            if (!content) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * "Staged a rally to protest the violations", "blocked a road to show their disapproval", "blocked
     * roads demanding that he be reinstated": a protest's purpose clause says what the protest is
     * against or for. PLOVER codes the one PROTEST, and the accusation's or demand's recipient is its
     * target.
     */
    static List<Found> withoutPurposes(Graph g, List<Found> here) {
        if (here.size() < 2) {
            return here;
        }
        List<Found> kept = new ArrayList<>(here);
        for (Found f : here) {
            if (!f.type().equals("ACCUSE") && !f.type().equals("REQUEST")) {
                continue;
            }
            for (Found w : here) {
                if (w == f || !w.type().equals("PROTEST")) {
                    continue;
                }
                int head = w.light >= 0 ? w.light : w.triggerToken;
                if (w.trigger.noun() && w.light < 0 && g.governor(head) >= 0 && g.isVerb(g.governor(head))) {
                    head = g.governor(head); // "converging for a rally ... to protest": the clause of the rally
                }
                if (f.triggerToken > head && g.dominates(head, f.triggerToken, 3)) {
                    if (w.recipient.isEmpty()) {
                        w.recipient.addAll(f.recipient);
                    }
                    kept.remove(f);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * True when token u is a passive participle that describes a thing below w ("wants Trump to
     * eliminate the tariffs imposed on Sept. 1"): a fact about that thing, not part of what is asked.
     */
    private static boolean describes(Graph g, int u, int w) {
        return g.relation(u).equals("acl") && g.token(u).pos().equals("VBN") && g.governor(u) != w;
    }

    /** True when token u stands in a clause that complements w ("to ban" of "threatened", "that ... renounce"). */
    private static boolean isContent(Graph g, int u, int w) {
        boolean clause = false;
        int v = u;
        for (int step = 0; step < 5 && v >= 0; step++) {
            if (v == w) {
                return clause;
            }
            String rel = g.baseRelation(v);
            if ((rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") || rel.equals("csubj"))
                    && !g.relation(v).equals("acl:relcl")) {
                clause = true;
            } else if (rel.equals("dep") && g.isVerb(v) && thatClause(g, v)) {
                // "demanded an admission by Moscow that Soviet forces murdered ...": a clause the parser left
                // unlabelled but opened with "that" is still the content of the noun or verb above
                clause = true;
            } else if (rel.equals("advcl")) {
                boolean marked = false;
                for (int c : g.children(v, "mark")) {
                    marked |= CONTENT_MARKS.contains(g.token(c).word().toLowerCase(Locale.ROOT));
                }
                if (!marked) {
                    return false; // "rejected the plan after Hamas attacked": a clause of its own
                }
                clause = true;
            } else if (!(rel.equals("obj") || rel.equals("obl") || rel.equals("nmod") || rel.equals("conj")
                    || rel.equals("amod"))) {
                return false; // a subject, an apposition, a relative clause: not what the act says
            }
            v = g.governor(v);
        }
        return false;
    }

    /** True when a clause opens with the subordinator "that". */
    private static boolean thatClause(Graph g, int v) {
        for (int c : g.children(v, "mark")) {
            if (g.token(c).word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }
}
