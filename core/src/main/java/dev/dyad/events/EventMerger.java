package dev.dyad.events;

import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.Actor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes one record of the reports of one event: an event noun that refers back to an event the article
 * reported takes that event's other party as its recipient, and reports of the same act by the same
 * parties on overlapping dates become one, kept from the report that says most.
 */
final class EventMerger {
    /** Nouns that name a meeting: "cancelled the meeting" refers back to one the article reported. */
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "summit", "talk", "talks", "visit", "trip",
            "negotiation", "negotiations", "conference");

    private final Triggers triggers;

    EventMerger(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * "Cancelled the meeting": when an event's object names a meeting and gives no recipient, the
     * recipient is the other party of the last meeting the article reported with the same actor.
     */
    void resolveEventNouns(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!f.recipient.isEmpty() || f.type().equals("CONSULT") || f.objectLemma == null) {
                continue;
            }
            // "rejected these accusations": the accusation the article reported, made by whom
            String named = MEETING_NOUNS.contains(f.objectLemma) ? "CONSULT" : null;
            for (Trigger nt : triggers.forLemma(f.objectLemma)) {
                if (nt.noun() && named == null) {
                    named = nt.type();
                }
            }
            if (named == null) {
                continue;
            }
            Set<String> me = Who.names(f.actor);
            for (int k = i - 1; k >= 0; k--) {
                Found e = found.get(k);
                if (!e.type().equals(named)) {
                    continue;
                }
                if (!named.equals("CONSULT")) {
                    // the other event's authors are this one's recipients
                    for (Who w : e.actor) {
                        if (!me.contains(w.actor().name())) {
                            f.recipient.add(w);
                        }
                    }
                    if (!f.recipient.isEmpty()) {
                        break;
                    }
                    continue;
                }
                List<Who> parties = new ArrayList<>(e.actor);
                parties.addAll(e.recipient);
                if (parties.stream().anyMatch(w -> me.contains(w.actor().name()))) {
                    for (Who w : parties) {
                        if (!me.contains(w.actor().name())) {
                            f.recipient.add(w);
                        }
                    }
                    if (!f.recipient.isEmpty()) {
                        break; // else a mention of the meeting that named none of the others: look further back
                    }
                }
            }
        }
    }

    static List<Found> merge(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            Found same = null;
            for (Found k : kept) {
                if (sameEvent(k, f)) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(f);
                continue;
            }
            Found rich = f.richness() > same.richness() ? f : same;
            Found poor = rich == f ? same : f;
            if (rich != same) {
                kept.set(kept.indexOf(same), rich);
                rich.others.addAll(same.others);
                same.others.clear();
            }
            rich.others.add(poor);
            if (!rich.type().equals(poor.type())) {
                // "is to visit North Korea", then "Lavrov's visit on Thursday": a meeting promised for no day
                // that the text goes on to date is a planned meeting, not a promise
                Found planned = rich.recast == null ? rich : poor;
                rich.recast = null;
                if (rich.decided != null) {
                    // the model's decision was the promise's: the meeting itself is the planned one's type
                    rich.decided = planned.type();
                    rich.score = planned.score;
                }
                rich.modality = planned.modality;
                if (planned.date != null) {
                    rich.date = planned.date;
                }
            }
            if (rich.recipient.isEmpty()) {
                rich.recipient.addAll(poor.recipient);
            }
            if ((rich.date == null || rich.date.basis().equals("dateline")) && poor.date != null
                    && poor.date.basis().equals("text")) {
                rich.date = poor.date;
                rich.modality = poor.modality;
            }
            if (rich.location == null) {
                rich.location = poor.location;
            }
        }
        return kept;
    }

    private static boolean sameEvent(Found a, Found b) {
        if (!a.type().equals(b.type()) && !(promisedMeeting(a) && b.type().equals("CONSULT"))
                && !(promisedMeeting(b) && a.type().equals("CONSULT"))) {
            return false;
        }
        Set<String> aa = identities(a.actor);
        Set<String> ar = identities(a.recipient);
        Set<String> ba = identities(b.actor);
        Set<String> br = identities(b.recipient);
        boolean participants;
        if (a.trigger.has("symmetric") || b.trigger.has("symmetric")) {
            Set<String> ua = new LinkedHashSet<>(aa);
            ua.addAll(ar);
            Set<String> ub = new LinkedHashSet<>(ba);
            ub.addAll(br);
            participants = ua.equals(ub) || (aa.equals(ba) && (ar.isEmpty() || br.isEmpty()));
        } else {
            participants = aa.equals(ba) && (ar.equals(br) || ar.isEmpty() || br.isEmpty());
        }
        if (!participants && (ar.equals(br) || ar.isEmpty() || br.isEmpty())) {
            // "the Russian Defense Ministry's allegations", after "the Russian and Syrian defense ministries
            // accused ...": an undated event noun naming some of an event's authors refers back to it
            participants = (repeats(b, a) && aa.containsAll(ba)) || (repeats(a, b) && ba.containsAll(aa));
        }
        if (!participants) {
            return false;
        }
        boolean weak = a.date == null || b.date == null || a.date.basis().equals("dateline") || b.date.basis().equals("dateline");
        if (weak) {
            // an undated report is of the days around publication: it is not an event the text places
            // more than a month before ("the latest round of protests" is not "the protests began in June")
            return !(longBefore(a, b) || longBefore(b, a));
        }
        return a.date.overlaps(b.date) && a.modality.equals(b.modality);
    }

    /** True when an announced meeting or visit has been coded as the promise of one (AGREE). */
    private static boolean promisedMeeting(Found f) {
        return f.recast != null && f.trigger.type().equals("CONSULT");
    }

    /** True when {@code dated} is dated by its text more than 30 days before the publication that dates {@code undated}. */
    private static boolean longBefore(Found dated, Found undated) {
        return dated.date != null && undated.date != null && dated.date.basis().equals("text")
                && undated.date.basis().equals("dateline") && dated.date.end().isBefore(undated.date.start().minusDays(30));
    }

    /** True when {@code f} is an event noun with no date of its own, beside an event {@code other} that has actors. */
    private static boolean repeats(Found f, Found other) {
        return f.trigger.noun() && !f.actor.isEmpty() && !other.actor.isEmpty()
                && (f.date == null || f.date.basis().equals("dateline"));
    }

    /** Who takes part, for telling events apart: a named person by name, anyone else by country. */
    private static Set<String> identities(List<Who> who) {
        Set<String> out = new LinkedHashSet<>();
        for (Who w : who) {
            Actor a = w.actor();
            out.add(a.kind() == Actor.Kind.PERSON || a.code() == null ? a.name() : a.code());
        }
        return out;
    }
}
