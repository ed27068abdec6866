package dev.dyad.events;

import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the model sees of one candidate event. Stateless apart from its knowledge; thread-safe. */
final class CandidateFeatures {
    private final Triggers triggers;
    private final CameoVerbs cameo;
    private final Modality modality;
    private final ActorRoles actors;

    CandidateFeatures(Triggers triggers, CameoVerbs cameo, Modality modality, ActorRoles actors) {
        this.triggers = triggers;
        this.cameo = cameo;
        this.modality = modality;
        this.actors = actors;
    }

    /**
     * What the model sees of a candidate: its word and part of speech, what the rules and the lexicons
     * propose for it, the CAMEO dictionary's types for the verb and for its object, its dependency
     * relations (with their prepositions and words), its governor, modality and announcement cues, who
     * its parties are by kind, and the types the rules found elsewhere in its sentence. Each feature
     * counts once. What the actors stage decides of a party beyond its kind (its code, sector, office)
     * is left out, and a name in a word slot stands as its entity tag: a model fit on the synthetic
     * sentences' parties should not learn who they are ("obj=iran"), nor change when the actors stage
     * reads them better.
     */
    List<String> of(Graph g, Found f, Set<String> proposedHere) {
        Set<String> x = new LinkedHashSet<>();
        Token t = g.token(f.triggerToken);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String pos = f.trigger.noun() ? "N" : "V";
        x.add("lemma=" + lemma);
        x.add("lemma/pos=" + lemma + "/" + pos);
        x.add("pos=" + pos);
        if (f.open) {
            x.add("origin=open");
            x.add("open.type=" + f.trigger.type());
        } else {
            x.add("rule=" + f.ruleType());
            x.add("rule.trigger=" + f.trigger.type());
            x.add("rule.id=" + f.trigger.rule());
            x.add("lemma|rule=" + lemma + "|" + f.ruleType());
        }
        for (Trigger tr : triggers.forLemma(lemma)) {
            // the lexicon's senses of the word in the candidate's own part of speech: the noun "call"
            // (a phone call, CONSULT) says nothing of the verb "called on"
            if (tr.noun() == f.trigger.noun()) {
                x.add("lexicon=" + tr.type() + "/" + (tr.noun() ? "N" : "V"));
            }
        }
        for (String c : cameo.verbTypes(lemma)) {
            x.add("cameo=" + c);
        }
        if (!cameo.knows(lemma) && !f.trigger.noun()) {
            x.add("cameo=unknown");
        }
        if (f.objectLemma != null) {
            String object = f.objectEntity != null ? "@" + f.objectEntity : f.objectLemma;
            x.add("obj=" + object);
            x.add("lemma|obj=" + lemma + "|" + object);
            for (Trigger tr : triggers.forLemma(f.objectLemma)) {
                if (tr.noun()) {
                    x.add("obj.lexicon=" + tr.type());
                }
            }
        }
        for (int c : g.children(f.triggerToken)) {
            String rel = g.baseRelation(c);
            String prep = g.casePreposition(c);
            String r = rel + (prep == null ? "" : ":" + prep.toLowerCase(Locale.ROOT));
            x.add("dep=" + r);
            String w = g.token(c).lemma().toLowerCase(Locale.ROOT);
            String word = entity(g.token(c)) != null ? "@" + entity(g.token(c)) : w;
            if (rel.equals("obj") || rel.equals("obl") || rel.equals("nmod") || rel.equals("xcomp") || rel.equals("compound")
                    || rel.equals("amod") || rel.equals("advmod") || rel.equals("aux")) {
                x.add("dep.w=" + r + ":" + word);
            }
            for (String c2 : cameo.objectTypes(lemma, w)) {
                x.add("cameo.obj=" + c2);
            }
        }
        int gov = g.governor(f.triggerToken);
        if (gov >= 0) {
            x.add("gov.rel=" + g.relation(f.triggerToken));
            x.add("gov=" + g.token(gov).lemma().toLowerCase(Locale.ROOT));
            x.add("gov.rel|gov=" + g.baseRelation(f.triggerToken) + "|" + g.token(gov).lemma().toLowerCase(Locale.ROOT));
        } else {
            x.add("gov=root");
        }
        if (f.light >= 0) {
            x.add("light=" + g.token(f.light).lemma().toLowerCase(Locale.ROOT));
        }
        x.add("modality=" + f.modality);
        if (f.recast != null) {
            x.add("recast=" + f.recast.type());
        }
        if (f.refused) {
            x.add("refused");
        }
        x.add(f.recipient.isEmpty() ? "recipient=none" : "recipient=some");
        x.add("actors=" + Math.min(3, f.actor.size()));
        for (Who w : f.actor) {
            x.add("actor=" + w.actor().kind());
        }
        for (Who w : f.recipient) {
            x.add("recipient=" + w.actor().kind());
        }
        if (f.date != null) {
            x.add("date=" + f.date.basis());
        }
        for (String r : proposedHere) {
            x.add("sentence.rule=" + r);
        }
        return new ArrayList<>(x);
    }

    /** The entity tag of a name ("Iran": LOCATION), or null for a word that is none. */
    static String entity(Token t) {
        String n = t.ner();
        return n == null || n.isEmpty() || n.equals("O") ? null : n;
    }
}
