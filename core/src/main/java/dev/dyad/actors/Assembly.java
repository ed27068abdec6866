package dev.dyad.actors;

import static dev.dyad.actors.Words.LOCAL_SECTORS;
import static dev.dyad.actors.Words.STATE_SECTORS;
import static dev.dyad.actors.Words.fieldOrder;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last step: the drafts become actors. The state the article is set in is given to people and
 * organisations no list and no word of the text places; groups and officials of no stated country take
 * the article's own; sectors are defaulted; mentions and actors are put in the article's order.
 */
final class Assembly {
    /** The chambers a legislator's title says they sit in. */
    private static final Map<String, List<String>> TITLE_CHAMBERS = Map.of(
            "senator", List.of("senate"), "sen.", List.of("senate"),
            "representative", List.of("house of representatives", "congress", "house"),
            "rep.", List.of("house of representatives", "congress", "house"),
            "congressman", List.of("congress", "house of representatives", "house"),
            "congresswoman", List.of("congress", "house of representatives", "house"));

    /** Sectors of bodies besides LOCAL_SECTORS' that are of the one state an article names: parties, media, firms. */
    private static final Set<String> DOMESTIC_BODIES = Set.of("PTY", "JRN", "BUS");

    private final Lexicon lexicon;

    Assembly(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Actor> actors(Resolution r) {
        Map<String, Integer> countryCounts = r.countryCounts;
        String dominant = r.dominant;
        String setting = setting(r.drafts.values(), r.namedCounts, r.datelineCode);
        if (placeChambers(r) && setting == null) {
            // chambers placed by the chambers an article names alone ("the Senate" and "the National Assembly"):
            // they say where it is set
            setting = setting(r.drafts.values(), r.namedCounts, r.datelineCode);
        }
        List<Actor> out = new ArrayList<>();
        for (Draft d : r.drafts.values()) {
            if (d.mentions.isEmpty()) {
                continue;
            }
            if (d.code == null && setting != null && (d.kind == Actor.Kind.PERSON || d.kind == Actor.Kind.ORGANISATION)) {
                // no list knows them and the text gives no country: the state whose politics the article reports
                d.code = setting;
                d.basis = "setting";
            }
            d.mentions.sort(Comparator.comparingInt((Mention m) -> fieldOrder(m.field())).thenComparingInt(Mention::start));
            if (d.kind == Actor.Kind.PERSON && d.code == null && dominant != null && LOCAL_SECTORS.contains(String.valueOf(d.sector))) {
                d.code = dominant; // a police commander or a judge with no nationality given: of the article's place
                d.basis = "place";
            }
            if (d.kind == Actor.Kind.PERSON && d.code == null && d.sector != null && countryCounts.size() == 1) {
                d.code = dominant; // an official by title ("Ombudsman Nadia Cruz") where the article names one state only
                d.basis = "place";
            }
            if (d.code == null && setting == null && r.datelineCode != null && (d.kind == Actor.Kind.PERSON
                    || d.kind == Actor.Kind.ORGANISATION) && (STATE_SECTORS.contains(String.valueOf(d.sector))
                    || "ELI".equals(d.sector))) {
                // an official, a former one or a state's body the text gives no country, in a story between states
                // filed from one of them: that state's
                d.code = r.datelineCode;
                d.basis = "place";
            }
            if (d.kind == Actor.Kind.ORGANISATION && d.code == null && countryCounts.size() == 1
                    && (LOCAL_SECTORS.contains(String.valueOf(d.sector)) || DOMESTIC_BODIES.contains(String.valueOf(d.sector)))) {
                // a party, union, university, newspaper or company no lexicon knows: of the one country the article
                // names, as a group of its kind would be ("the opposition newspaper La Prensa")
                d.code = dominant;
                d.basis = "place";
            }
            if (d.kind == Actor.Kind.ORGANISATION && d.sector == null && d.stateBody != null && d.code != null
                    && !Lexicon.NON_STATE.contains(d.code)) {
                d.sector = d.stateBody; // "the Department of Social Services" of a state the text or setting gives
            }
            if (d.kind == Actor.Kind.PERSON && d.code != null && d.sector == null && d.office != null && !d.ofBody) {
                // a title and a country or organisation, and nothing saying otherwise: an official, or a former one
                d.sector = Titles.asWritten(d.office, "GOV");
            }
            out.add(new Actor(d.name, d.kind, d.code, d.sector, d.office, d.mentions,
                    d.code == null ? null : d.basis != null ? d.basis : "text"));
        }
        out.sort(Comparator.comparingInt((Actor a) -> fieldOrder(a.mentions().get(0).field()))
                .thenComparingInt(a -> a.mentions().get(0).start()));
        return out;
    }

    /**
     * Legislatures and legislators no list and no word of the text places ("the Senate", "Sen. Chris Murphy"):
     * of the one state the article names that has a chamber of that name; else of the one such state whose
     * officials or bodies it names ("President Donald Trump"); else of the one state that has every chamber the
     * article names so ("the Senate", "the National Assembly" and "the House of Representatives": Nigeria's).
     * True where the last placed any.
     */
    private boolean placeChambers(Resolution r) {
        Map<Draft, Set<String>> unplaced = new LinkedHashMap<>();
        Set<String> shared = null;
        for (Draft d : r.drafts.values()) {
            if (d.code == null && "LEG".equals(d.sector) && !d.mentions.isEmpty()) {
                Set<String> states = chamberStates(d);
                unplaced.put(d, states);
                if (!states.isEmpty()) {
                    shared = shared == null ? new TreeSet<>(states) : shared;
                    shared.retainAll(states);
                }
            }
        }
        Set<String> officials = officialsStates(r);
        boolean byChambers = false;
        for (Map.Entry<Draft, Set<String>> e : unplaced.entrySet()) {
            Set<String> states = e.getValue();
            String state = onlyOneOf(states, r.contextCodes);
            if (state == null) {
                state = onlyOneOf(states, officials);
            }
            if (state == null && shared != null && shared.size() == 1) {
                state = onlyOneOf(states, shared);
                byChambers |= state != null;
            }
            if (state != null) {
                e.getKey().code = state;
                e.getKey().basis = "place";
            }
        }
        return byChambers;
    }

    /** The one state of {@code states} among {@code named}; null where none or several are. */
    private static String onlyOneOf(Set<String> states, Set<String> named) {
        String found = null;
        for (String state : states) {
            if (named.contains(state)) {
                if (found != null) {
                    return null;
                }
                found = state;
            }
        }
        return found;
    }

    /** The states with a legislative chamber of the name a body goes by, or that a legislator's title says they sit in. */
    private Set<String> chamberStates(Draft d) {
        Set<String> states = new TreeSet<>();
        if (d.kind == Actor.Kind.ORGANISATION) {
            states.addAll(lexicon.statesWithChamber(d.name));
        } else if (d.office != null) {
            String office = d.office.toLowerCase(Locale.ROOT);
            TITLE_CHAMBERS.forEach((title, chambers) -> {
                if (office.equals(title) || office.endsWith(" " + title)) {
                    chambers.forEach(c -> states.addAll(lexicon.statesWithChamber(c)));
                }
            });
        }
        return states;
    }

    /** The states of the officials and state bodies a list or the text placed ("President Donald Trump", "the White House"). */
    private static Set<String> officialsStates(Resolution r) {
        Set<String> states = new TreeSet<>();
        for (Draft d : r.drafts.values()) {
            if (ofAState(d) && !d.mentions.isEmpty()) {
                states.add(d.code);
            }
        }
        return states;
    }

    /** True where a draft is a state's office holder or institution: of a state and of a state's sector. */
    private static boolean ofAState(Draft d) {
        return d.code != null && !Lexicon.NON_STATE.contains(d.code) && STATE_SECTORS.contains(String.valueOf(d.sector));
    }

    /**
     * The state an article is set in: the state of a wire story's dateline where the story names one of its
     * institutions or office holders at all ("HONG KONG (AP) — Hong Kong police fired ..."); else the one whose
     * institutions and office holders it mentions most (each
     * mention of a resolved actor of a state sector: where office holders act says where an article is set,
     * more than the places it is about); where they settle none, the state it names most, as a place, an
     * adjective or by its cities and regions. Null where no state has at least half as many again as the next
     * (an article between two states), or fewer than two; office holders settle none where no state has two
     * of its actors in the article (an article reporting what a foreign envoy said).
     */
    private static String setting(Collection<Draft> drafts, Map<String, Integer> namedCounts, String dateline) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Integer> voters = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (ofAState(d)) {
                votes.merge(d.code, d.mentions.size(), Integer::sum);
                voters.merge(d.code, 1, Integer::sum);
            }
        }
        if (dateline != null && votes.containsKey(dateline)) {
            return dateline; // a wire story filed from a state whose own officials or bodies it names: that state's
        }
        String top = leader(votes);
        if (top != null && voters.get(top) >= 2) {
            return top;
        }
        return leader(namedCounts);
    }

    /** The key with the most votes, where it has at least two and half as many again as the next; else null. */
    private static String leader(Map<String, Integer> votes) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) {
            return null;
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() * 2 < ranked.get(1).getValue() * 3) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
