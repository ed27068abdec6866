package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.extract.WireDateline;
import dev.dyad.model.Article;

/**
 * The state a wire story is filed from, by the place its dateline names ("WASHINGTON (AP) —", "KYIV, Ukraine
 * (AP) —", "ABUJA, March 5 (Reuters) -"): the state or region after a comma first, else the city. Where the
 * article's setting is not plain, the officials and bodies it names with no country are most likely that
 * state's.
 */
final class Datelines implements ResolverPass {
    private final Lexicon lexicon;
    private final Places places;

    Datelines(Lexicon lexicon, Places places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    public void run(Resolution r) {
        Article a = r.article.article();
        if (a.paragraphs() == null || a.paragraphs().isEmpty()) {
            return;
        }
        WireDateline.find(a.paragraphs()).ifPresent(d -> {
            String[] parts = d.place().split(",");
            for (int i = parts.length - 1; i >= 0 && r.datelineCode == null; i--) {
                Country c = country(parts[i].strip());
                r.datelineCode = c == null ? null : c.actorCode();
            }
        });
    }

    /** The state of a country, region or city of this name, or null. */
    private Country country(String name) {
        for (Known k : lexicon.names().lookup(name)) {
            Country c = Words.countryOf(k);
            if (c != null) {
                return c;
            }
        }
        return name.isEmpty() ? null : places.of(name);
    }
}
