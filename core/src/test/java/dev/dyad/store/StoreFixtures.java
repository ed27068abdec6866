package dev.dyad.store;

import dev.dyad.json.Records;
import dev.dyad.model.Event;
import dev.dyad.model.EventDate;
import dev.dyad.model.Participant;
import dev.dyad.model.Place;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Hand-built events and documents for store tests that need no language models. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static Participant p(String code) {
        return new Participant(code, code + " name", code, "GOV", null);
    }

    static EventDate day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new EventDate(iso, "day", d, d, iso, "text");
    }

    static EventDate month(String yyyyMm) {
        LocalDate d = LocalDate.parse(yyyyMm + "-01");
        return new EventDate(yyyyMm, "month", d, d.plusMonths(1).minusDays(1), yyyyMm, "text");
    }

    static Event event(String id, String source, String type, String modality, EventDate date, String actor,
                       String recipient, String place) {
        Place loc = place == null ? null : new Place(place, place, place.equals("Singapore") ? "SGP" : "XXX", 1.3, 103.8);
        return new Event(id, source, type, null, List.of(), modality, false, date, List.of(p(actor)),
                recipient == null ? List.of() : List.of(p(recipient)), loc,
                new Event.Evidence("A sentence about " + id + ".", 0, 20, "meet"), List.of(),
                java.util.Set.of("ACCUSE", "REJECT", "THREATEN").contains(type) ? "verbal conflict" : "verbal cooperation",
                4.0, 0.8, "test");
    }

    /** A document holding these events, keyed by a hash made of its name. */
    static StoredDocument doc(String name, String published, Event... events) {
        String hash = dev.dyad.model.ContentHash.of(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new StoredDocument(hash, name, null, "Title of " + name, published, null,
                "{\"source\":\"" + name + "\"}", List.of(),
                Arrays.stream(events).map(Records::event).toList());
    }
}
