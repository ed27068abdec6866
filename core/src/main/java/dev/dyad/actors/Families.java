package dev.dyad.actors;

import static dev.dyad.actors.Words.HEAD_OFFICES;

import dev.dyad.actors.Lexicon.Person;
import dev.dyad.model.Actor;
import java.util.List;
import java.util.Locale;

/**
 * A head of state's or government's family: someone no list knows, with no office, whose surname is that of
 * one head of state or government dyad knows and no one else in its lists ("Hunter Biden", "Ivanka Trump"),
 * is of that head's state and an elite (ELI: PLOVER codes office holders' families so), where the article
 * names the head too. A surname that two people in the lists have ("Kim", "Bush") says nothing.
 */
final class Families implements ResolverPass {
    private final Lexicon lexicon;

    Families(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True when the article names the head too ("Joe Biden" beside "Hunter Biden"). */
    private static boolean named(Resolution r, Person head) {
        for (Draft d : r.drafts.values()) {
            if (d.known && d.kind == Actor.Kind.PERSON && d.name.equals(head.name()) && !d.mentions.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(Resolution r) {
        for (Draft d : r.drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || d.known || d.sector != null || d.office != null || d.mentions.isEmpty()) {
                continue;
            }
            String[] parts = Lexicon.key(d.name).split(" ");
            if (parts.length < 2) {
                continue;
            }
            List<Person> namesakes = lexicon.bySurname(parts[parts.length - 1]);
            Person head = null;
            for (Person p : namesakes) {
                if (head != null && !head.name().equals(p.name())) {
                    head = null;
                    break;
                }
                head = p;
            }
            if (head == null || Lexicon.NON_STATE.contains(head.code()) || (d.code != null && !d.code.equals(head.code()))
                    || !named(r, head)) {
                continue;
            }
            String[] own = Lexicon.key(head.name()).split(" ");
            boolean headed = namesakes.stream()
                    .anyMatch(p -> p.office() != null && HEAD_OFFICES.contains(p.office().toLowerCase(Locale.ROOT)));
            if (headed && own.length > 1 && !own[0].equals(parts[0]) && own[own.length - 1].equals(parts[parts.length - 1])) {
                d.code = head.code();
                d.sector = "ELI";
                d.basis = "list";
            }
        }
    }
}
