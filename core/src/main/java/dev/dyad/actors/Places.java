package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.geo.Gazetteer;
import java.util.Optional;

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
}
