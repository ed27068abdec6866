package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Country;
import dev.dyad.extract.WireDateline;

/**
 * The state a story is filed from, by the place its dateline names ("WASHINGTON (AP) —", "KYIV, Ukraine
 * (AP) —", "ABUJA, March 5 (Reuters) -", a newspaper's own "ALBANY, N.Y. —"): the state or region after a comma
 * first, else the city. Where the
 * article's setting is not plain, the officials and bodies it names with no country are most likely that
 * state's.
 */
final class Datelines implements ResolverPass {
    private final Places places;

    Datelines(Places places) {
        this.places = places;
    }

    @Override
    public void run(Resolution r) {
        WireDateline.place(r.article.article().paragraphs()).ifPresent(place -> {
            String[] parts = place.split(",");
            for (int i = parts.length - 1; i >= 0 && r.datelineCode == null; i--) {
                Country c = places.named(parts[i].strip());
                r.datelineCode = c == null ? null : c.actorCode();
            }
        });
    }
}
