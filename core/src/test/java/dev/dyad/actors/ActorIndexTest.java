package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorIndexTest {
    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final Gazetteer GAZETTEER = Gazetteer.builtIn();

    private static Mention at(String text, int sentence, int start) {
        return new Mention(text, "body", sentence, start, start + text.length());
    }

    @Test
    void aMentionOfTwoActorsIsOneMentionOfTheSentenceWithBoth() {
        // "Senior Hungarian and Romanian officials agreed ...": the resolver gives both actors the span
        Mention officials = at("Hungarian and Romanian officials", 0, 7);
        Actor hungary = new Actor("Hungarian officials", Actor.Kind.GROUP, "HUN", "GOV", null, List.of(officials));
        Actor romania = new Actor("Romanian officials", Actor.Kind.GROUP, "ROU", "GOV", null, List.of(officials));
        Actor un = new Actor("United Nations", Actor.Kind.ORGANISATION, "IGO", null, null, List.of(at("UN", 1, 0)));
        ActorIndex index = ActorIndex.of(List.of(hungary, romania, un), LEXICON, GAZETTEER);

        assertEquals(List.of(officials), index.mentionsIn(0));
        assertEquals(List.of(hungary, romania), index.actorsOf(officials));
        assertEquals(List.of(), index.mentionsIn(7));
        assertEquals(List.of(), index.actorsOf(at("Hungary", 5, 0)));
        // the IGO is no state's
        assertEquals(Map.of("HUN", 1, "ROU", 1), index.stateMentions());
        // states named as often: the first by code
        assertEquals(Optional.of("HUN"), index.findHome());
        assertEquals(Optional.empty(), index.findDominantCountry());
    }

    @Test
    void theDominantCountryIsTheOneWithMostMentionsAndTheFirstOfATie() {
        Actor iran = new Actor("Iran", Actor.Kind.COUNTRY, "IRN", null, null, List.of(at("Iran", 0, 0), at("Iran", 2, 0)));
        Actor iraq = new Actor("Iraq", Actor.Kind.COUNTRY, "IRQ", null, null, List.of(at("Iraq", 1, 0), at("Iraq", 3, 0)));
        Actor minister = new Actor("Iraqi minister", Actor.Kind.PERSON, "IRQ", "GOV", "minister",
                List.of(at("the Iraqi minister", 4, 0)));
        ActorIndex index = ActorIndex.of(List.of(iran, iraq, minister), LEXICON, GAZETTEER);

        assertEquals(Optional.of(iran), index.findDominantCountry());
        assertEquals(Map.of("IRN", 2, "IRQ", 3), index.stateMentions());
        assertEquals(Optional.of("IRQ"), index.findHome());
    }

    @Test
    void namesOfCountriesNationsAndPlaces() {
        ActorIndex index = ActorIndex.of(List.of(), LEXICON, GAZETTEER);
        assertEquals("IRN", index.findCountryNamed("Iran").orElseThrow().code());
        assertEquals("IRN", index.findCountryNamed("Iranian").orElseThrow().code());
        assertEquals("IRN", index.findCountryNamed("Tehran").orElseThrow().code());
        assertTrue(index.findCountryNamed("Lavrov").isEmpty());
        assertEquals("IRQ", index.findNationOfPlural("Iraqis").orElseThrow().code());
        assertTrue(index.findNationOfPlural("Iraq").isEmpty());
        assertEquals("PAK", index.findCountryOfPlace("Karachi").orElseThrow().code());
        assertEquals("PAK", index.findPlace("Karachi").orElseThrow().country());
        assertEquals("IRN", index.findCountry("IRN").orElseThrow().code());
        assertTrue(index.findCountry(null).isEmpty());
        assertTrue(index.findCountry("IGO").isEmpty());
        assertTrue(index.isOffice("president"));
        assertFalse(index.isOffice("helicopter"));
    }

    @Test
    void theIndexIsReadOnly() {
        Mention m = at("Iran", 0, 0);
        ActorIndex index = ActorIndex.of(List.of(new Actor("Iran", Actor.Kind.COUNTRY, "IRN", null, null, List.of(m))),
                LEXICON, GAZETTEER);
        assertThrows(UnsupportedOperationException.class, () -> index.mentionsIn(0).clear());
        assertThrows(UnsupportedOperationException.class, () -> index.actorsOf(m).clear());
        assertThrows(UnsupportedOperationException.class, () -> index.stateMentions().clear());
        assertThrows(IllegalArgumentException.class, () -> ActorIndex.of(null, LEXICON, GAZETTEER));
    }
}
