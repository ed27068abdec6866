package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Events that a sentence reports without a trigger of their own: a demand reported as an obligation
 * ("Washington says Pyongyang must ..."), a refusal, a desire, a court's verdict. Each pass reads one
 * parsed sentence and returns what it found. Stateless apart from its knowledge; thread-safe.
 */
final class ReportedActs {
    private final Triggers triggers;
    private final Modality modality;
    private final TriggerDates dating;
    private final ActorRoles actors;

    ReportedActs(Triggers triggers, Modality modality, TriggerDates dating, ActorRoles actors) {
        this.triggers = triggers;
        this.modality = modality;
        this.dating = dating;
        this.actors = actors;
    }

    /**
     * "Russia said that Sudan must return the helicopter": a demand from the speaker to the subject of
     * the reported clause, which an obligation modal marks.
     */
    List<Found> reportedDemands(ParsedArticle article, Graph g, ActorIndex index, LocalDate dateline) {
        List<Found> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            int m = t.index();
            String cue;
            int v;
            if (g.baseRelation(m).equals("aux") && triggers.isObligationModal(t.word())) {
                cue = t.word();
                v = g.governor(m);
            } else if (g.isVerb(m) && !g.baseRelation(m).startsWith("aux") && triggers.isObligationVerb(t.lemma())
                    && (cue = obligation(g, m)) != null) {
                v = m;
            } else {
                continue;
            }
            // "China is going to have to make a deal": the obliged subject is that of the clause above
            for (int step = 0; step < 3 && v >= 0 && g.children(v, "nsubj").isEmpty() && g.baseRelation(v).equals("xcomp"); step++) {
                v = g.governor(v);
            }
            if (v < 0 || g.children(v, "nsubj").isEmpty()) {
                continue;
            }
            // He added: "The (refugees) must not be forced ... The regime must take responsibility": a quote
            // that goes on from the sentence before is said by whoever that sentence has say it
            List<Who> speaker = g.governor(v) < 0 ? continuedQuoteSpeaker(article, g.sentence(), index) : List.of();
            int said = g.governor(v);
            if (speaker.isEmpty() && (!g.baseRelation(v).equals("ccomp") || said < 0 || !g.isVerb(said)
                    || !triggers.isSpeechVerb(g.token(said).lemma()))) {
                continue;
            }
            ActorContext ctx = new ActorContext(index, article, g);
            Found f = new Found();
            f.trigger = triggers.reportedDemand(cue);
            f.sentence = g.sentence();
            f.triggerToken = m;
            f.scope = v;
            Found scratch = new Found();
            scratch.trigger = f.trigger;
            if (!speaker.isEmpty()) {
                if (modality.of(g, v, -1, v).equals("negated")) {
                    continue;
                }
                f.actor.addAll(speaker);
                for (int subj : g.children(v, "nsubj")) {
                    if (!g.relation(subj).equals("nsubj:pass")) {
                        f.recipient.addAll(Who.others(ctx.collect(g, subj), Who.names(speaker)));
                    }
                }
                Found.dedupe(f);
                if (Who.uncoded(f.recipient)) {
                    continue;
                }
                f.modality = "asserted";
                f.date = dating.date(g, v, -1, dateline, TriggerDates.tense(g, v));
                out.add(f);
                continue;
            }
            f.actor.addAll(actors.verbActor(ctx, g, said, scratch));
            for (int subj : g.children(v, "nsubj")) {
                if (!g.relation(subj).equals("nsubj:pass")) {
                    f.recipient.addAll(ctx.collect(g, subj));
                }
            }
            Found.dedupe(f);
            if (f.recipient.isEmpty() || Who.uncoded(f.actor)) {
                continue;
            }
            f.modality = modality.of(g, said, -1, said);
            f.date = dating.date(g, said, -1, dateline, TriggerDates.tense(g, said));
            out.add(f);
        }
        return out;
    }

    /**
     * "US authorities said that removing the sanctions on Burma is out of the question": a speaker who
     * says an act is ruled out rejects it (PLOVER REJECT); the party the act concerns, named in the
     * clause's subject, is the recipient. The act itself is the content of the refusal, not an event.
     */
    List<Found> reportedRefusals(ParsedArticle article, Graph g, ActorIndex index, LocalDate dateline) {
        List<Found> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            int n = t.index();
            List<Integer> cases = g.children(n, "case");
            if (!g.isNoun(n) || g.children(n, "cop").isEmpty() || cases.isEmpty()
                    || !triggers.isRefusal(g.token(cases.get(0)).word(), t.lemma())) {
                continue;
            }
            int said = g.governor(n);
            List<Integer> subjects = new ArrayList<>(g.children(n, "nsubj"));
            subjects.addAll(g.children(n, "csubj")); // "that lifting the sanctions is ..."
            if (!g.baseRelation(n).equals("ccomp") || said < 0 || !g.isVerb(said)
                    || !triggers.isSpeechVerb(g.token(said).lemma()) || subjects.isEmpty()) {
                continue;
            }
            ActorContext ctx = new ActorContext(index, article, g);
            Found f = new Found();
            f.trigger = triggers.reportedRefusal(t.lemma());
            f.sentence = g.sentence();
            f.triggerToken = n;
            f.scope = n;
            Found scratch = new Found();
            scratch.trigger = f.trigger;
            f.actor.addAll(actors.verbActor(ctx, g, said, scratch));
            Set<String> self = Who.names(f.actor);
            int subject = subjects.get(0);
            for (int k = subject; k <= g.subtreeEnd(subject) && f.recipient.isEmpty(); k++) {
                if (k == subject || g.dominates(subject, k, 8)) {
                    for (Who w : Who.others(ctx.who(k, true), self)) {
                        if (w.actor().code() != null) {
                            f.recipient.add(w);
                        }
                    }
                }
            }
            Found.dedupe(f);
            if (Who.uncoded(f.actor)) {
                continue;
            }
            f.modality = modality.of(g, said, -1, said);
            f.date = dating.date(g, said, -1, dateline, TriggerDates.tense(g, said));
            out.add(f);
        }
        return out;
    }

    /**
     * Who says a sentence that goes on with a quote the sentence before it in its paragraph opened and
     * left open after a verb of saying ('He added: "The refugees must not be forced ...'): that verb's
     * subject, when it stands for a coded actor; else none.
     */
    private List<Who> continuedQuoteSpeaker(ParsedArticle article, Sentence s, ActorIndex index) {
        Sentence before = null;
        for (Sentence x : article.sentences()) {
            if (x.index() == s.index() - 1) {
                before = x;
            }
        }
        if (before == null || !before.field().equals(s.field()) || before.paragraph() != s.paragraph()
                || before.dependencies().isEmpty() || s.tokens().get(0).pos().equals("``")) {
            return List.of();
        }
        int open = -1;
        int depth = 0;
        for (Token t : before.tokens()) {
            if (t.pos().equals("``")) {
                depth++;
                if (depth == 1) {
                    open = t.index();
                }
            } else if (t.pos().equals("''")) {
                depth = Math.max(0, depth - 1);
            }
        }
        if (depth == 0 || open < 0) {
            return List.of();
        }
        Graph pg = new Graph(before);
        ActorContext ctx = new ActorContext(index, article, pg);
        for (int i = open - 1; i >= 0; i--) {
            if (pg.isVerb(i) && triggers.isSpeechVerb(pg.token(i).lemma())) {
                Found scratch = new Found();
                scratch.trigger = triggers.reportedDemand("quote");
                List<Who> who = actors.verbActor(ctx, pg, i, scratch);
                return who.stream().anyMatch(w -> w.actor().code() != null) ? who : List.of();
            }
        }
        return List.of();
    }

    /**
     * "Beijing also wants Trump to eliminate the tariffs", "White House advisers would like to see China
     * agree to purchases": a request from the one who wants to the one who is to act, whose act is its
     * content.
     */
    List<Found> desires(ParsedArticle article, Graph g, ActorIndex index, LocalDate dateline) {
        List<Found> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            int d = t.index();
            String aux = triggers.desireAuxiliary(t.lemma());
            if (aux == null || !g.isVerb(d) || g.baseRelation(d).startsWith("aux")) {
                continue;
            }
            if (!aux.isEmpty() && g.children(d, "aux").stream().noneMatch(a -> g.token(a).word().equalsIgnoreCase(aux))) {
                continue;
            }
            // who is to act, and the act: "wants Trump to eliminate", or through "see": "like to see China agree"
            int who = -1;
            int act = -1;
            for (int x : g.children(d, "xcomp")) {
                if (!g.isVerb(x)) {
                    continue;
                }
                if (!g.children(d, "obj").isEmpty()) {
                    who = g.children(d, "obj").get(0);
                    act = x;
                } else if (triggers.isDesireThrough(g.token(x).lemma())) {
                    for (int c : g.children(x)) {
                        String rel = g.baseRelation(c);
                        if ((rel.equals("ccomp") || rel.equals("xcomp")) && g.isVerb(c)) {
                            act = c;
                            who = !g.children(c, "nsubj").isEmpty() ? g.children(c, "nsubj").get(0)
                                    : g.children(x, "obj").isEmpty() ? -1 : g.children(x, "obj").get(0);
                        }
                    }
                }
            }
            if (who < 0 || act < 0 || g.relation(who).equals("nsubj:pass")) {
                continue;
            }
            ActorContext ctx = new ActorContext(index, article, g);
            Found f = new Found();
            f.trigger = triggers.reportedDemand(t.lemma().toLowerCase(Locale.ROOT));
            f.sentence = g.sentence();
            f.triggerToken = d;
            f.scope = act;
            Found scratch = new Found();
            scratch.trigger = f.trigger;
            f.actor.addAll(actors.verbActor(ctx, g, d, scratch));
            f.recipient.addAll(Who.others(ctx.collect(g, who), Who.names(f.actor)));
            Found.dedupe(f);
            if (Who.uncoded(f.recipient)
                    || Who.uncoded(f.actor)) {
                continue;
            }
            // a wish is held now: only its negation counts ("do not want Hong Kong to lose its autonomy")
            f.modality = modality.of(g, d, -1, d).equals("negated") ? "negated" : "asserted";
            if (f.modality.equals("negated")) {
                continue;
            }
            f.date = dating.date(g, d, -1, dateline, TriggerDates.tense(g, d));
            out.add(f);
        }
        return out;
    }

    /**
     * Findings against a party: a verb of judging with a finding as its complement ("the court ruled the
     * decree illegal", "a court ruling declaring the government's mask ban unconstitutional", "found him
     * guilty"). The judge is the verb's subject, or the modifiers of the judging noun the verb's clause
     * describes ("a Hong Kong court ruling"); the party is the one found, or whoever owns the measure found
     * against ("the government's mask ban").
     */
    List<Found> verdicts(ParsedArticle article, Graph g, ActorIndex index, LocalDate dateline) {
        List<Found> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            int d = t.index();
            if (!g.isVerb(d) || !triggers.isVerdictVerb(t.lemma())) {
                continue;
            }
            int finding = -1;
            for (int x : g.children(d, "xcomp")) {
                if (triggers.isFinding(g.token(x).lemma())) {
                    finding = x;
                }
            }
            if (finding < 0) {
                continue;
            }
            ActorContext ctx = new ActorContext(index, article, g);
            Found f = new Found();
            f.trigger = triggers.verdict(t.lemma());
            f.sentence = g.sentence();
            f.triggerToken = d;
            if (!g.children(d, "nsubj").isEmpty()) {
                Found scratch = new Found();
                scratch.trigger = f.trigger;
                f.actor.addAll(actors.verbActor(ctx, g, d, scratch));
            } else {
                // up the clauses that describe a noun: "a court ruling declaring": the court judges
                int x = d;
                while (g.relation(x).startsWith("acl") && g.governor(x) >= 0) {
                    int gov = g.governor(x);
                    if (g.isNoun(gov) && !triggers.isJudgment(g.token(gov).lemma())) {
                        f.actor.addAll(ctx.who(gov, false));
                        break;
                    }
                    if (!triggers.isJudgment(g.token(gov).lemma()) && !triggers.isVerdictVerb(g.token(gov).lemma())) {
                        break;
                    }
                    for (int m : g.children(gov)) {
                        String rel = g.baseRelation(m);
                        if (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod")) {
                            f.actor.addAll(ctx.who(m, false)); // "the Supreme Court's ruling"
                        }
                    }
                    x = gov;
                }
            }
            List<Integer> found = new ArrayList<>(g.children(finding, "nsubj"));
            found.addAll(g.children(d, "obj"));
            for (int x : found) {
                List<Who> party = ctx.collect(g, x);
                if (party.isEmpty()) {
                    for (int m : g.children(x, "nmod:poss")) {
                        party.addAll(ctx.who(m, false)); // the owner of the measure found against
                    }
                }
                f.recipient.addAll(Who.others(party, Who.names(f.actor)));
                if (f.recipient.isEmpty()) {
                    // "the government's ban", named by no state: a court rules on its own state's government
                    f.recipient.addAll(ownGovernment(index, g, x, f.actor));
                }
            }
            Found.dedupe(f);
            if (Who.uncoded(f.recipient)
                    || Who.uncoded(f.actor)) {
                continue;
            }
            f.modality = modality.of(g, d, -1, d);
            f.date = dating.date(g, d, -1, dateline, TriggerDates.tense(g, d));
            out.add(f);
        }
        return out;
    }

    /**
     * The judge's own state's government, when the one found against is "the government" (or owns the
     * measure: "the government's ban") and no state is named for it; else nothing.
     */
    private List<Who> ownGovernment(ActorIndex index, Graph g, int party, List<Who> judge) {
        List<Integer> heads = new ArrayList<>(List.of(party));
        heads.addAll(g.children(party, "nmod:poss"));
        for (int h : heads) {
            if (!triggers.isGovernmentNoun(g.token(h).lemma())) {
                continue;
            }
            for (Who j : judge) {
                if (j.actor().code() != null) {
                    String text = g.token(h).word();
                    return index.findCountry(j.actor().code()).map(c -> List.of(Who.government(c, List.of(), text))).orElse(List.of());
                }
            }
        }
        return List.of();
    }

    /**
     * The cue when a verb of obligation ("have") puts one on its subject: a to-clause after it ("has to
     * leave"), or no choice but one ("had no option but to surrender"); else null.
     */
    private String obligation(Graph g, int have) {
        for (int o : g.children(have, "obj")) {
            boolean no = false;
            for (int d : g.children(o, "det")) {
                no |= g.token(d).word().equalsIgnoreCase("no");
            }
            if (no && triggers.isNoChoiceNoun(g.token(o).lemma())) {
                return "no_" + g.token(o).lemma().toLowerCase(Locale.ROOT);
            }
        }
        if (!g.children(have, "obj").isEmpty()) {
            return null; // "have the option to": a possibility, no obligation
        }
        for (int c : g.children(have)) {
            String rel = g.baseRelation(c);
            if (c == have + 2 && (rel.equals("xcomp") || rel.equals("ccomp")) && g.isVerb(c)
                    && g.token(have + 1).word().equalsIgnoreCase("to")) {
                return g.token(have).lemma().toLowerCase(Locale.ROOT) + "_to";
            }
        }
        return null;
    }
}
