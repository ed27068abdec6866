package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.DateGrounder.Tense;
import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.Actor;
import dev.dyad.model.EventDate;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codes one trigger of a parsed sentence: whether its clause makes it an event, its actor and recipient,
 * modality, date and place. Stateless apart from its knowledge; thread-safe.
 */
final class TriggerCoder {
    /** Body sentences below which a text is too short to have a dispute of its own beyond its sentences. */
    static final int MIN_ARTICLE_SENTENCES = 6;
    /** Types whose act, done in a place, is done to that place's country when the text names no one else. */
    private static final Set<String> PLACE_IS_RECIPIENT = Set.of("ASSAULT", "COERCE", "CONCEDE", "MOBILIZE",
            "SANCTION", "PROTEST", "AID", "RETREAT");
    /** Entity tags of time expressions: a noun so tagged names a time, not an event ("March"). */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final Triggers triggers;
    private final DateGrounder dates;
    private final TriggerDates dating;
    private final Modality modality;
    private final EventPlaces places;
    private final ClauseCues cues;
    private final RecipientRoles recipients;
    private final ActorRoles actors;

    TriggerCoder(Triggers triggers, DateGrounder dates, TriggerDates dating, Modality modality, EventPlaces places,
            ClauseCues cues, RecipientRoles recipients, ActorRoles actors) {
        this.triggers = triggers;
        this.dates = dates;
        this.dating = dating;
        this.modality = modality;
        this.places = places;
        this.cues = cues;
        this.recipients = recipients;
        this.actors = actors;
    }

    Found tryTrigger(ParsedArticle article, Graph g, int t, Trigger trig, ActorIndex index, LocalDate dateline,
                     List<String> parties) {
        Token tok = g.token(t);
        if (trig.noun() ? !g.isNoun(t) || ClauseCues.modalNoun(g, t) : !g.isVerb(t) && !ClauseCues.modalNoun(g, t)) {
            return null;
        }
        if (cues.isAim(g, t)) {
            return null;
        }
        if (trig.has("stative") && !(ClauseCues.stativeUse(g.sentence().tokens(), t) && ClauseCues.toArgument(g, t))) {
            return null;
        }
        if (trig.noun() && (TIME_TAGS.contains(tok.ner()) || ClauseCues.inTimeExpression(g.sentence(), t))) {
            return null; // "signed in March 2001": a month, no march
        }
        if (trig.particle() != null && !(trig.noun() ? ClauseCues.hasModifier(g, t, trig.particle()) : ClauseCues.hasParticle(g, t, trig.particle()))) {
            return null;
        }
        List<Integer> objects = new ArrayList<>();
        for (int o : g.children(t, "obj")) {
            objects.add(actors.throughPartitive(g, o));
        }
        if (objects.isEmpty() && !trig.noun() && g.relation(t).equals("acl") && tok.pos().equals("VBN")
                && g.governor(t) >= 0 && g.isNoun(g.governor(t))) {
            // "the 15% tariffs on Chinese goods imposed on Sept. 1": a passive participle's noun is its object
            objects.add(actors.throughPartitive(g, g.governor(t)));
        }
        // "claimed responsibility for shooting down the helicopter": the parser may take the particle for a
        // preposition and the object for an oblique phrase; a bare oblique of a particle verb is its object
        List<Integer> misread = new ArrayList<>();
        if (objects.isEmpty() && !trig.noun() && trig.particle() != null) {
            for (int o : g.children(t, "obl")) {
                String prep = g.casePreposition(o);
                if (g.relation(o).equals("obl") && (prep == null || prep.equalsIgnoreCase(trig.particle())) && g.isNoun(o)) {
                    misread.add(o);
                }
            }
            objects.addAll(misread);
        }
        // "80 UN peacekeepers were shipped out": in the passive the subject is what the act moves, and the
        // trigger's object filter applies to it
        List<Integer> moved = objects.isEmpty() && trig.has("passive-ok") && !trig.noun() ? actors.movedSubjects(g, t) : objects;
        if (!trig.objects().isEmpty()) {
            boolean ok = false;
            for (int o : moved) {
                // the word as well as its lemma: "the wounded" is no form of "wound"
                ok |= trig.objects().contains(g.token(o).lemma().toLowerCase(Locale.ROOT))
                        || trig.objects().contains(g.token(o).word().toLowerCase(Locale.ROOT));
            }
            if (!ok && objects.isEmpty() && trig.has("to-clause")) {
                // "declined to resign", but not "declined to comment"
                for (int x : g.children(t, "xcomp")) {
                    ok |= g.isVerb(x) && !trig.notObjects().contains(g.token(x).lemma().toLowerCase(Locale.ROOT));
                }
            }
            if (!ok) {
                return null;
            }
        }
        for (int o : moved) {
            if (trig.notObjects().contains(g.token(o).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (trig.has("needs-clause") && g.children(t, "xcomp").isEmpty()) {
            return null; // "ordered an inquiry" is the inquiry; "ordered the envoy to return" a demand
        }
        if (!trig.noun() && trig.type().equals("SUPPORT") && objects.isEmpty() && !g.children(t, "ccomp").isEmpty()) {
            return null; // "recognize that ...", "accept that ...": a view, not backing for anyone
        }
        Found f = new Found();
        f.trigger = trig;
        f.light = -1;
        f.objectLemma = objects.isEmpty() ? null : g.token(objects.get(0)).lemma().toLowerCase(Locale.ROOT);
        f.objectEntity = objects.isEmpty() ? null : CandidateFeatures.entity(g.token(objects.get(0)));
        f.sentence = g.sentence();
        f.triggerToken = t;
        ActorContext ctx = new ActorContext(index, article, g);

        // the clause that carries a nominal trigger: "held talks", "travelled ... for meetings"
        int light = -1;
        if (trig.noun()) {
            light = cues.lightVerb(g, t);
            f.light = light;
        }
        // recipients first: "between A and B" also names the actor
        for (String slot : trig.recipient()) {
            List<Integer> heads = RecipientRoles.slot(g, t, slot);
            if (heads.isEmpty() && slot.equals("obj")) {
                heads = new ArrayList<>(misread);
            }
            if (heads.isEmpty() && light >= 0) {
                heads = RecipientRoles.slot(g, light, slot);
            }
            if (heads.isEmpty() && trig.noun() && g.governor(t) >= 0) {
                // the parser often hangs a noun's phrase on the verb above it ("comes amid talks ... between A and B")
                for (int h : RecipientRoles.slot(g, g.governor(t), slot)) {
                    if (h > t) {
                        heads.add(h);
                    }
                }
            }
            if (heads.isEmpty() && trig.noun()) {
                // ... or on a relative clause that follows it ("an effort between A and B whose ties have been
                // strained"): a phrase that stands before the relative word belongs to the noun
                for (int r : g.children(t, "acl:relcl")) {
                    int relative = ClauseCues.relativeWord(g, r);
                    for (int h : RecipientRoles.slot(g, r, slot)) {
                        if (h > t && h < relative) {
                            heads.add(h);
                        }
                    }
                }
            }
            if (slot.equals("between") && !heads.isEmpty()) {
                List<Who> all = new ArrayList<>();
                for (int h : heads) {
                    for (int c : g.withConjuncts(h)) {
                        all.addAll(ctx.who(c, true));
                    }
                }
                if (all.size() >= 2 && trig.has("mediator")) {
                    // "a mediation effort between the Emirates and Saudi Arabia": both sides are met by the
                    // mediator, who is the actor
                    f.recipient.addAll(all);
                    break;
                }
                if (all.size() >= 2) {
                    f.actor.add(all.get(0));
                    f.recipient.addAll(all.subList(1, all.size()));
                    break;
                }
                continue;
            }
            for (int h : heads) {
                for (int c : g.withConjuncts(h)) {
                    f.recipient.addAll(ctx.who(c, !slot.equals("obj") || EventPlaces.isVisit(trig)));
                }
            }
            if (f.recipient.isEmpty() && !EventPlaces.isVisit(trig)) {
                // "demonstrations against violations by the Israeli military", "a suspension of air links with Serbia"
                for (int h : heads) {
                    f.recipient.addAll(recipients.target(ctx, g, h, 1, Set.of()));
                }
            }
            if (f.recipient.isEmpty() && (trig.type().equals("AGREE") || trig.type().equals("SUPPORT"))) {
                for (int h : heads) {
                    f.recipient.addAll(recipients.beneficiary(ctx, g, h, Set.of()));
                }
            }
            if (!f.recipient.isEmpty()) {
                break;
            }
        }
        if (f.recipient.isEmpty() && trig.noun() && trig.has("poss-suffers")) {
            // "Israel's destruction", "Mandela's release": the owner of such a noun undergoes the act
            for (int c : g.children(t, "nmod:poss")) {
                f.recipient.addAll(ctx.collect(g, c));
            }
        }
        if (f.actor.isEmpty()) {
            f.actor.addAll(trig.noun() ? actors.nounActor(ctx, g, t, light, trig) : actors.verbActor(ctx, g, t, f));
        }
        if (f.actor.isEmpty() && !trig.noun() && !trig.has("host") && ActorRoles.subjectless(g, t)) {
            f.actor.addAll(actors.leftActor(ctx, g, t, f.recipient));
        }
        if (f.recipient.isEmpty() && (!trig.has("symmetric") || f.actor.size() < 2)) {
            f.recipient.addAll(recipients.recipientBeyondSlots(ctx, g, light >= 0 ? light : t,
                    trig.noun() && light < 0 ? g.children(t, "nmod") : objects, f.actor, trig.has("symmetric")));
        }
        if (f.recipient.isEmpty() && light >= 0 && g.baseRelation(t).equals("obl")
                && (trig.type().equals("COERCE") || trig.type().equals("ASSAULT") || trig.type().equals("SANCTION"))) {
            // "put the opposition leader under house arrest": the light verb's object suffers the act;
            // "holding thousands of refugees as human shields": those the number counts
            for (int o : g.children(light, "obj")) {
                f.recipient.addAll(Who.others(ctx.who(actors.throughPartitive(g, o), false), Who.names(f.actor)));
            }
        }
        if (f.recipient.isEmpty() && trig.type().equals("REJECT")) {
            // "declined to resign despite pressure by the commission": a refusal answers whoever pressed for it
            for (int c : g.children(light >= 0 ? light : t, "obl")) {
                if ("despite".equals(g.casePreposition(c))) {
                    f.recipient.addAll(Who.others(recipients.owner(ctx, g, c), Who.names(f.actor)));
                }
            }
        }
        if (f.recipient.isEmpty() && trig.noun() && "of".equals(g.casePreposition(t)) && g.governor(t) >= 0
                && triggers.isSufferer(g.token(g.governor(t)).lemma()) && !g.children(g.governor(t), "cop").isEmpty()) {
            // "the U.S. base has been the target of a Russian disinformation campaign"
            for (int subj : g.children(g.governor(t), "nsubj")) {
                f.recipient.addAll(Who.others(ctx.collect(g, subj), Who.names(f.actor)));
            }
        }
        if (trig.has("host")) {
            List<Who> a = new ArrayList<>(f.recipient);
            f.recipient.clear();
            f.recipient.addAll(f.actor);
            f.actor.clear();
            f.actor.addAll(a);
        }
        String home = index.findHome().orElse(null);
        ClauseCues.officesAtHome(f.actor, f.recipient, home);
        ClauseCues.officesAtHome(f.recipient, f.actor, home);
        Found.dedupe(f);
        // "the summit will take place in Singapore on June 12", "talks open Monday in Geneva": an event
        // noun that is the subject of its predicate has that predicate's place and date
        int predicate = light;
        if (trig.noun() && light < 0 && g.governor(t) >= 0 && g.isVerb(g.governor(t)) && g.baseRelation(t).equals("nsubj")) {
            predicate = g.governor(t);
        }
        f.location = places.location(ctx, g, t, predicate, trig, objects);
        if (f.location != null && f.location.country() != null && !f.recipient.isEmpty()
                && f.recipient.stream().allMatch(w -> w.actor().code() == null && w.actor().kind() != Actor.Kind.PERSON)) {
            // "dispatched inspectors to Esfahan Uranium Conversion Facilities in central Iran": a body no lexicon
            // knows, where the act takes place, is of that place's country
            for (int i = 0; i < f.recipient.size(); i++) {
                Actor a = f.recipient.get(i).actor();
                String code = index.findCountry(f.location.country()).map(Lexicon.Country::actorCode).orElse(f.location.country());
                f.recipient.set(i, new Who(new Actor(a.name(), a.kind(), code, a.sector(), a.office(), a.mentions()),
                        f.recipient.get(i).text()));
            }
        }
        if (Who.uncoded(f.actor) && trig.type().equals("PROTEST")) {
            // people who protest with no nationality given: those of the place where they protest
            cues.placeParty(index, f.location, "CVL", g, tok).ifPresent(f.actor::add);
        }
        if (Who.uncoded(f.actor) && trig.type().equals("PROTEST") && f.location == null
                && home != null && article.sentences().stream().filter(x -> x.field().equals("body")).count() >= MIN_ARTICLE_SENTENCES) {
            // "as the latest round of anti-government protests escalates", in a report on Hong Kong: with
            // neither people nor place named, those of the state the article names most (in a text long
            // enough to be about one)
            index.findCountry(home).ifPresent(c -> f.actor.add(new Who(new Actor(c.name() + " civilians", Actor.Kind.GROUP,
                    c.actorCode(), "CVL", null, List.of()), tok.word())));
        }
        if (Who.uncoded(f.actor) && trig.noun() && f.recipient.isEmpty()
                && (trig.has("symmetric") || trig.type().equals("CONSULT")) && parties.size() == 2) {
            // "last weekend's trade phone call", "the little deal announced in October", in a report on
            // US-China trade: a meeting or deal the text dates but names no one for is one between the two
            // states the article is about (undated, "the talks" may be any talks)
            EventDate own = dating.date(g, t, predicate, dateline, Tense.PAST);
            if (own != null && own.basis().equals("text")) {
                f.actor.clear();
                index.findCountry(parties.get(0)).map(Who::state).ifPresent(f.actor::add);
                index.findCountry(parties.get(1)).map(Who::state).ifPresent(f.recipient::add);
            }
        }
        if (Who.uncoded(f.actor)) {
            return null;
        }
        int clause = light >= 0 ? light : t;
        if (trig.noun() && light < 0 && g.governor(t) >= 0 && g.isVerb(g.governor(t))) {
            clause = g.governor(t);
        }
        f.modality = modality.of(g, t, light, clause);
        Tense tense = f.modality.equals("future") ? Tense.FUTURE : TriggerDates.tense(g, clause);
        f.date = dating.date(g, t, predicate, dateline, tense);
        if (f.date != null && f.date.basis().equals("dateline") && f.modality.equals("asserted")
                && g.token(clause).pos().equals("VBD") && g.children(clause, "aux").isEmpty() && g.sentence().times().isEmpty()) {
            f.date = narrativeDate(article, g.sentence(), dateline).orElse(f.date);
        }
        if (f.modality.equals("asserted") && f.date != null && dateline != null && f.date.basis().equals("text")
                && f.date.start().isAfter(dateline)) {
            f.modality = "future";
        }
        if (f.recipient.isEmpty() && PLACE_IS_RECIPIENT.contains(trig.type())) {
            // "lifted a curfew in Montenegro", "arrested 100 people in Hebron": done to the place's country
            cues.placeParty(index, f.location, null, g, tok).ifPresent(w -> {
                f.recipient.add(w);
                Found.dedupe(f);
            });
        }
        if (f.date != null) {
            // "will give": a commitment, which PLOVER codes AGREE; "would withdraw its troops": an
            // announced retreat, CONCEDE; "would blockade Paris": a threat. "Could attack" is a guess,
            // no threat.
            // "would meet the mediator if he gave them a veto": a conditional offer
            boolean conditional = cues.hasCondition(g, clause);
            // "is willing to withdraw", "is prepared to lift the ban": readiness for a cooperative act, AGREE;
            // "the army prepared to resume shelling": forces made ready to strike, MOBILIZE
            Set<String> whens = new java.util.HashSet<>();
            if (conditional) {
                whens.add("conditional");
            }
            if (f.modality.equals("future")) {
                whens.add("future");
            }
            if (cues.willing(g, t, light, clause)) {
                whens.add("willing");
            }
            boolean preparing = cues.preparing(g, light >= 0 ? light : t);
            if (preparing) {
                whens.add("preparing");
            }
            Triggers.Recast r = triggers.recast(trig.type(), trig.mode(), whens, cues.conditionMarks(g, clause)).orElse(null);
            // an act with a day of its own is planned, not promised ("will visit on Thursday"); a hostile
            // act announced for a day is still a threat ("would blockade Paris from Monday night")
            boolean announced = f.date.basis().equals("dateline") || (r != null && r.type().equals("THREATEN"));
            if (r != null && preparing && r.type().equals("MOBILIZE")) {
                f.recast = r; // the making ready is itself the act, whatever day the strike is for
                f.modality = "asserted";
            } else if (announced && r != null && !cues.obliged(g, t, light) && (f.modality.equals("future")
                    || (f.modality.equals("hypothetical") && !r.type().equals("THREATEN")))) {
                f.recast = r;
                f.modality = "asserted";
            }
        }
        if (f.modality.equals("negated") && trig.type().equals("AGREE")) {
            // "will not accept", "failed to reach agreement": a refusal, which PLOVER codes REJECT
            f.refused = true;
            f.modality = "asserted";
        }
        // a promise needs no recipient; the act itself does when its trigger says so
        if (trig.has("needs-recipient") && f.recipient.isEmpty() && f.recast == null) {
            return null;
        }
        if (f.recast == null && cues.obliged(g, t, light)) {
            return null; // "saying he must resign": what someone is told to do, no act of theirs
        }
        if (trig.noun() && light < 0 && ClauseCues.ownedByPronoun(g, t) && (f.recipient.isEmpty()
                || "for".equals(g.casePreposition(t)))) {
            // "until their demands are met", "sanctions ... for its support of": an act named as the
            // background or the reason of another, not reported as done
            return null;
        }
        return f;
    }

    /**
     * "According to the Jordanian government, as of 2016, the country had admitted 1.4 million refugees.
     * Jordan closed its borders with Syria": a sentence in the simple past with no date of its own goes
     * on with the story the sentence before it in its paragraph set in the past, more than 30 days
     * before the dateline. Only such an earlier date carries over: a recent one is as likely the date of
     * that sentence's event alone.
     */
    private Optional<EventDate> narrativeDate(ParsedArticle article, Sentence s, LocalDate dateline) {
        if (dateline == null) {
            return Optional.empty();
        }
        Sentence before = null;
        for (Sentence x : article.sentences()) {
            if (x.index() == s.index() - 1) {
                before = x;
            }
        }
        if (before == null || !before.field().equals(s.field()) || before.paragraph() != s.paragraph()) {
            return Optional.empty();
        }
        EventDate found = null;
        for (TimeExpression te : before.times()) {
            Optional<EventDate> d = dates.fromText(te, dateline, Tense.PAST);
            if (d.isPresent() && d.get().end().isBefore(dateline.minusDays(30))) {
                found = d.get();
            }
        }
        return Optional.ofNullable(found);
    }
}
