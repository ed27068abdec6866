package dev.dyad.events;

import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.EventDate;
import dev.dyad.model.Place;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An event found in one sentence, before reports of the same event are merged. */
final class Found {
    Trigger trigger;
    Sentence sentence;
    int triggerToken;
    List<Who> actor = new ArrayList<>();
    List<Who> recipient = new ArrayList<>();
    String modality;
    EventDate date;
    Place location;
    String objectLemma;
    /** The entity tag of the object, when it is a name ("Iran": LOCATION), else null. */
    String objectEntity;
    /** What the act amounts to when it is only announced ("will give": AGREE; "would blockade": THREATEN). */
    Triggers.Recast recast;
    boolean refused;
    /** The token whose clause holds what a statement says: the trigger, or a reported demand's verb. */
    int scope = -1;
    /** The light verb that carries a nominal trigger ("held talks"), or -1. */
    int light = -1;
    final List<Found> others = new ArrayList<>();
    /** A candidate from the parse that no hand rule took: only a model may make it an event. */
    boolean open;
    /** What the model sees of the candidate. */
    List<String> features = List.of();
    /** The model's type, or null where the rules decide. */
    String decided;
    double score;

    String type() {
        return decided != null ? decided : ruleType();
    }

    /** The type the hand rules give the candidate. */
    String ruleType() {
        return refused ? "REJECT" : recast != null ? recast.type() : trigger.type();
    }

    int richness() {
        return (recipient.isEmpty() ? 0 : 4) + (date != null && date.basis().equals("text") ? 2 : 0)
                + (trigger.noun() ? 0 : 1);
    }

    static void dedupe(Found f) {
        Set<String> seen = new LinkedHashSet<>();
        f.actor.removeIf(w -> !seen.add(w.actor().name()));
        Set<String> seenR = new LinkedHashSet<>();
        f.recipient.removeIf(w -> !seenR.add(w.actor().name()) || seen.contains(w.actor().name()));
    }
}
