package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.PlaceName;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts the countries an article names: every country (by name, adjective or capital), those named as
 * places, and the states of the cities and regions it names; then the country it names most.
 */
final class CountryCounts implements ResolverPass {

    @Override
    public void run(Resolution r) {
        for (List<Item> list : r.items) {
            for (Item it : list) {
                Country c = Words.countryOf(it.known());
                if (c != null) {
                    r.contextCodes.add(c.actorCode());
                    r.countryCounts.merge(c.actorCode(), 1, Integer::sum);
                    if (!(it.known() instanceof CountryAdjective)) {
                        r.placeCounts.merge(c.actorCode(), 1, Integer::sum);
                    }
                } else if (it.known() instanceof PlaceName pl) {
                    r.cityCounts.merge(pl.country().actorCode(), 1, Integer::sum);
                }
            }
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
}
