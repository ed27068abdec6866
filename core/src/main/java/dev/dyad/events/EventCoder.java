package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers.Trigger;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Event;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.text.DateParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the political events of a parsed article in PLOVER 2.0: for each trigger word of the
 * lexicons, its actor and recipient from the dependency parse mapped to the article's resolved
 * actors (one {@link ActorIndex} of them per article, which every part asks), its modality from
 * auxiliaries, governing verbs, modifiers and negation, its date from the time expressions of its
 * own clause (else the dateline) and its place. Reports of one event in several sentences of the
 * article become one record, whose evidence is the sentence that says most.
 *
 * <p>The work is done by package-private parts that this class runs in order: {@link TriggerCoder} codes
 * each trigger (with {@link ActorRoles}, {@link RecipientRoles}, {@link Modality}, {@link TriggerDates},
 * {@link EventPlaces} and {@link ClauseCues}), {@link ReportedActs} adds the acts a sentence reports
 * without a trigger, {@link ContentFilter} drops what is only another event's content or purpose,
 * {@link OpenCandidates} and {@link CandidateFeatures} give the model its candidates, and
 * {@link EventMerger} makes one record of each event.
 *
 * <p>Stateless apart from its knowledge; thread-safe.
 */
public final class EventCoder {
    private static final String VERSION = "dyad 0.1";
    /** Types PLOVER codes only with a recipient; CONSULT needs one too unless several parties meet. */
    private static final Set<String> RECIPIENT_REQUIRED = Set.of("COOPERATE", "PROTEST", "SANCTION", "AID");
    /** Statements made to someone: with no one named, they go to the other side of a two-state article. */
    private static final Set<String> ADDRESSED = Set.of("REQUEST", "REJECT", "ACCUSE", "THREATEN");

    private final Triggers triggers;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final EventModel model;
    private final Modality modality;
    private final ActorRoles actors;
    private final ReportedActs reported;
    private final TriggerCoder triggerCoder;
    private final OpenCandidates openCandidates;
    private final CandidateFeatures features;
    private final ParseFilter parseFilter;
    private final Commentators commentators;
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
        DateGrounder dates = new DateGrounder();
        ClauseCues cues = new ClauseCues(triggers);
        RecipientRoles recipients = new RecipientRoles(triggers);
        this.actors = new ActorRoles(triggers, recipients);
        this.merger = new EventMerger(triggers);
        this.modality = new Modality(triggers);
        TriggerDates dating = new TriggerDates(dates);
        EventPlaces places = new EventPlaces();
        this.reported = new ReportedActs(triggers, modality, dating, actors);
        this.triggerCoder = new TriggerCoder(triggers, dates, dating, modality, places, cues, recipients, actors);
        CameoVerbs cameo = CameoVerbs.builtIn();
        this.openCandidates = new OpenCandidates(triggers, cameo, triggerCoder);
        this.features = new CandidateFeatures(triggers, cameo, modality, actors);
        this.parseFilter = new ParseFilter(triggers);
        this.commentators = new Commentators(triggers);
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
        return parseFilter.mayCode(tokens);
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
    private record Proposal(List<Found> found, LocalDate dateline, List<String> parties, ActorIndex index) {
    }

    private Proposal propose(ParsedArticle article, List<Actor> actors, boolean open) {
        LocalDate dateline = DateParser.isoDate(article.article().published()).orElse(null);
        ActorIndex index = ActorIndex.of(actors, lexicon, gazetteer);
        List<Found> found = new ArrayList<>();
        Set<String> commentators = this.commentators.in(article);
        List<String> parties = twoParties(index.stateMentions(), article);
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
                        Found f = triggerCoder.tryTrigger(article, g, t.index(), trig, index, dateline, parties);
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
            here.addAll(reported.reportedDemands(article, g, index, dateline));
            here.addAll(reported.reportedRefusals(article, g, index, dateline));
            here.addAll(reported.desires(article, g, index, dateline));
            here.addAll(reported.verdicts(article, g, index, dateline));
            // a commentator's remark on an event the text dates ("the little deal announced in October") is
            // a report of it; an undated one is their reading
            here.removeIf(f -> (f.date == null || !f.date.basis().equals("text"))
                    && Commentators.byCommentator(g, f.triggerToken, commentators));
            List<Found> kept = ContentFilter.withoutContents(g, ContentFilter.withoutPurposes(g, here));
            if (open) {
                List<Found> all = new ArrayList<>(kept);
                Set<Integer> taken = new java.util.HashSet<>(fired);
                here.forEach(f -> taken.add(f.triggerToken));
                List<Found> candidates = openCandidates.find(article, g, taken, index, dateline, parties);
                candidates.removeIf(f -> (f.date == null || !f.date.basis().equals("text"))
                        && Commentators.byCommentator(g, f.triggerToken, commentators));
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
                    f.features = features.of(g, f, proposedHere);
                }
            }
            found.addAll(kept);
        }
        return new Proposal(found, dateline, parties, index);
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
                    Optional<Lexicon.Country> c = p.index().findCountry(w.actor().code());
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
                            p.index().findCountry(other).map(Who::state).ifPresent(f.recipient::add);
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

    /**
     * The two states an article is about, when it is about two: in an article of some length, the two
     * named most, each at least three times, the second at least twice as often as any third; else none.
     */
    private static List<String> twoParties(Map<String, Integer> count, ParsedArticle article) {
        long body = article.sentences().stream().filter(x -> x.field().equals("body")).count();
        if (body < TriggerCoder.MIN_ARTICLE_SENTENCES || count.size() < 2) {
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

    // ------------------------------------------------------------------ records

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
