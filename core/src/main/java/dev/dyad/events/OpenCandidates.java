package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The candidates no hand rule took: a verb or event noun of the sentence that the lexicons, or the
 * CAMEO verb dictionary, give a type, coded with open slots for the model to decide. Stateless apart
 * from its knowledge; thread-safe.
 */
final class OpenCandidates {
    /** Where an open candidate looks for its recipient, in order. */
    private static final List<String> OPEN_SLOTS = List.of("obj", "iobj", "to", "with", "against", "on", "at", "into",
            "from", "for", "over", "of");

    private final Triggers triggers;
    private final CameoVerbs cameo;
    private final TriggerCoder triggerCoder;

    OpenCandidates(Triggers triggers, CameoVerbs cameo, TriggerCoder triggerCoder) {
        this.triggers = triggers;
        this.cameo = cameo;
        this.triggerCoder = triggerCoder;
    }

    /**
     * The candidates of a sentence that no hand rule took: each verb the CAMEO dictionary codes or a
     * lexicon lists, and each event noun of the lexicons, with its arguments read the way the rules read
     * them but with none of a trigger's conditions (objects, particles, needed recipients). Only the
     * model makes one an event; its proposed type is the lexicon's, else the CAMEO dictionary's.
     */
    List<Found> find(ParsedArticle article, Graph g, Set<Integer> taken, ActorIndex index, LocalDate dateline,
                     List<String> parties) {
        List<Found> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            if (taken.contains(t.index())) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean verb = g.isVerb(t.index());
            boolean noun = g.isNoun(t.index());
            if (!verb && !noun) {
                continue;
            }
            if (noun && g.governor(t.index()) >= 0 && taken.contains(g.governor(t.index()))) {
                continue; // as for the rules: an event noun a coded verb governs is that verb's event
            }
            if (verb && Set.of("csubj", "amod", "acl").contains(g.relation(t.index()))) {
                continue; // "Taliban ruled Afghanistan has shared ...", "a Russian-backed force": a description, no act
            }
            Trigger lexical = null;
            for (Trigger trig : triggers.forLemma(lemma)) {
                if (trig.noun() == noun && lexical == null) {
                    lexical = trig;
                }
            }
            String type = lexical != null ? lexical.type() : null;
            if (type == null && verb && !cameo.verbTypes(lemma).isEmpty()) {
                type = cameo.verbTypes(lemma).iterator().next();
            }
            if (type == null) {
                continue;
            }
            // a word of the lexicons keeps what the lexicon says of its uses (the objects it takes or not, its
            // particle, a needed clause: "declined to comment" is no refusal); only what it needs of the
            // parties is let go, for the model to weigh
            Set<String> flags = new java.util.HashSet<>();
            if (lexical != null) {
                for (String flag : List.of("to-clause", "needs-clause", "stative", "passive-ok", "host", "symmetric")) {
                    if (lexical.has(flag)) {
                        flags.add(flag);
                    }
                }
            }
            Trigger open = lexical == null
                    ? new Trigger(type, lemma, null, noun, null, OPEN_SLOTS, Set.of(), Set.of(), Set.of(), List.of(),
                    "candidate." + (noun ? "noun" : "verb"))
                    : new Trigger(type, lemma, lexical.particle(), noun, lexical.mode(), OPEN_SLOTS, Set.copyOf(flags),
                    lexical.objects(), lexical.notObjects(), lexical.context(), "candidate." + lexical.rule());
            Found f = triggerCoder.tryTrigger(article, g, t.index(), open, index, dateline, parties);
            if (f != null) {
                f.open = true;
                out.add(f);
            }
        }
        return out;
    }
}
