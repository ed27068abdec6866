package dev.dyad.events;

import dev.dyad.model.Actor;
import dev.dyad.model.Participant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A participant with the actor it stands for, before it is written out. */
record Who(Actor actor, String text) {
    Participant participant() {
        return new Participant(text, actor.name(), actor.code(), actor.sector(), actor.office());
    }

    /** The names of the actors, in order, once each. */
    static Set<String> names(List<Who> who) {
        Set<String> out = new LinkedHashSet<>();
        for (Who w : who) {
            out.add(w.actor().name());
        }
        return out;
    }
}
