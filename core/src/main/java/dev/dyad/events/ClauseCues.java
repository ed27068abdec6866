package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Place;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Small readings of the clause around a trigger that decide whether and how it is coded: an aim, a
 * willingness, a preparation, a condition, an obligation, a light verb, a particle or modifier the
 * trigger needs. Stateless apart from its knowledge; thread-safe.
 */
final class ClauseCues {
    /** The verbs after which a participle states where its subject stands ("is committed to"). */
    private static final Set<String> STATIVE_VERBS = Set.of("be", "remain", "stay");
    /** Sectors of a state's own organs. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    private final Triggers triggers;

    ClauseCues(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * True when the trigger is the goal a past participle of aiming names ("talks aimed at ending the
     * war", "a law designed to curb protests", "the offensive is aimed at crushing the rebels"): what
     * something is for, not an act the text reports.
     */
    boolean isAim(Graph g, int t) {
        int gov = g.governor(t);
        if (gov < 0 || !g.token(gov).pos().equals("VBN") || triggers.modality("aim", g.token(gov).lemma()) == null) {
            return false;
        }
        for (int a : g.children(gov, "aux")) {
            if (g.token(a).lemma().equalsIgnoreCase("have")) {
                return false; // "Iran has intended to attack": the perfect of a deed, no thing's purpose
            }
        }
        String rel = g.baseRelation(t);
        return g.isVerb(t) ? rel.equals("advcl") || rel.equals("xcomp") : rel.equals("obl");
    }

    /**
     * True when the participle at {@code i} follows "be" or "remain" (an adverb may stand between) and
     * "to" follows it: "is committed to", "remains firmly committed to".
     */
    static boolean stativeUse(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).pos().equals("VBN") || !tokens.get(i + 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            Token b = tokens.get(k);
            if (STATIVE_VERBS.contains(b.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!b.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** True when a word governs a phrase or clause opened by "to". */
    static boolean toArgument(Graph g, int t) {
        for (int c : g.children(t)) {
            for (int m : g.children(c)) {
                String rel = g.relation(m);
                if ((rel.equals("case") || rel.equals("mark")) && g.token(m).word().equalsIgnoreCase("to")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a word of readiness ("willing", "prepared", "ready") governs the trigger's clause as a
     * state of its subject ("is prepared to"), not as a deed ("prepared to attack").
     */
    boolean willing(Graph g, int t, int light, int clause) {
        for (int v : new int[] {t, light, clause}) {
            int gov = v < 0 ? -1 : g.governor(v);
            if (gov >= 0 && (g.baseRelation(v).equals("xcomp") || g.baseRelation(v).equals("ccomp"))
                    && triggers.modality("willing", g.token(gov).lemma()) != null
                    && !(g.isVerb(gov) && !g.token(gov).pos().equals("VBN"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a verb of making ready ("prepare") governs the act, directly or through an aspectual
     * verb ("prepared to resume shelling"), as its subject's deed, not as a state ("is prepared to").
     */
    boolean preparing(Graph g, int v) {
        for (int step = 0; step < 3 && v >= 0 && g.baseRelation(v).equals("xcomp"); step++) {
            int gov = g.governor(v);
            if (gov < 0) {
                return false;
            }
            if (triggers.modality("preparing", g.token(gov).lemma()) != null && g.isVerb(gov)
                    && !g.token(gov).pos().equals("VBN")) {
                return true;
            }
            v = gov;
        }
        return false;
    }

    /**
     * "President Laurent Gbago", "Prime Minister Mahendra Chaudhry" with no country given: an office of
     * the state the text names most, unless that state is the other side of the event ("Bush threatened
     * Russia" says nothing of Bush's country).
     */
    static void officesAtHome(List<Who> side, List<Who> other, String home) {
        if (home == null || other.stream().anyMatch(w -> home.equals(w.actor().code())
                && (w.actor().kind() == Actor.Kind.COUNTRY || STATE_SECTORS.contains(String.valueOf(w.actor().sector()))))) {
            return; // the state itself, or its organs, on the other side
        }
        for (int i = 0; i < side.size(); i++) {
            Actor a = side.get(i).actor();
            if (a.kind() == Actor.Kind.PERSON && a.code() == null && a.sector() != null) {
                side.set(i, new Who(new Actor(a.name(), a.kind(), home, a.sector(), a.office(), a.mentions()),
                        side.get(i).text()));
            }
        }
    }

    /** The words that open the conditions of a clause ("unless" of "unless Baghdad accepts"), lowercase. */
    List<String> conditionMarks(Graph g, int clause) {
        List<String> out = new ArrayList<>();
        for (int c : g.children(clause, "advcl")) {
            for (int mk : g.children(c, "mark")) {
                if ("hypothetical".equals(triggers.modality("mark", g.token(mk).word()))) {
                    out.add(g.token(mk).word().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** True when a noun's owner is a possessive pronoun ("their demands", "its support"). */
    static boolean ownedByPronoun(Graph g, int noun) {
        for (int c : g.children(noun, "nmod:poss")) {
            if (g.token(c).pos().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /** True when a clause carries an "if" or "unless" condition of its own. */
    boolean hasCondition(Graph g, int clause) {
        for (int c : g.children(clause, "advcl")) {
            for (int mk : g.children(c, "mark")) {
                if ("hypothetical".equals(triggers.modality("mark", g.token(mk).word()))
                        && !g.token(mk).word().equalsIgnoreCase("whether")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a modal of obligation governs the act ("he must resign"): a demand on it, no commitment. */
    boolean obliged(Graph g, int t, int light) {
        for (int v : new int[] {t, light}) {
            if (v >= 0) {
                for (int a : g.children(v, "aux")) {
                    if (triggers.isObligationModal(g.token(a).word())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True for a word tagged as a noun that a modal governs ("they would blockade Paris"): the tagger's
     * slip on a verb that has a noun's spelling.
     */
    static boolean modalNoun(Graph g, int t) {
        if (!g.isNoun(t)) {
            return false;
        }
        for (int a : g.children(t, "aux")) {
            if (g.token(a).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** The relative pronoun or determiner that opens a relative clause ("which", "whose"), or the clause's verb. */
    static int relativeWord(Graph g, int clause) {
        int first = clause;
        for (int i = 0; i < clause; i++) {
            String pos = g.token(i).pos();
            if ((pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$")) && g.dominates(clause, i, 3)) {
                first = Math.min(first, i);
            }
        }
        return first;
    }

    static boolean inTimeExpression(Sentence s, int t) {
        for (TimeExpression te : s.times()) {
            if (te.firstToken() <= t && t <= te.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The light verb that carries a nominal trigger, or -1: "held talks", "carried out an attack", "speeded
     * up the withdrawal", "engaged in talks", and a noun joined to such an object ("launched artillery,
     * mortar and rocket fire").
     */
    int lightVerb(Graph g, int t) {
        int noun = t;
        int gov = g.governor(t);
        if (gov >= 0 && g.baseRelation(t).equals("conj") && g.isNoun(gov)) {
            noun = gov;
            gov = g.governor(gov);
        }
        String lemma = g.token(t).lemma();
        if (gov >= 0 && g.isNoun(gov) && g.baseRelation(noun).equals("nmod") && g.casePreposition(noun) != null
                && g.baseRelation(gov).equals("obj") && g.governor(gov) >= 0 && g.isVerb(g.governor(gov))) {
            // "claimed responsibility for the bombing": the verb, its object noun and the preposition
            int verb = g.governor(gov);
            String form = g.token(verb).lemma().toLowerCase(Locale.ROOT) + " " + g.token(gov).lemma().toLowerCase(Locale.ROOT)
                    + " " + g.casePreposition(noun);
            return triggers.isLightVerb(form, lemma) ? verb : -1;
        }
        if (gov < 0 || !g.isVerb(gov)) {
            return -1;
        }
        String verb = g.token(gov).lemma().toLowerCase(Locale.ROOT);
        if (g.baseRelation(noun).equals("obj") || g.relation(noun).equals("nsubj:pass")) {
            if (triggers.isLightVerb(verb, lemma)) {
                return gov;
            }
            for (int c : g.children(gov, "compound:prt")) {
                if (triggers.isLightVerb(verb + " " + g.token(c).word().toLowerCase(Locale.ROOT), lemma)) {
                    return gov;
                }
            }
        } else if (g.baseRelation(noun).equals("obl")) {
            String prep = g.casePreposition(noun);
            if (prep != null && triggers.isLightVerb(verb + " " + prep, lemma)) {
                return gov;
            }
        }
        return -1;
    }

    /** The country of the place an event happened, as a party to it, mentioned at the trigger. */
    Optional<Who> placeParty(ActorIndex index, Place where, String sector, Graph g, Token trigger) {
        if (where == null || where.country() == null) {
            return Optional.empty();
        }
        return index.findCountry(where.country()).map(c -> new Who(new Actor(c.name(), Actor.Kind.COUNTRY, c.actorCode(),
                sector, null, List.of(new Mention(where.text(), g.sentence().field(), g.sentence().index(),
                trigger.start(), trigger.end()))), where.text()));
    }

    static boolean hasModifier(Graph g, int t, String modifier) {
        for (int c : g.children(t)) {
            String rel = g.relation(c);
            if ((rel.startsWith("compound") || rel.equals("amod"))
                    && (g.token(c).word().equalsIgnoreCase(modifier) || g.token(c).lemma().equalsIgnoreCase(modifier))) {
                return true;
            }
        }
        return t > 0 && g.token(t - 1).word().equalsIgnoreCase(modifier);
    }

    static boolean hasParticle(Graph g, int t, String particle) {
        for (int c : g.children(t, "compound:prt")) {
            if (g.token(c).word().equalsIgnoreCase(particle)) {
                return true;
            }
        }
        for (int c : g.children(t)) {
            if (g.token(c).word().equalsIgnoreCase(particle) && (g.relation(c).startsWith("case")
                    || g.relation(c).startsWith("advmod"))) {
                return true;
            }
        }
        for (int c : g.children(t, "obl")) {
            if (particle.equalsIgnoreCase(g.casePreposition(c))) {
                return true;
            }
        }
        return t + 1 < g.size() && g.token(t + 1).word().equalsIgnoreCase(particle);
    }
}
