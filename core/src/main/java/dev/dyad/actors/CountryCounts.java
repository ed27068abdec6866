package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.Organisation;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.model.Sentence;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts the countries an article names: every country (by name, adjective or capital), those named as
 * places, and the states of the cities and regions it names; then the country it names most. A state's
 * body known by a name that has its state in it ("the U.S. Securities and Exchange Commission", "Russia's
 * Investigative Committee") names that state too, as the words did before the name was known.
 */
final class CountryCounts implements ResolverPass {
    /** The most words a country's name or adjective takes ("Democratic Republic of the Congo"). */
    private static final int COUNTRY_WORDS = 6;

    private final Lexicon lexicon;

    CountryCounts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void run(Resolution r) {
        for (List<Item> list : r.items) {
            for (Item it : list) {
                Known k = it.known() instanceof OrgName on ? stateNamed(r.sentence(it.sentence()), it, on.organisation())
                        : it.known();
                Country c = Words.countryOf(k);
                if (c != null) {
                    r.contextCodes.add(c.actorCode());
                    r.countryCounts.merge(c.actorCode(), 1, Integer::sum);
                    if (!(k instanceof CountryAdjective)) {
                        r.placeCounts.merge(c.actorCode(), 1, Integer::sum);
                    }
                } else if (it.known() instanceof PlaceName pl) {
                    r.cityCounts.merge(pl.country().actorCode(), 1, Integer::sum);
                }
            }
        }
        if (r.datelineCode != null) {
            // the place a wire story is filed from counts once more: the tagger often misses it in capitals
            r.contextCodes.add(r.datelineCode);
            r.countryCounts.merge(r.datelineCode, 1, Integer::sum);
        }
        // "New York" and "San Francisco" say where an article is set as much as "the United States" does
        r.namedCounts.putAll(r.countryCounts);
        r.cityCounts.forEach((code, n) -> r.namedCounts.merge(code, n, Integer::sum));
        r.placeCounts.putAll(r.cityCounts.entrySet().stream().filter(e -> !r.placeCounts.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        if (r.countryCounts.isEmpty()) {
            // no country named, only its cities or regions ("Police in Lagos arrested protesters"): their state
            r.countryCounts.putAll(r.cityCounts);
        }
        // the country the article names most, for "the city's police"
        r.dominant = r.countryCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * The name or adjective of its own state that a state's body's name has in it as written ("U.S.",
     * "Russia", "South Korean"), or null: none, or no state's body.
     */
    private Known stateNamed(Sentence s, Item it, Organisation o) {
        if (o.sector() == null || !Words.STATE_BODY_SECTORS.contains(o.sector()) || lexicon.country(o.actorCode()).isEmpty()) {
            return null;
        }
        for (int i = it.from(); i <= it.to(); i++) {
            for (int j = i; j <= Math.min(it.to(), i + COUNTRY_WORDS - 1); j++) {
                for (Known k : lexicon.names().lookup(s.span(i, j))) {
                    Country c = Words.countryOf(k);
                    if (c != null && c.actorCode().equals(o.actorCode())) {
                        return k;
                    }
                }
            }
        }
        return null;
    }
}
