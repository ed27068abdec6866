package dev.dyad.events;

import dev.dyad.actors.Lexicon;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Participant;
import java.util.ArrayList;
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

    static List<Who> others(List<Who> who, Set<String> self) {
        if (who.isEmpty() || self.isEmpty()) {
            return who;
        }
        List<Who> out = new ArrayList<>();
        for (Who w : who) {
            if (!self.contains(w.actor().name())) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when no party of this side has an actor code: nobody the event could be coded for. */
    static boolean uncoded(List<Who> side) {
        return side.stream().noneMatch(w -> w.actor().code() != null);
    }

    /** A state as a party named by the article as a whole, not at one mention. */
    static Who state(Lexicon.Country c) {
        return new Who(new Actor(c.name(), Actor.Kind.COUNTRY, c.actorCode(), null, null, List.of()), c.name());
    }

    /** The government of country {@code c}, as a participant named by {@code text}. */
    static Who government(Lexicon.Country c, List<Mention> mentions, String text) {
        return new Who(new Actor(c.name() + " government", Actor.Kind.COUNTRY, c.actorCode(), "GOV", null, mentions), text);
    }
}
