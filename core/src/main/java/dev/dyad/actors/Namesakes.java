package dev.dyad.actors;

import static dev.dyad.actors.Words.REGION_NOUNS;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * Names that are a country's and a subdivision's of another state ("Georgia", "Niger"): read as the
 * subdivision where the text says so ("Niger State") or where the article names the subdivision's state at
 * least twice and the country by no other form (its adjective, its capital, another of its names); else
 * they stay the country. Runs before the countries are counted.
 */
final class Namesakes implements ResolverPass {
    private final Lexicon lexicon;

    Namesakes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void run(Resolution r) {
        for (int si = 0; si < r.items.size(); si++) {
            List<Item> items = r.items(si);
            Sentence s = r.sentence(si);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (!(it.known() instanceof CountryName cn)) {
                    continue;
                }
                Country state = lexicon.namesakeRegion(s.span(it.from(), it.to())).orElse(null);
                if (state == null || state.code().equals(cn.country().code())) {
                    continue;
                }
                if (saysRegion(s, it) || settledIn(r, state, cn.country())) {
                    // "Niger State": the noun that says it is a region is of the place's name
                    // (the tagger may take the noun alone for a body's name)
                    int to = it.to();
                    if (to + 1 < s.tokens().size() && REGION_NOUNS.contains(s.tokens().get(to + 1).word().toLowerCase(Locale.ROOT))) {
                        Item next = i + 1 < items.size() ? items.get(i + 1) : null;
                        if (next == null || next.from() > to + 1) {
                            to++;
                        } else if (next.kind() == Item.Kind.ORG_NAME && next.from() == to + 1 && next.to() == to + 1) {
                            items.remove(i + 1);
                            to++;
                        }
                    }
                    items.set(i, new Item(it.sentence(), it.from(), to, Item.Kind.KNOWN,
                            new PlaceName(lexicon.asOf(state, r.day)), null));
                }
            }
        }
    }

    /** "Niger State", "the state of Georgia": the text says the subdivision. */
    private static boolean saysRegion(Sentence s, Item it) {
        List<Token> tokens = s.tokens();
        boolean after = it.to() + 1 < tokens.size()
                && REGION_NOUNS.contains(tokens.get(it.to() + 1).word().toLowerCase(Locale.ROOT));
        boolean before = it.from() >= 2 && tokens.get(it.from() - 1).word().equalsIgnoreCase("of")
                && REGION_NOUNS.contains(tokens.get(it.from() - 2).word().toLowerCase(Locale.ROOT));
        return after || before;
    }

    /** The article names the subdivision's state twice or more, and the country by no other form. */
    private boolean settledIn(Resolution r, Country state, Country country) {
        int forState = 0;
        for (int si = 0; si < r.items.size(); si++) {
            Sentence s = r.sentence(si);
            for (Item it : r.items(si)) {
                Country c = it.known() instanceof PlaceName p ? p.country() : Words.countryOf(it.known());
                if (c == null) {
                    continue;
                }
                if (c.actorCode().equals(country.actorCode())
                        && !(it.known() instanceof CountryName && lexicon.namesakeRegion(s.span(it.from(), it.to())).isPresent())) {
                    return false; // "Georgian", "Tbilisi", "Niamey": the country is meant
                }
                if (c.actorCode().equals(state.actorCode())) {
                    forState++;
                }
            }
        }
        return forState >= 2;
    }
}
