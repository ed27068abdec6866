package dev.dyad.actors;

import static dev.dyad.actors.Words.HEAD_OFFICES;

import dev.dyad.actors.Lexicon.Person;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.model.Actor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People as dyad knows them: drafts a person with the office the lexicon gives them on the article's
 * day, and finds the one person a bare surname names.
 */
final class KnownPeople {
    private final Lexicon lexicon;

    KnownPeople(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article's draft of this person, made on first sight with what dyad knows of them on the day. */
    Draft person(Map<String, Draft> drafts, String name, PersonName known, LocalDate day) {
        String canonical = known != null ? known.name() : name;
        String key = "p:" + Lexicon.key(canonical);
        Draft d = drafts.get(key);
        if (d == null) {
            List<Person> terms = known != null ? known.terms() : lexicon.person(name);
            d = new Draft(key, canonical, Actor.Kind.PERSON);
            if (!terms.isEmpty()) {
                d.known = true;
                d.dictionary = terms.stream().allMatch(lexicon::fromDictionaries);
                // the dictionaries spell names from capitals ("Jo Myong Rok"): the article's spelling is the better
                d.name = d.dictionary ? name : terms.get(0).name();
                Person p = termOn(terms, day);
                if (d.dictionary && p != null && day != null && day.isBefore(p.from())) {
                    p = null; // before the dictionaries' first term of them: they say nothing of that day
                }
                if (d.dictionary && p != null && day != null && p.to() == null
                        && day.isAfter(lexicon.dictionariesUntil())) {
                    // in office when the dictionaries were compiled, and nothing known since: whose they are
                    // stays, what they are now is for the article to say
                    d.code = p.code();
                    d.basis = "list";
                    p = null;
                }
                if (p != null) {
                    d.code = p.code();
                    d.basis = "list";
                    d.sector = p.sector();
                    d.office = p.office();
                    d.head = p.office() != null && HEAD_OFFICES.contains(p.office().toLowerCase(Locale.ROOT));
                    if (day != null && !p.heldOn(day) && day.isAfter(p.from())) {
                        d.sector = "ELI"; // out of office by the article's date
                        d.office = p.office() == null ? null : "former " + p.office();
                        d.head = false;
                    } else if (day != null && !p.heldOn(day)) {
                        d.sector = null; // not yet in the office dyad knows them by: nothing says what they were then
                        d.office = null;
                        d.head = false;
                    }
                }
            }
            drafts.put(key, d);
        }
        return d;
    }

    /**
     * The office held on the day, else the last one begun before it, else the first one after it; the
     * latest when the day is unknown.
     */
    private static Person termOn(List<Person> terms, LocalDate day) {
        if (day == null) {
            return terms.stream().max(Comparator.comparing(Person::from)).orElse(null);
        }
        Person held = null;
        Person before = null;
        Person after = null;
        for (Person p : terms) {
            if (p.heldOn(day)) {
                if (held == null || rank(p) > rank(held)) {
                    held = p;
                }
            } else if (!p.from().isAfter(day)) {
                if (before == null || p.from().isAfter(before.from())) {
                    before = p;
                }
            } else if (after == null || p.from().isBefore(after.from())) {
                after = p;
            }
        }
        return held != null ? held : before != null ? before : after;
    }

    private static int rank(Person p) {
        return p.office() != null && HEAD_OFFICES.contains(p.office().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    /**
     * The head of state or government dyad knows in office on the article's day by this bare surname, where
     * exactly one is ("Trump" in 2019); else null.
     */
    Person headInOffice(String surname, LocalDate day) {
        if (day == null) {
            return null;
        }
        Person hit = null;
        for (Person p : lexicon.bySurname(Lexicon.key(surname))) {
            if (p.heldOn(day) && rank(p) == 1 && !lexicon.fromLegislators(p)) {
                if (hit != null && !hit.name().equals(p.name())) {
                    return null;
                }
                hit = p;
            }
        }
        return hit;
    }

    /**
     * A bare surname of someone dyad knows in office on the article's day ("Putin" alone), else the one
     * person dyad knows by it (also in an article of no known date). Where no single person fits, a title
     * before the surname narrows it to holders of that office; when they all served one country
     * ("President Bush": two American presidents), the one whose term lies nearest the article's date.
     */
    Draft knownBySurname(Map<String, Draft> drafts, String surname, LocalDate day, String office) {
        String key = Lexicon.key(surname);
        Person hit = null;
        boolean ambiguous = false;
        // a head of state or government or a minister in office that day is meant before a legislator or a
        // governor in office then ("Harris" in 2022: the vice president, not a representative)
        for (boolean heads : new boolean[] {true, false}) {
            for (Person p : lexicon.bySurname(key)) {
                if (day != null && p.heldOn(day) && (!heads || !lexicon.fromLegislators(p))) {
                    if (hit != null && !hit.name().equals(p.name())) {
                        ambiguous = true; // two office holders share the surname
                        break;
                    }
                    hit = p;
                }
            }
            if (hit != null || ambiguous) {
                break;
            }
        }
        if (hit == null && !ambiguous) {
            // nobody of that name in office that day: the one person dyad knows by it, if only one
            for (Person p : lexicon.bySurname(key)) {
                if (hit != null && !hit.name().equals(p.name())) {
                    ambiguous = true;
                    break;
                }
                hit = p;
            }
        }
        if (ambiguous) {
            // undated, a title cannot say whose term is meant
            hit = office == null || day == null ? null : nearestHolder(lexicon.bySurname(key), office, day);
        }
        if (hit == null) {
            return null;
        }
        return person(drafts, hit.name(), null, day);
    }

    /** Of these people, the holder of the office whose term lies nearest the day, when all served one country. */
    private static Person nearestHolder(List<Person> people, String office, LocalDate day) {
        Person best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Person p : people) {
            if (p.office() == null || !p.office().equalsIgnoreCase(office)) {
                continue;
            }
            if (best != null && !best.code().equals(p.code())) {
                return null; // "President Kim": holders of several countries; say nothing
            }
            long distance = p.heldOn(day) ? 0 : day.isBefore(p.from())
                    ? ChronoUnit.DAYS.between(day, p.from())
                    : ChronoUnit.DAYS.between(p.to(), day);
            if (best == null || distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }
}
