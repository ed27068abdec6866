package dev.dyad.events;

import java.util.Locale;

/**
 * Reads the modality of a trigger from its auxiliaries, modifiers and marks, from the verb its clause
 * hangs from, and from an "if" clause above it: negated, hypothetical, future or asserted.
 * Stateless apart from its knowledge; thread-safe.
 */
final class Modality {
    private final Triggers triggers;

    Modality(Triggers triggers) {
        this.triggers = triggers;
    }

    /** The modality of trigger {@code t}, carried by {@code light} (or -1), in the clause headed by {@code clause}. */
    String of(Graph g, int t, int light, int clause) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        for (int v : new int[] {t, light, clause}) {
            if (v < 0) {
                continue;
            }
            for (int c : g.children(v)) {
                String rel = g.baseRelation(c);
                String w = g.token(c).word().toLowerCase(Locale.ROOT);
                String lemma = g.token(c).lemma().toLowerCase(Locale.ROOT);
                String m = null;
                if (rel.equals("aux")) {
                    m = triggers.modality("aux", w);
                    if (m == null && lemma.equals("be") && hasToMark(g, v)) {
                        m = "future"; // "is to visit"
                    }
                } else if (rel.equals("advmod")) {
                    m = triggers.modality("advmod", w);
                } else if (rel.equals("amod") && g.isNoun(v)) {
                    m = triggers.modality("amod", w);
                    if (m == null) {
                        m = triggers.modality("amod", lemma);
                    }
                } else if (rel.equals("mark")) {
                    m = triggers.modality("mark", w);
                }
                if (m != null) {
                    negated |= m.equals("negated");
                    hypothetical |= m.equals("hypothetical");
                    future |= m.equals("future");
                }
            }
            int gov = g.governor(v);
            if (gov >= 0 && (g.baseRelation(v).equals("xcomp") || g.baseRelation(v).equals("ccomp"))) {
                String m = triggers.modality("governor", g.token(gov).lemma());
                if (m != null) {
                    negated |= m.equals("negated");
                    hypothetical |= m.equals("hypothetical");
                    future |= m.equals("future");
                }
                if (g.token(gov).lemma().equalsIgnoreCase("be") && hasToMark(g, v)) {
                    future = true;
                }
                for (int a : g.children(gov, "aux")) {
                    String m2 = triggers.modality("aux", g.token(a).word());
                    future |= "future".equals(m2);
                    hypothetical |= "hypothetical".equals(m2);
                }
            }
        }
        // an "if" clause anywhere above the trigger makes it conditional
        int v = clause;
        for (int step = 0; step < 4 && v >= 0; step++) {
            if (g.baseRelation(v).equals("advcl")) {
                for (int c : g.children(v, "mark")) {
                    if ("hypothetical".equals(triggers.modality("mark", g.token(c).word()))) {
                        hypothetical = true;
                    }
                }
            }
            v = g.governor(v);
        }
        if (negated) {
            return "negated";
        }
        if (hypothetical) {
            return "hypothetical";
        }
        return future ? "future" : "asserted";
    }

    private static boolean hasToMark(Graph g, int v) {
        for (int c : g.children(v)) {
            if ((g.relation(c).equals("mark") || g.relation(c).equals("aux")) && g.token(c).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }
}
