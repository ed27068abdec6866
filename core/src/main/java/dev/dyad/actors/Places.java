package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.geo.Gazetteer;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a region or city named in the text. Of cities, only those of {@value #MIN_CITY} people or
 * more, national capitals and the hand-listed places count: a small town's name is too often also a
 * continent's or a range's ("Asia", "Andes"). Immutable; shared by the passes of every article.
 */
final class Places {
    /** The fewest people a city must have for its name to place a role ("Karachi police"). */
    private static final long MIN_CITY = 100_000;

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    Places(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /**
     * The state a name says: a country's name, adjective or capital, else a region or city as {@link #of} counts
     * them ("Beirut" of "Beirut-based", "KYIV" of a dateline); null where it says none.
     */
    Country named(String name) {
        for (Lexicon.Known k : lexicon.names().lookup(name)) {
            Country c = Words.countryOf(k);
            if (c != null) {
                return c;
            }
        }
        return name.isEmpty() ? null : of(name);
    }

    /** The state of a region or city of this name, regions first; null when dyad knows no such place. */
    Country of(String name) {
        Optional<Country> region = lexicon.region(name);
        if (region.isPresent()) {
            return region.get();
        }
        return gazetteer.find(name).filter(e -> e.population() == 0 || e.population() >= MIN_CITY || e.capital())
                .flatMap(e -> lexicon.country(e.country())).orElse(null);
    }

    /**
     * The state of a region, or of a town of any size the gazetteer lists, of this name: for a name the text
     * already shows is a place's ("Clifton police"), where {@link #of} wants a city large enough that its name is
     * seldom a person's. Null where none is.
     */
    Country town(String name) {
        Optional<Country> region = lexicon.region(name);
        if (region.isPresent()) {
            return region.get();
        }
        return gazetteer.find(name).flatMap(e -> lexicon.country(e.country())).orElse(null);
    }

    /**
     * The state of a region or city of this name as {@link #of} says, unless a place of the name lies in one of
     * the states the article is about, of any size ("Durham" of a British article is not the American city).
     */
    Country of(String name, Set<String> prefer) {
        Optional<Country> region = lexicon.region(name);
        if (region.isPresent()) {
            return region.get();
        }
        for (Gazetteer.Entry e : gazetteer.findAll(name)) {
            Optional<Country> c = lexicon.country(e.country());
            if (c.isPresent() && prefer.contains(c.get().actorCode())) {
                return c.get();
            }
        }
        return of(name);
    }
}
