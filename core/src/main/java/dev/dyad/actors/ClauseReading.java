package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;

/**
 * A pass that gives a sector to people no title, apposition or list placed, by what the words after one of
 * their mentions say of them; the first mention that says something decides.
 */
abstract class ClauseReading implements ResolverPass {

    @Override
    public final void run(Resolution r) {
        for (Draft d : r.drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || d.sector != null || d.known) {
                continue;
            }
            for (Mention m : d.mentions) {
                if (m.sentence() < 0 || m.sentence() >= r.sentences.size()) {
                    continue;
                }
                String sector = sector(r, r.sentence(m.sentence()), m);
                if (sector != null) {
                    d.sector = sector;
                    break;
                }
            }
        }
    }

    /** The sector the words after this mention give its person, or null. */
    abstract String sector(Resolution r, Sentence s, Mention m);
}
