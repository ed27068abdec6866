package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The resolved actors of one article, indexed for the stages after the resolver: which mentions a
 * sentence holds, which actors a mention stands for, the country the article names most, the state
 * its actors belong to most, and the lookups of names that those stages make beside the actors (the
 * country a span names, the nation of a plural, a place's country, a country by its code, whether a
 * word is an office a person holds).
 *
 * <p>It holds the actors as the resolver gave them, nothing resolved again: a mention is found in the
 * sentence the resolver put it in, with the actors that list it, in the order of the actor list.
 * Immutable once made, and the lexicon and gazetteer it asks are immutable: thread-safe, and may be
 * shared by every reader of the article.
 */
public final class ActorIndex {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Map<Integer, List<Mention>> bySentence;
    private final Map<Mention, List<Actor>> owners;
    private final Actor dominant;
    private final Map<String, Integer> stateMentions;
    private final String home;

    private ActorIndex(Lexicon lexicon, Gazetteer gazetteer, Map<Integer, List<Mention>> bySentence,
            Map<Mention, List<Actor>> owners, Actor dominant, Map<String, Integer> stateMentions, String home) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.bySentence = bySentence;
        this.owners = owners;
        this.dominant = dominant;
        this.stateMentions = stateMentions;
        this.home = home;
    }

    /**
     * The index of an article's resolved {@code actors}, as {@link ActorResolver#resolve} returns them,
     * whose name lookups ask {@code lexicon} and {@code gazetteer}.
     */
    public static ActorIndex of(List<Actor> actors, Lexicon lexicon, Gazetteer gazetteer) {
        if (actors == null || lexicon == null || gazetteer == null) {
            throw new IllegalArgumentException("an actor index needs the actors, a lexicon and a gazetteer");
        }
        Map<Integer, List<Mention>> bySentence = new LinkedHashMap<>();
        // one mention may stand for several actors ("Hungarian and Romanian officials"): mentions are
        // values, so the same span of two actors is one key with both
        Map<Mention, List<Actor>> owners = new LinkedHashMap<>();
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                List<Actor> list = owners.computeIfAbsent(m, k -> new ArrayList<>());
                if (list.isEmpty()) {
                    bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
                }
                list.add(a);
            }
        }
        // the country the article is about: the one it names most (the first of those named as often)
        Actor dominant = null;
        for (Actor a : actors) {
            if (a.kind() == Actor.Kind.COUNTRY && (dominant == null || a.mentions().size() > dominant.mentions().size())) {
                dominant = a;
            }
        }
        // every mention of a state's actor counts for that state, once for each actor it stands for
        Map<String, Integer> count = new TreeMap<>();
        for (List<Actor> sharing : owners.values()) {
            for (Actor a : sharing) {
                String code = a.code();
                if (code != null && !Lexicon.NON_STATE.contains(code) && lexicon.country(code).isPresent()) {
                    count.merge(code, 1, Integer::sum);
                }
            }
        }
        // of states counted as often, the first by code
        String home = count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        bySentence.replaceAll((k, v) -> List.copyOf(v));
        owners.replaceAll((k, v) -> List.copyOf(v));
        return new ActorIndex(lexicon, gazetteer, Collections.unmodifiableMap(bySentence),
                Collections.unmodifiableMap(owners), dominant, Collections.unmodifiableMap(count), home);
    }

    /** The mentions of sentence {@code sentence}, each once, in the order of the actors; empty for none. */
    public List<Mention> mentionsIn(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The actors a mention stands for, in the order of the actor list; empty for a mention of none. */
    public List<Actor> actorsOf(Mention m) {
        return owners.getOrDefault(m, List.of());
    }

    /** The country actor with the most mentions, the first of those with as many; empty when none is a country. */
    public Optional<Actor> findDominantCountry() {
        return Optional.ofNullable(dominant);
    }

    /** The state the article's actors belong to most, by their mentions (see {@link #stateMentions}); empty for none. */
    public Optional<String> findHome() {
        return Optional.ofNullable(home);
    }

    /**
     * The mentions of each state's actors, by the state's code, in order of codes: each mention counts
     * once for every actor it stands for; codes of no state (IGOs, NGOs, ...) and unknown codes are left out.
     */
    public Map<String, Integer> stateMentions() {
        return stateMentions;
    }

    /** The country a span names by its name, adjective or capital ("Iran", "Iranian", "Tehran"). */
    public Optional<Country> findCountryNamed(String span) {
        for (Known k : lexicon.names().lookup(span)) {
            Country c = Words.countryOf(k);
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The nation whose adjective is the singular of a plural ("Palestinians", "Kurds"). */
    public Optional<Country> findNationOfPlural(String plural) {
        if (!plural.endsWith("s")) {
            return Optional.empty();
        }
        for (Known k : lexicon.names().lookup(plural.substring(0, plural.length() - 1))) {
            if (k instanceof CountryAdjective ca) {
                return Optional.of(ca.country());
            }
        }
        return Optional.empty();
    }

    /** The gazetteer's place of this name. */
    public Optional<Gazetteer.Entry> findPlace(String name) {
        return gazetteer.find(name);
    }

    /** The country of the gazetteer's place of this name, when the lexicon knows that country. */
    public Optional<Country> findCountryOfPlace(String name) {
        return gazetteer.find(name).flatMap(p -> lexicon.country(p.country()));
    }

    /** The country of this code; empty for a null code or one of no country the lexicon lists. */
    public Optional<Country> findCountry(String code) {
        return code == null ? Optional.empty() : lexicon.country(code);
    }

    /** True when the word is one of the lexicon's offices that a person holds ("president", "minister"). */
    public boolean isOffice(String word) {
        return lexicon.roles().lookup(word).stream().anyMatch(r -> r.kind() == Lexicon.RoleKind.PERSON);
    }
}
