package dev.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the recipient of a trigger beyond its own slots: the clause it governs, a that-clause's subject,
 * the owner or author of its object, the target of an oblique phrase, a beneficiary. Stateless apart
 * from its knowledge; thread-safe.
 */
final class RecipientRoles {
    private static final Set<String> OBLIQUE = Set.of("to", "with", "against", "on", "from", "for", "in", "into", "at",
            "over", "upon");
    /** Prepositions whose phrase, hung on the act or two levels below it, names whom the act is aimed at. */
    private static final Set<String> TARGETS = Set.of("against", "into", "on", "upon", "toward", "towards", "to", "with",
            "for");

    private final Triggers triggers;

    RecipientRoles(Triggers triggers) {
        this.triggers = triggers;
    }

    /** The heads of a recipient slot: the object, or the phrases a preposition marks. */
    static List<Integer> slot(Graph g, int t, String slot) {
        List<Integer> out = new ArrayList<>(2);
        if (slot.equals("obj") || slot.equals("iobj")) {
            out.addAll(g.children(t, slot));
            return out;
        }
        for (int c : g.children(t)) {
            String base = g.baseRelation(c);
            if ((base.equals("obl") || base.equals("nmod")) && slot.equalsIgnoreCase(g.casePreposition(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Where the slots of the trigger found no recipient, the other places the English of such events
     * puts it: the object or oblique of the clause it governs ("threatened to break relations with
     * Russia", "offered to hand over to Britain"), the subject of a that-clause ("demanded that the US
     * cancel"), and the owner or author of its object ("rejected a US offer", "an appeal from the UN").
     */
    List<Who> recipientBeyondSlots(ActorContext ctx, Graph g, int t, List<Integer> objects, List<Who> actor,
                                           boolean symmetric) {
        Set<String> self = Who.names(actor);
        for (int c : g.children(t, "obl")) {
            // "blocked streets in Hong Kong in defiance of Chinese authorities": the side the act defies
            String inner = triggers.opposedSide(g.casePreposition(c), g.token(c).lemma());
            for (int n : g.children(c, "nmod")) {
                if (inner != null && inner.equalsIgnoreCase(g.casePreposition(n))) {
                    List<Who> w = Who.others(ctx.collect(g, n), self);
                    if (!w.isEmpty()) {
                        return w;
                    }
                }
            }
        }
        List<Who> uncoded = List.of();
        // "threatened to launch an offensive unless Baghdad accepted its conditions", "threatened to stop
        // negotiations to reduce weapons if the United States goes ahead"
        List<Integer> clauses = new ArrayList<>(List.of(t));
        for (int k = 0; k < clauses.size() && k < 4; k++) {
            clauses.addAll(g.children(clauses.get(k), "xcomp"));
        }
        for (int v : clauses) {
            for (int c : g.children(v, "advcl")) {
                boolean condition = false;
                for (int mk : g.children(c, "mark")) {
                    condition |= "hypothetical".equals(triggers.modality("mark", g.token(mk).word()));
                }
                List<Integer> subjects = g.children(c, "nsubj");
                if (!condition && g.token(c).pos().equals("IN")
                        && "hypothetical".equals(triggers.modality("mark", g.token(c).word()))) {
                    // "if Hamas, which ..., ran" parsed with "if" as the clause's head and its subject
                    // hung on it: the condition's party is still the one named there
                    condition = true;
                    subjects = new ArrayList<>(subjects);
                    for (int d : g.children(c, "dep")) {
                        if (g.isNoun(d)) {
                            subjects.add(d);
                        }
                    }
                }
                if (condition) {
                    for (int subj : subjects) {
                        List<Who> w = Who.others(ctx.collect(g, subj), self);
                        if (w.stream().anyMatch(x -> x.actor().code() != null)) {
                            return w;
                        }
                        if (!w.isEmpty() && uncoded.isEmpty()) {
                            // "unless President Goukouni Oueddei arranged": someone dyad cannot place;
                            // the act's own object may still name the country it is done to
                            uncoded = w;
                        }
                    }
                }
            }
        }
        for (int x : g.children(t, "xcomp")) {
            for (int o : g.children(x, "obj")) {
                List<Who> w = target(ctx, g, o, 2, self);
                if (!w.isEmpty()) {
                    return w;
                }
            }
            for (int c : g.children(x)) {
                if ((g.baseRelation(c).equals("obl")) && OBLIQUE.contains(String.valueOf(g.casePreposition(c)))) {
                    List<Who> w = target(ctx, g, c, 1, self);
                    if (!w.isEmpty()) {
                        return w;
                    }
                }
            }
        }
        for (int c : g.children(t, "ccomp")) {
            for (int subj : g.children(c, "nsubj")) {
                List<Who> w = Who.others(ctx.collect(g, subj), self);
                if (!w.isEmpty()) {
                    return w;
                }
            }
        }
        for (int o : objects) {
            // "coordinate their thinking": in a reciprocal act "their" is both sides, no recipient
            List<Who> w = Who.others(owner(ctx, g, o, !symmetric), self);
            if (w.isEmpty()) {
                // "break relations with Russia", "suspension of air links with Serbia"
                w = beneath(ctx, g, o, 2, self);
            }
            if (!w.isEmpty()) {
                return w;
            }
        }
        // "mobilized reservists for a possible war against Iraq", "tried to hack into the computers of ..."
        for (int v : new int[] {t, g.children(t, "xcomp").isEmpty() ? -1 : g.children(t, "xcomp").get(0)}) {
            if (v < 0) {
                continue;
            }
            for (int c : g.children(v, "obl")) {
                String prep = g.casePreposition(c);
                if (prep != null && TARGETS.contains(prep)) {
                    List<Who> w = target(ctx, g, c, 2, self);
                    if (!w.isEmpty()) {
                        return w;
                    }
                }
            }
        }
        return uncoded;
    }

    /** Who a phrase names, else its owner, else who the phrases hung on it name, {@code depth} levels down. */
    List<Who> target(ActorContext ctx, Graph g, int head, int depth, Set<String> self) {
        List<Who> w = Who.others(ctx.collect(g, head), self);
        if (w.isEmpty()) {
            // "reneged on his commitment to the Zambian people": a possessive pronoun is the actor's own
            w = Who.others(owner(ctx, g, head, false), self);
        }
        if (w.isEmpty()) {
            w = beneath(ctx, g, head, depth, self);
        }
        return w;
    }

    List<Who> beneath(ActorContext ctx, Graph g, int head, int depth, Set<String> self) {
        if (depth <= 0) {
            return List.of();
        }
        for (int c : g.children(head, "nmod")) {
            String prep = g.casePreposition(c);
            if (prep != null && (OBLIQUE.contains(prep) || prep.equals("of"))) {
                List<Who> w = target(ctx, g, c, depth - 1, self);
                if (!w.isEmpty()) {
                    return w;
                }
            }
        }
        return List.of();
    }

    /**
     * "committed to the 'one country, two systems' formula granting Hong Kong autonomy": an
     * arrangement named by what it gives someone is for that one, the recipient of a commitment to it
     * or of backing for it.
     */
    List<Who> beneficiary(ActorContext ctx, Graph g, int head, Set<String> self) {
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        heads.addAll(g.children(head, "appos"));
        for (int h : heads) {
            for (int c : g.children(h, "acl")) {
                if (!g.relation(c).equals("acl") || !g.token(c).pos().equals("VBG")) {
                    continue;
                }
                for (String rel : new String[] {"iobj", "obj"}) {
                    for (int o : g.children(c, rel)) {
                        List<Who> w = Who.others(ctx.collect(g, o), self);
                        if (!w.isEmpty()) {
                            return w;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** The actor a noun belongs to: its possessor, nationality, or the "by"/"from"/"of" phrase after it. */
    List<Who> owner(ActorContext ctx, Graph g, int noun) {
        return owner(ctx, g, noun, true);
    }

    List<Who> owner(ActorContext ctx, Graph g, int noun, boolean pronouns) {
        for (int c : g.children(noun)) {
            String rel = g.relation(c);
            String prep = g.casePreposition(c);
            if (!pronouns && g.token(c).pos().startsWith("PRP")) {
                continue;
            }
            if (rel.equals("acl")) {
                // "the demonstration staged by students": the agent of the participle
                for (int a : g.children(c, "obl")) {
                    if ("by".equals(g.casePreposition(a))) {
                        List<Who> w = ctx.collect(g, a);
                        if (!w.isEmpty()) {
                            return w;
                        }
                    }
                }
            }
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.startsWith("compound")
                    || (g.baseRelation(c).equals("nmod") && ("by".equals(prep) || "from".equals(prep) || "of".equals(prep)))) {
                List<Who> w = ctx.collect(g, c);
                if (!w.isEmpty()) {
                    return w;
                }
            }
        }
        return List.of();
    }
}
