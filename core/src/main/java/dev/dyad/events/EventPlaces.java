package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers.Trigger;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places an event: the gazetteer's place or the country named in a phrase of the act or its object. Thread-safe. */
final class EventPlaces {
    /** True when the trigger is a visit or a hosting: its "to" phrase names where it happens. */
    static boolean isVisit(Trigger t) {
        return "visit".equals(t.mode()) || t.has("host");
    }

    /** Where the act happens, or null when no phrase of the act or its objects names a known place. */
    Place location(ActorContext ctx, Graph g, int t, int light, Trigger trig, List<Integer> objects) {
        ActorIndex index = ctx.index();
        // the act's own phrases first, then its object's ("blocked streets in Hong Kong")
        List<Integer> heads = new ArrayList<>(List.of(t, light));
        heads.addAll(objects);
        for (int v : heads) {
            if (v < 0) {
                continue;
            }
            for (int c : g.children(v)) {
                String base = g.baseRelation(c);
                String prep = g.casePreposition(c);
                boolean where = "in".equals(prep) || "at".equals(prep) || ("to".equals(prep) && isVisit(trig));
                if (!(base.equals("obl") || base.equals("nmod")) || !where) {
                    continue;
                }
                String span = ctx.nameSpan(c);
                Optional<Gazetteer.Entry> p = index.findPlace(span);
                if (p.isPresent() && g.token(c).isCapitalised()) {
                    return new Place(span, p.get().name(), p.get().country(), p.get().lat(), p.get().lon());
                }
                Optional<Lexicon.Country> named = index.findCountryNamed(span);
                if (named.isPresent()) {
                    return new Place(span, named.get().name(), named.get().actorCode(), null, null);
                }
                if (!g.token(c).isCapitalised()) {
                    // "in Montenegro province", "in the Turkish capital": the country that names the place
                    for (Who w : ctx.who(c, true)) {
                        Optional<Lexicon.Country> country = index.findCountry(w.actor().code());
                        if (country.isPresent()) {
                            return new Place(span, country.get().name(), country.get().actorCode(), null, null);
                        }
                    }
                }
            }
        }
        return null;
    }
}
