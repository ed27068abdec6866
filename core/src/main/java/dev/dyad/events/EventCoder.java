package dev.dyad.events;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.DateGrounder.Tense;
import dev.dyad.events.Triggers.Trigger;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Event;
import dev.dyad.model.EventDate;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import dev.dyad.text.DateParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the political events of a parsed article in PLOVER 2.0: for each trigger word of the
 * lexicons, its actor and recipient from the dependency parse mapped to the article's resolved
 * actors, its modality from auxiliaries, governing verbs, modifiers and negation, its date from the
 * time expressions of its own clause (else the dateline) and its place. Reports of one event in
 * several sentences of the article become one record, whose evidence is the sentence that says most.
 *
 * <p>Stateless apart from its knowledge; thread-safe.
 */
public final class EventCoder {
    /** Types whose act, done in a place, is done to that place's country when the text names no one else. */
    private static final Set<String> PLACE_IS_RECIPIENT = Set.of("ASSAULT", "COERCE", "CONCEDE", "MOBILIZE",
            "SANCTION", "PROTEST", "AID", "RETREAT");
    private static final String VERSION = "dyad 0.1";
    /** Entity tags of time expressions: a noun so tagged names a time, not an event ("March"). */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Types PLOVER codes only with a recipient; CONSULT needs one too unless several parties meet. */
    private static final Set<String> RECIPIENT_REQUIRED = Set.of("COOPERATE", "PROTEST", "SANCTION", "AID");
    /** Statements made to someone: with no one named, they go to the other side of a two-state article. */
    private static final Set<String> ADDRESSED = Set.of("REQUEST", "REJECT", "ACCUSE", "THREATEN");
    /** Body sentences below which a text is too short to have a dispute of its own beyond its sentences. */
    private static final int MIN_ARTICLE_SENTENCES = 6;

    private final Triggers triggers;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final EventModel model;
    private final CameoVerbs cameo = CameoVerbs.builtIn();
    private final DateGrounder dates = new DateGrounder();
    private final TriggerDates dating = new TriggerDates(dates);
    private final Modality modality;
    private final EventPlaces places;
    private final ClauseCues cues;
    private final RecipientRoles recipients;
    private final ActorRoles actors;
    private final ReportedActs reported;
    private final EventMerger merger;

    /** A coder whose candidates the shipped model decides (the rules alone where the jar holds no model). */
    public EventCoder(Triggers triggers, Lexicon lexicon, Gazetteer gazetteer) {
        this(triggers, lexicon, gazetteer, EventModel.builtIn().orElse(null));
    }

    /** A coder whose candidates {@code model} decides; with none, the hand rules decide as they did before the model. */
    public EventCoder(Triggers triggers, Lexicon lexicon, Gazetteer gazetteer, EventModel model) {
        this.triggers = triggers;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.model = model;
        this.cues = new ClauseCues(triggers, lexicon);
        this.recipients = new RecipientRoles(triggers);
        this.actors = new ActorRoles(triggers, recipients);
        this.merger = new EventMerger(triggers);
        this.modality = new Modality(triggers);
        this.places = new EventPlaces(lexicon, gazetteer);
        this.reported = new ReportedActs(triggers, lexicon, gazetteer, modality, dating, actors);
    }

    /**
     * One candidate event before the decision, for training: its features, the type the rules (or, for a
     * candidate no rule took, the CAMEO dictionary or the lexicon) propose, and the event it would be with
     * that type.
     */
    public record Candidate(List<String> features, String proposed, boolean fromRule, Event event) {
    }

    /**
     * True when a sentence of these tokens may hold an event: it has a verb or noun trigger (by its part
     * of speech: "according" is no "accord", "back" as an adverb backs no one) with the particle,
     * modifier or one of the objects the trigger needs ("rule" only with "out", "share" only with
     * "intelligence" or the like), or a modal of obligation with a verb of saying. Sentences for which
     * this is false are not given to the dependency parser.
     */
    public boolean mayCode(List<Token> tokens) {
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            lemmas.add(t.lemma());
        }
        Set<String> present = null;
        for (Token tok : tokens) {
            boolean verb = tok.pos().startsWith("VB");
            boolean noun = tok.pos().startsWith("NN");
            if (!verb && !noun) {
                continue;
            }
            for (Trigger t : triggers.forLemma(tok.lemma())) {
                if (t.noun() ? !noun : !verb) {
                    continue;
                }
                if (t.has("stative") && !ClauseCues.stativeUse(tokens, tok.index())) {
                    continue; // "is committed to", not "committed atrocities"
                }
                if (t.has("needs-clause") && !infinitiveAfter(tokens, tok.index())) {
                    continue; // "told reporters" needs no parse; "told Iran to stop" does
                }
                if (t.particle() == null && t.objects().isEmpty()) {
                    return true;
                }
                if (present == null) {
                    present = lowerCase(lemmas);
                }
                if (t.particle() != null && !present.contains(t.particle())) {
                    continue;
                }
                if (t.objects().isEmpty() || t.has("to-clause") || !java.util.Collections.disjoint(t.objects(), present)) {
                    return true;
                }
            }
        }
        for (Token tok : tokens) {
            // "is out of the question": a refusal said with a phrase
            if (tok.pos().startsWith("NN") && triggers.endsRefusal(tok.lemma()) && tok.index() >= 2) {
                for (int k = Math.max(0, tok.index() - 3); k < tok.index(); k++) {
                    if (triggers.isRefusal(tokens.get(k).word(), tok.lemma())) {
                        return true;
                    }
                }
            }
        }
        boolean modal = false;
        // a quote that goes on from the sentence before has its verb of saying there
        boolean speech = tokens.stream().filter(t -> t.pos().equals("``")).count()
                < tokens.stream().filter(t -> t.pos().equals("''")).count();
        for (int i = 0; i < lemmas.size(); i++) {
            String l = lemmas.get(i);
            if (l != null) {
                modal |= triggers.isObligationModal(l);
                speech |= triggers.isSpeechVerb(l);
                if (triggers.desireAuxiliary(l) != null && tokens.get(i).pos().startsWith("VB")) {
                    // "wants Trump to eliminate", "would like to see China agree": a request to parse
                    for (int j = i + 2; j < Math.min(tokens.size(), i + 8); j++) {
                        if (tokens.get(j).word().equalsIgnoreCase("to")) {
                            return true;
                        }
                    }
                }
                if (triggers.isObligationVerb(l) && i + 2 < tokens.size()) {
                    String next = tokens.get(i + 1).word();
                    modal |= next.equalsIgnoreCase("to") || next.equalsIgnoreCase("no")
                            && triggers.isNoChoiceNoun(String.valueOf(lemmas.get(i + 2)));
                }
            }
        }
        return modal && speech;
    }

    private static boolean infinitiveAfter(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (tokens.get(i).pos().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCase(List<String> lemmas) {
        Set<String> out = new java.util.HashSet<>();
        for (String l : lemmas) {
            if (l != null) {
                out.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    public List<Event> code(ParsedArticle article, List<Actor> actors) {
        Proposal p = propose(article, actors, model != null);
        if (model != null) {
            for (java.util.Iterator<Found> it = p.found.iterator(); it.hasNext(); ) {
                Found f = it.next();
                EventModel.Decision d = model.decide(f.features, f.open ? null : f.ruleType());
                if (!d.event()) {
                    it.remove();
                } else if (f.recast != null || f.refused) {
                    // the manual's coding of an announced or refused act (a promise is AGREE, an announced
                    // retreat CONCEDE, a conditional hostile act THREATEN, a refusal REJECT) is a convention of
                    // PLOVER, not a reading of the words: the model says whether it is an event, the convention
                    // its type
                    f.decided = f.ruleType();
                    f.score = model.probability(f.features, f.ruleType());
                } else {
                    f.decided = d.label();
                    f.score = d.score();
                }
            }
        }
        return finish(article, p);
    }

    /** Every candidate of the article, each with its features and the type proposed for it, before any decision. */
    public List<Candidate> candidates(ParsedArticle article, List<Actor> actors) {
        Proposal p = propose(article, actors, true);
        List<Candidate> out = new ArrayList<>();
        for (Found f : p.found) {
            out.add(new Candidate(f.features, f.type(), !f.open, toEvent(article, f, p.dateline)));
        }
        return out;
    }

    /** The candidates of an article and what the decisions after them need. */
    private record Proposal(List<Found> found, LocalDate dateline, List<String> parties) {
    }

    private Proposal propose(ParsedArticle article, List<Actor> actors, boolean open) {
        LocalDate dateline = DateParser.isoDate(article.article().published()).orElse(null);
        Map<Integer, List<Mention>> bySentence = new LinkedHashMap<>();
        // one mention may stand for several actors ("Hungarian and Romanian officials"): mentions are
        // values, so the same span of two actors is one key with both
        Map<Mention, List<Actor>> owner = new LinkedHashMap<>();
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                List<Actor> list = owner.computeIfAbsent(m, k -> new ArrayList<>());
                if (list.isEmpty()) {
                    bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
                }
                list.add(a);
            }
        }
        // the country the article is about: the one it names most, for "the country"
        Actor dominant = null;
        for (Actor a : actors) {
            if (a.kind() == Actor.Kind.COUNTRY && (dominant == null || a.mentions().size() > dominant.mentions().size())) {
                dominant = a;
            }
        }
        Map<String, Integer> count = new java.util.HashMap<>();
        for (List<Actor> sharing : owner.values()) {
            for (Actor a : sharing) {
                String code = a.code();
                if (code != null && !Lexicon.NON_STATE.contains(code) && lexicon.country(code).isPresent()) {
                    count.merge(code, 1, Integer::sum);
                }
            }
        }
        String home = count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        List<Found> found = new ArrayList<>();
        Set<String> commentators = commentators(article);
        List<String> parties = twoParties(count, article);
        // a document of one line has it as its title and no body: then the title is what it reports
        boolean bodyless = article.sentences().stream().noneMatch(s -> s.field().equals("body"));
        for (Sentence s : article.sentences()) {
            if (!(s.field().equals("body") || (bodyless && s.field().equals("title"))) || s.dependencies().isEmpty()) {
                continue;
            }
            Graph g = new Graph(s);
            List<Found> here = new ArrayList<>();
            Set<Integer> fired = new java.util.HashSet<>();
            // verbs first: an event noun that a coded verb governs ("cancelled the meeting",
            // "travelled ... for meetings") is that verb's event, not one of its own
            for (boolean nouns : new boolean[] {false, true}) {
                for (Token t : s.tokens()) {
                    if (nouns && g.governor(t.index()) >= 0 && fired.contains(g.governor(t.index()))) {
                        continue;
                    }
                    for (Trigger trig : triggers.forLemma(t.lemma())) {
                        if (trig.noun() != nouns) {
                            continue;
                        }
                        Found f = tryTrigger(article, g, t.index(), trig, bySentence, owner, dateline, dominant, home, parties);
                        if (f != null) {
                            here.add(f);
                            fired.add(t.index());
                            if (f.light >= 0) {
                                fired.add(f.light); // "imposed sanctions ... for its support": the reason is no event
                            }
                            break;
                        }
                    }
                }
            }
            here.addAll(reported.reportedDemands(article, g, bySentence, owner, dateline, dominant, home));
            here.addAll(reported.reportedRefusals(article, g, bySentence, owner, dateline, dominant, home));
            here.addAll(reported.desires(article, g, bySentence, owner, dateline, dominant, home));
            here.addAll(reported.verdicts(article, g, bySentence, owner, dateline, dominant, home));
            // a commentator's remark on an event the text dates ("the little deal announced in October") is
            // a report of it; an undated one is their reading
            here.removeIf(f -> (f.date == null || !f.date.basis().equals("text")) && byCommentator(g, f.triggerToken, commentators));
            List<Found> kept = ContentFilter.withoutContents(g, ContentFilter.withoutPurposes(g, here));
            if (open) {
                List<Found> all = new ArrayList<>(kept);
                Set<Integer> taken = new java.util.HashSet<>(fired);
                here.forEach(f -> taken.add(f.triggerToken));
                List<Found> candidates = openCandidates(article, g, taken, bySentence, owner, dateline, dominant, home, parties);
                candidates.removeIf(f -> (f.date == null || !f.date.basis().equals("text")) && byCommentator(g, f.triggerToken, commentators));
                all.addAll(candidates);
                List<Found> survivors = ContentFilter.withoutContents(g, all);
                kept = new ArrayList<>(kept);
                for (Found f : candidates) {
                    if (survivors.contains(f)) {
                        kept.add(f);
                    }
                }
                Set<String> proposedHere = new java.util.TreeSet<>();
                kept.forEach(f -> {
                    if (!f.open) {
                        proposedHere.add(f.type());
                    }
                });
                for (Found f : kept) {
                    f.features = features(g, f, proposedHere);
                }
            }
            found.addAll(kept);
        }
        return new Proposal(found, dateline, parties);
    }

    private List<Event> finish(ParsedArticle article, Proposal p) {
        List<Found> found = p.found;
        LocalDate dateline = p.dateline;
        List<String> parties = p.parties;
        merger.resolveEventNouns(found);
        List<Found> merged = EventMerger.merge(found);
        for (Found f : merged) {
            if (f.recipient.isEmpty() && f.type().equals("PROTEST")) {
                // a protest that names no target is made against the authorities of the protesters' country;
                // named as its government, so that protesters of the same country do not swallow it as themselves
                for (Who w : f.actor) {
                    Optional<Lexicon.Country> c = w.actor().code() == null ? Optional.empty() : lexicon.country(w.actor().code());
                    if (c.isPresent()) {
                        f.recipient.add(Who.government(c.get(), w.actor().mentions(), c.get().name()));
                        Found.dedupe(f);
                        break;
                    }
                }
            }
        }
        if (!parties.isEmpty()) {
            for (Found f : merged) {
                if (f.recipient.isEmpty() && ADDRESSED.contains(f.type())) {
                    // "Beijing is balking at committing to purchases", in a report on US-China trade talks:
                    // a statement that names no one else is addressed to the other side of the article's
                    // dispute; one by a third party ("the UK has urged an end to the violence", in a report on
                    // Hong Kong and Beijing) to both sides
                    Set<String> codes = new LinkedHashSet<>();
                    f.actor.forEach(w -> codes.add(w.actor().code()));
                    String code = codes.size() == 1 ? codes.iterator().next() : null;
                    if (code == null) {
                        continue;
                    }
                    for (String other : parties) {
                        if (!other.equals(code)) {
                            state(other).ifPresent(f.recipient::add);
                        }
                    }
                }
            }
        }
        // "with Russian support": backing named as a noun with no one it goes to is a stance, no event;
        // "does not support forced relocations": denied backing of no one is none either
        merged.removeIf(f -> f.recipient.isEmpty() && f.type().equals("SUPPORT")
                && (f.trigger.noun() || f.modality.equals("negated")));
        // a meeting, held or promised, is with someone: "a settlement to be reached in U.S.-Soviet talks"
        // names no side that meets another
        merged.removeIf(f -> f.recipient.isEmpty() && (RECIPIENT_REQUIRED.contains(f.type())
                || (f.trigger.type().equals("CONSULT") && (f.actor.size() < 2 || f.trigger.has("mediator")))));
        List<Event> out = new ArrayList<>();
        for (Found f : merged) {
            out.add(toEvent(article, f, dateline));
        }
        return out;
    }

    /** Where an open candidate looks for its recipient, in order. */
    private static final List<String> OPEN_SLOTS = List.of("obj", "iobj", "to", "with", "against", "on", "at", "into",
            "from", "for", "over", "of");

    /**
     * The candidates of a sentence that no hand rule took: each verb the CAMEO dictionary codes or a
     * lexicon lists, and each event noun of the lexicons, with its arguments read the way the rules read
     * them but with none of a trigger's conditions (objects, particles, needed recipients). Only the
     * model makes one an event; its proposed type is the lexicon's, else the CAMEO dictionary's.
     */
    private List<Found> openCandidates(ParsedArticle article, Graph g, Set<Integer> taken,
                                       Map<Integer, List<Mention>> bySentence, Map<Mention, List<Actor>> owner,
                                       LocalDate dateline, Actor dominant, String home, List<String> parties) {
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
            Found f = tryTrigger(article, g, t.index(), open, bySentence, owner, dateline, dominant, home, parties);
            if (f != null) {
                f.open = true;
                out.add(f);
            }
        }
        return out;
    }

    /**
     * What the model sees of a candidate: its word and part of speech, what the rules and the lexicons
     * propose for it, the CAMEO dictionary's types for the verb and for its object, its dependency
     * relations (with their prepositions and words), its governor, modality and announcement cues, who
     * its parties are by kind and sector, and the types the rules found elsewhere in its sentence.
     */
    private List<String> features(Graph g, Found f, Set<String> proposedHere) {
        List<String> x = new ArrayList<>();
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
            x.add("lexicon=" + tr.type() + "/" + (tr.noun() ? "N" : "V"));
        }
        for (String c : cameo.verbTypes(lemma)) {
            x.add("cameo=" + c);
        }
        if (!cameo.knows(lemma) && !f.trigger.noun()) {
            x.add("cameo=unknown");
        }
        if (f.objectLemma != null) {
            x.add("obj=" + f.objectLemma);
            x.add("lemma|obj=" + lemma + "|" + f.objectLemma);
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
            if (rel.equals("obj") || rel.equals("obl") || rel.equals("nmod") || rel.equals("xcomp") || rel.equals("compound")
                    || rel.equals("amod") || rel.equals("advmod") || rel.equals("aux")) {
                x.add("dep.w=" + r + ":" + w);
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
            x.add("actor=" + w.actor().kind() + "/" + w.actor().sector());
        }
        for (Who w : f.recipient) {
            x.add("recipient=" + w.actor().kind() + "/" + w.actor().sector());
        }
        if (f.date != null) {
            x.add("date=" + f.date.basis());
        }
        for (String r : proposedHere) {
            x.add("sentence.rule=" + r);
        }
        return x;
    }

    /** A state as a party named by the article as a whole, not at one mention. */
    private Optional<Who> state(String code) {
        return lexicon.country(code).map(c -> new Who(new Actor(c.name(), Actor.Kind.COUNTRY, c.actorCode(), null, null,
                List.of()), c.name()));
    }

    /**
     * The two states an article is about, when it is about two: in an article of some length, the two
     * named most, each at least three times, the second at least twice as often as any third; else none.
     */
    private static List<String> twoParties(Map<String, Integer> count, ParsedArticle article) {
        long body = article.sentences().stream().filter(x -> x.field().equals("body")).count();
        if (body < MIN_ARTICLE_SENTENCES || count.size() < 2) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int second = ranked.get(1).getValue();
        int third = ranked.size() > 2 ? ranked.get(2).getValue() : 0;
        if (second < 3 || second < 2 * third) {
            return List.of();
        }
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }

    /**
     * The surnames of the people the article introduces as commentators: a person's name with a
     * description after it, up to the next comma ("Omar Lamrani, a senior military analyst at
     * Stratfor,"), or just before it ("Stratfor analyst Omar Lamrani"), that names an analyst, an
     * academic or their institution. Read from the words, since the sentence that introduces them may
     * have no parse.
     */
    private Set<String> commentators(ParsedArticle article) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).ner().equals("PERSON") || i + 1 < toks.size() && toks.get(i + 1).ner().equals("PERSON")) {
                    continue;
                }
                int first = i;
                while (first > 0 && toks.get(first - 1).ner().equals("PERSON")) {
                    first--;
                }
                boolean described = false;
                for (int j = first - 1; j >= Math.max(0, first - 3) && toks.get(j).pos().matches("NN.*|JJ.*"); j--) {
                    described |= triggers.describesCommentator(toks.get(j));
                }
                if (i + 1 < toks.size() && toks.get(i + 1).word().equals(",")) {
                    for (int j = i + 2; j < Math.min(toks.size(), i + 22); j++) {
                        Token t = toks.get(j);
                        if (t.word().equals(",") || t.word().equals(";") || t.pos().startsWith("VB") || t.pos().equals("WP")) {
                            break;
                        }
                        described |= triggers.describesCommentator(t);
                    }
                }
                if (described) {
                    out.add(toks.get(i).word());
                }
            }
        }
        return out;
    }

    /**
     * True when the trigger stands in what a commentator is said to say: under the verb whose subject
     * is one ("Simpson suggested the most likely reason residents are refusing to leave"), or in the
     * quote such a verb closes ("... against Russian airstrikes," Simpson said).
     */
    private static boolean byCommentator(Graph g, int trigger, Set<String> commentators) {
        if (commentators.isEmpty()) {
            return false;
        }
        for (int k = 0; k < g.size(); k++) {
            Token t = g.token(k);
            int v = g.governor(k);
            if (!t.ner().equals("PERSON") || !commentators.contains(t.word()) || !g.relation(k).equals("nsubj")
                    || v < 0 || !g.isVerb(v) || v == trigger) {
                continue;
            }
            int top = g.relation(v).equals("parataxis") && g.governor(v) >= 0 ? g.governor(v) : v;
            if (top == trigger || g.dominates(top, trigger, 12)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ one trigger

    private Found tryTrigger(ParsedArticle article, Graph g, int t, Trigger trig, Map<Integer, List<Mention>> bySentence,
                             Map<Mention, List<Actor>> owner, LocalDate dateline, Actor dominant, String home,
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
        f.sentence = g.sentence();
        f.triggerToken = t;
        ActorContext ctx = new ActorContext(lexicon, gazetteer, article, g, bySentence, owner, dominant, home);

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
                String code = lexicon.country(f.location.country()).map(Lexicon.Country::actorCode).orElse(f.location.country());
                f.recipient.set(i, new Who(new Actor(a.name(), a.kind(), code, a.sector(), a.office(), a.mentions()),
                        f.recipient.get(i).text()));
            }
        }
        if (Who.uncoded(f.actor) && trig.type().equals("PROTEST")) {
            // people who protest with no nationality given: those of the place where they protest
            cues.placeParty(f.location, "CVL", g, tok).ifPresent(f.actor::add);
        }
        if (Who.uncoded(f.actor) && trig.type().equals("PROTEST") && f.location == null
                && home != null && article.sentences().stream().filter(x -> x.field().equals("body")).count() >= MIN_ARTICLE_SENTENCES) {
            // "as the latest round of anti-government protests escalates", in a report on Hong Kong: with
            // neither people nor place named, those of the state the article names most (in a text long
            // enough to be about one)
            lexicon.country(home).ifPresent(c -> f.actor.add(new Who(new Actor(c.name() + " civilians", Actor.Kind.GROUP,
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
                state(parties.get(0)).ifPresent(f.actor::add);
                state(parties.get(1)).ifPresent(f.recipient::add);
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
            cues.placeParty(f.location, null, g, tok).ifPresent(w -> {
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

    private Event toEvent(ParsedArticle article, Found f, LocalDate dateline) {
        Sentence s = f.sentence;
        Token trig = s.tokens().get(f.triggerToken);
        String type = f.type();
        boolean ruled = type.equals(f.ruleType());
        String mode = !ruled || f.refused ? null : f.recast != null ? f.recast.mode() : f.trigger.mode();
        String id = id(article.article().source(), type, s.start(), trig.start());
        Triggers.TypeInfo info = triggers.type(type);
        double intensity = mode != null && info.modes().containsKey(mode) ? info.modes().get(mode) : info.intensity();
        boolean historical = f.date != null && dateline != null && f.date.end().isBefore(dateline.minusDays(30));
        double confidence = 0.5 + (f.recipient.isEmpty() ? 0 : 0.2) + (f.date != null && f.date.basis().equals("text") ? 0.15 : 0)
                + (f.trigger.noun() ? 0 : 0.1) + Math.min(0.04, 0.02 * f.others.size());
        List<Event.Evidence> mentions = new ArrayList<>();
        for (Found o : f.others) {
            Token ot = o.sentence.tokens().get(o.triggerToken);
            mentions.add(new Event.Evidence(o.sentence.text(), o.sentence.start(), o.sentence.end(), ot.word()));
        }
        Event.DecidedBy decidedBy = f.decided != null ? Event.DecidedBy.model(model.name(), f.score)
                : Event.DecidedBy.rule(f.trigger.rule());
        return new Event(id, article.article().source(), type, mode, ruled ? f.trigger.context() : List.of(),
                f.modality, historical, f.date, f.actor.stream().map(Who::participant).toList(),
                f.recipient.stream().map(Who::participant).toList(), f.location,
                new Event.Evidence(s.text(), s.start(), s.end(), trig.word()), mentions, info.quad(), intensity,
                Math.round(confidence * 100) / 100.0, VERSION + " " + (f.recast != null ? f.recast.type().toLowerCase(Locale.ROOT) + ".announced." : f.refused ? "reject.refusal." : "") + f.trigger.rule(), decidedBy);
    }

    /** Stable: the same document gives the same ids in every run, on every runner. */
    static String id(String source, String type, int sentenceStart, int triggerStart) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((source + "\u0000" + type + "\u0000" + sentenceStart + "\u0000" + triggerStart)
                    .getBytes(StandardCharsets.UTF_8));
            return "e-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
