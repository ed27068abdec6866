package dev.dyad.events;

import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actor of a trigger: the subject of its verb (through passives, partitives and moved
 * subjects), the owner of an event noun, or the party left when the recipient is known. Stateless apart
 * from its knowledge; thread-safe.
 */
final class ActorRoles {
    /**
     * Prepositions that set a noun's event beside the clause rather than in it: "imposed a curfew after
     * a demonstration" is no demonstration by those who imposed it.
     */
    private static final Set<String> BACKGROUND = Set.of("after", "before", "since", "despite", "following", "amid",
            "until", "without", "over", "because", "unlike", "than");

    private final Triggers triggers;
    private final RecipientRoles recipients;

    ActorRoles(Triggers triggers, RecipientRoles recipients) {
        this.triggers = triggers;
        this.recipients = recipients;
    }

    /** The subjects of a passive verb with no "by" agent, looked through nouns of part. */
    List<Integer> movedSubjects(Graph g, int t) {
        List<Integer> out = new ArrayList<>(1);
        if (g.children(t, "obl").stream().anyMatch(a -> "by".equalsIgnoreCase(g.casePreposition(a)))) {
            return out;
        }
        for (int s : g.children(t, "nsubj")) {
            if (g.relation(s).equals("nsubj:pass")) {
                out.add(throughPartitive(g, s));
            }
        }
        return out;
    }

    List<Who> verbActor(ActorContext ctx, Graph g, int t, Found f) {
        if (g.children(t, "nsubj").isEmpty()) {
            for (int c : g.children(t, "csubj")) {
                // "Taliban ruled Afghanistan has been sharing ...": a past-tense clause with its own subject and
                // object as the subject of a finite verb is a hyphenless "Taliban-ruled Afghanistan"; its object
                // is the one who acts. A true clausal subject opens with a wh-word or a mark ("what he did")
                String pos = g.token(c).pos();
                List<Integer> objs = g.children(c, "obj");
                if ((pos.equals("VBD") || pos.equals("VBN")) && !g.children(c, "nsubj").isEmpty() && objs.size() == 1
                        && g.children(c, "mark").isEmpty() && !g.token(objs.get(0)).pos().startsWith("W")
                        && !g.token(g.children(c, "nsubj").get(0)).pos().startsWith("W")) {
                    return ctx.collect(g, objs.get(0));
                }
            }
        }
        int v = t;
        boolean activeConjunct = false;
        for (int step = 0; step < 4 && v >= 0; step++) {
            for (int s : g.children(v, "nsubj")) {
                if (g.relation(s).equals("nsubj:pass") && activeConjunct) {
                    // "has been indicted by the court ... and will resign": the one indicted resigns
                    return ctx.collect(g, s);
                }
                if (g.relation(s).equals("nsubj:pass")) {
                    for (int a : g.children(v, "obl")) {
                        if ("by".equalsIgnoreCase(g.casePreposition(a))) {
                            // passive: the subject suffered the act; the agent did it
                            if (f.recipient.isEmpty()) {
                                f.recipient.addAll(sufferer(ctx, g, s));
                            }
                            return ctx.collect(g, a);
                        }
                    }
                    if (EventPlaces.isVisit(f.trigger) || (v == t && f.trigger.has("passive-ok"))) {
                        // "was headed to New York": the traveller; "peacekeepers were withdrawn": the side
                        // whose forces move ("one third of the guerrillas have been demobilized": the guerrillas')
                        return ctx.collect(g, throughPartitive(g, s));
                    }
                    if (f.recipient.isEmpty()) {
                        f.recipient.addAll(sufferer(ctx, g, s));
                    }
                    return List.of();
                }
                return ctx.collect(g, s);
            }
            String rel = g.baseRelation(v);
            int gov = g.governor(v);
            if (gov < 0) {
                return List.of();
            }
            if (rel.equals("acl") && g.isNoun(gov)) {
                // "He will be the first official to travel": the copula's subject is the traveller
                if (!g.children(gov, "cop").isEmpty() && !g.children(gov, "nsubj").isEmpty()) {
                    return ctx.collect(g, g.children(gov, "nsubj").get(0));
                }
                List<Who> w = ctx.collect(g, gov);
                int above = g.governor(gov);
                if (!w.isEmpty() || above < 0 || !g.isVerb(above) || !g.baseRelation(gov).equals("obj")
                        || g.relation(v).equals("acl:relcl")) {
                    return w;
                }
                // "issued a declaration demanding that ...", "claimed responsibility for shooting down ...":
                // the act is the one of whoever issued or claimed
                v = above;
                continue;
            }
            if (rel.equals("xcomp") && !g.children(gov, "obj").isEmpty()) {
                return ctx.collect(g, g.children(gov, "obj").get(0));
            }
            if (rel.equals("conj") && g.isVerb(v) && !g.isVerb(gov)) {
                // "accused the UK and the US of meddling ... and warned that": the parser has coordinated the
                // second verb with a noun of the first one's phrase; the verb above that noun is its partner
                int up = gov;
                for (int k = 0; k < 4 && up >= 0 && !g.isVerb(up); k++) {
                    up = g.governor(up);
                }
                if (up >= 0 && g.isVerb(up)) {
                    v = up;
                    continue;
                }
            }
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") || rel.equals("ccomp"))) {
                return List.of();
            }
            activeConjunct = rel.equals("conj") && g.children(v, "aux:pass").isEmpty();
            v = gov;
        }
        return List.of();
    }

    /**
     * Who the subject of a passive act stands for; a thing that names no one is that of whom its
     * phrases name ("a camp for Congolese refugees was attacked": the refugees' country).
     */
    private List<Who> sufferer(ActorContext ctx, Graph g, int subject) {
        List<Who> w = ctx.who(subject, true);
        return w.isEmpty() && g.isNoun(subject) ? recipients.beneath(ctx, g, subject, 1, Set.of()) : w;
    }

    /**
     * True when the parse gives a finite trigger verb no subject and no clause to take one from: the
     * parser has then usually hung the subject elsewhere ("Quatar's emir, Sheikh Hamad, launched ..."
     * read as an apposition, a verb attached to a noun).
     */
    static boolean subjectless(Graph g, int t) {
        if (!g.children(t, "nsubj").isEmpty() || !g.children(t, "csubj").isEmpty() || !g.children(t, "expl").isEmpty()
                || g.baseRelation(t).equals("conj")) {
            return false; // a second verb of a coordination shares the first one's subject, whatever it is
        }
        String pos = g.token(t).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || (pos.equals("VBN") && !g.children(t, "aux").isEmpty()))) {
            return false; // an infinitive, gerund or participle takes its doer from the clause above
        }
        return g.children(t, "aux:pass").isEmpty() && !g.children(t, "mark").iterator().hasNext();
    }

    /**
     * The surface fallback for a subjectless verb: the nearest actor named to its left in the same
     * clause, not crossing another verb, a clause mark, a relative pronoun or a semicolon, and not one
     * that is the object of a preposition (which says where or about whom, not who acts).
     */
    List<Who> leftActor(ActorContext ctx, Graph g, int t, List<Who> recipient) {
        Set<String> taken = Who.names(recipient);
        for (int i = t - 1; i >= 0; i--) {
            Token tok = g.token(i);
            String pos = tok.pos();
            if (pos.startsWith("VB") && !g.relation(i).startsWith("aux") && !g.relation(i).equals("cop")
                    && !g.relation(i).equals("amod") && !g.relation(i).equals("compound")) {
                return List.of();
            }
            if (pos.equals("WDT") || pos.equals("WP") || pos.equals("IN") && g.relation(i).equals("mark")
                    || tok.word().equals(";") || tok.word().equals(":")) {
                return List.of();
            }
            if (g.relation(i).equals("case") || !pos.startsWith("NN")) {
                continue;
            }
            boolean prepositional = false;
            for (int c : g.children(i, "case")) {
                prepositional |= !g.token(c).pos().equals("POS");
            }
            if (prepositional) {
                continue;
            }
            List<Who> w = Who.others(ctx.collect(g, i), taken);
            if (w.stream().anyMatch(x -> x.actor().code() != null)) {
                return w;
            }
        }
        return List.of();
    }

    List<Who> nounActor(ActorContext ctx, Graph g, int t, int light, Trigger trig) {
        for (int c : g.children(t)) {
            String rel = g.relation(c);
            if (rel.equals("nmod:poss") && trig.has("poss-suffers")) {
                continue; // "Israel's destruction": the owner suffers the act, it does not do it
            }
            if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                List<Who> w = ctx.collect(g, c);
                if (!w.isEmpty()) {
                    return w;
                }
            }
            if (g.baseRelation(c).equals("nmod") && "by".equalsIgnoreCase(g.casePreposition(c))) {
                List<Who> w = ctx.collect(g, c);
                if (!w.isEmpty()) {
                    return w;
                }
            }
        }
        int gov = light >= 0 ? light : g.governor(t);
        if (gov >= 0 && g.isVerb(gov)) {
            String rel = g.baseRelation(t);
            String prep = g.casePreposition(t);
            // the object of a verb that is no light verb is done to, not by, its subject ("end the violence");
            // a "by" phrase is an agent or a means, never a deed of the clause's subject ("damage caused by a
            // missile attack")
            boolean agent = "by".equals(prep);
            if (light >= 0 && rel.equals("obl") && g.children(gov, "obl").stream()
                    .noneMatch(a -> "by".equalsIgnoreCase(g.casePreposition(a)))) {
                // "Serb forces were engaged in ethnic cleansing": a light verb with a preposition in the
                // passive is a state of its subject, who does the noun's act, not one who suffers it
                for (int s : g.children(gov, "nsubj")) {
                    if (g.relation(s).equals("nsubj:pass")) {
                        return ctx.collect(g, s);
                    }
                }
            }
            if (light >= 0 || (rel.equals("obl") && (prep == null || !BACKGROUND.contains(prep)) && !agent)) {
                Found clause = new Found(); // the governing clause's subject, without touching this event's recipients
                clause.trigger = trig;
                return verbActor(ctx, g, gov, clause);
            }
        }
        return List.of();
    }

    /** What a noun of quantity or part is of: "aid" of "25,000 tons of aid"; else the noun itself. */
    int throughPartitive(Graph g, int o) {
        if (g.token(o).pos().equals("DT")) {
            // "evacuated the wounded" parsed with the article as head: the adjective is the noun
            List<Integer> adjectives = g.children(o, "amod");
            if (!adjectives.isEmpty()) {
                return adjectives.get(0);
            }
        }
        if (triggers.isPartitive(g.token(o).lemma())) {
            for (int c : g.children(o, "nmod")) {
                if ("of".equals(g.casePreposition(c))) {
                    return c;
                }
            }
        }
        return o;
    }
}
