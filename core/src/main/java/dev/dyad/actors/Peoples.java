package dev.dyad.actors;

import static dev.dyad.actors.Words.countryOf;
import static dev.dyad.actors.Words.covered;
import static dev.dyad.actors.Words.itemAt;
import static dev.dyad.actors.Words.withThe;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.People;
import dev.dyad.actors.Lexicon.PeopleName;
import dev.dyad.model.Actor;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Peoples and minorities. Once the article's countries are counted, settles what each group name stands
 * for; later takes a people named as a noun ("Kurds", "ethnic Albanians") as a group, coded by the state
 * it lives in.
 */
final class Peoples implements ResolverPass, MentionPass {
    /** Nouns that make a nation's adjective before them a minority living elsewhere ("the Serb minority"). */
    private static final Set<String> MINORITY_NOUNS = Set.of("minority", "minorities");
    /** Nouns that do so only with a place after them ("the Albanian population of the province"). */
    private static final Set<String> RESIDENT_NOUNS = Set.of("population", "populations", "community", "communities");

    private final Lexicon lexicon;

    Peoples(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void run(Resolution r) {
        for (int si = 0; si < r.sentences.size(); si++) {
            r.items.set(si, settlePeoples(r.sentence(si), r.items(si), r.countryCounts, r.placeCounts));
        }
    }

    @Override
    public boolean take(Resolution r, Item it) {
        Sentence s = r.sentence(it.sentence());
        if (!(it.known() instanceof PeopleName pn && pn.code() != null && groupNoun(s, it))) {
            return false;
        }
        // "Kurds", "ethnic Albanians": the group, coded by the state it lives in
        int from = it.from() > 0 && s.tokens().get(it.from() - 1).word().equalsIgnoreCase("ethnic")
                ? it.from() - 1 : it.from();
        String written = s.span(from, it.to());
        String country = lexicon.country(pn.code()).map(Country::name).orElse(pn.code());
        Draft d = r.draft("e:" + pn.code() + "/" + Lexicon.key(written), country + " " + written, Actor.Kind.GROUP);
        d.code = pn.code();
        d.add(r.mention(s, withThe(s, from), it.to()));
        return true;
    }

    /**
     * Settles what group names stand for once the article's countries are counted: a people named by its
     * own name ("Tamil", "Kurds") is of the state among its homes the article names most, else of its
     * home; a nation's people called "ethnic" ("ethnic Albanians", "ethnic Turks") are a minority, of the
     * state other than their nation's that the article names most.
     */
    private List<Item> settlePeoples(Sentence s, List<Item> list, Map<String, Integer> countryCounts,
                                     Map<String, Integer> placeCounts) {
        List<Token> tokens = s.tokens();
        List<Item> out = new ArrayList<>(list.size() + 1);
        for (Item it : list) {
            boolean ethnic = it.from() > 0 && tokens.get(it.from() - 1).word().equalsIgnoreCase("ethnic");
            if (it.known() instanceof PeopleName pn && pn.code() == null) {
                String code = mostNamed(countryCounts, pn.people().states()::contains);
                if (code == null) {
                    code = pn.people().home();
                }
                out.add(code == null ? it : new Item(it.sentence(), it.from(), it.to(), Kind.KNOWN,
                        new PeopleName(pn.people(), code), null));
            } else if (ethnic && it.known() instanceof CountryAdjective ca) {
                Item minority = minority(s, it.from(), it.to(), ca.country().actorCode(), placeCounts, list);
                out.add(minority != null ? minority : it);
            } else if (it.known() instanceof CountryAdjective ca && minorityNoun(tokens, it.to() + 1)) {
                // "the Serb minority", "the Albanian population of the province": the group with its noun
                Item minority = minority(s, it.from(), it.to() + 1, ca.country().actorCode(), placeCounts, list);
                out.add(minority != null ? minority : it);
            } else {
                out.add(it);
            }
        }
        // "ethnic Turks": a nation's people in a plural no lexicon lists, whose singular is its adjective
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!tokens.get(i - 1).word().equalsIgnoreCase("ethnic") || !t.isCapitalised() || !t.word().endsWith("s")
                    || covered(out, i)) {
                continue;
            }
            for (Known k : lexicon.names().lookup(t.word().substring(0, t.word().length() - 1))) {
                if (k instanceof CountryAdjective ca) {
                    Item minority = minority(s, i, i, ca.country().actorCode(), placeCounts, list);
                    if (minority != null) {
                        out.add(minority);
                        out.sort(Comparator.comparingInt(Item::from));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** True when the token at i is "minority", or "population" or "community" followed by "of" or "in". */
    private static boolean minorityNoun(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (MINORITY_NOUNS.contains(w)) {
            return true;
        }
        return RESIDENT_NOUNS.contains(w) && i + 1 < tokens.size()
                && Set.of("of", "in").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The words from..to as a minority: of the state a place after them names ("in Macedonia", "of
     * Kosovo"), else of the state other than {@code nation} the article names most as a place; null when
     * there is none.
     */
    private Item minority(Sentence s, int from, int to, String nation, Map<String, Integer> placeCounts,
                          List<Item> items) {
        List<Token> tokens = s.tokens();
        String where = null;
        int k = to + 1;
        if (k < tokens.size() && Set.of("of", "in").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
            if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            Item place = itemAt(items, k);
            Country c = place == null ? null : countryOf(place.known());
            if (c != null && !(place.known() instanceof CountryAdjective)) {
                where = c.actorCode();
            }
        }
        if (where == null) {
            where = mostNamed(placeCounts, c -> !c.equals(nation));
        }
        if (where == null) {
            return null;
        }
        String written = s.span(from, to);
        People p = new People("ethnic " + written, List.of(written), List.of(where), where);
        return new Item(s.index(), from, to, Kind.KNOWN, new PeopleName(p, where), null);
    }

    /** Of the countries the article names that pass the test, the one named most (the first named on a tie). */
    private static String mostNamed(Map<String, Integer> countryCounts, Predicate<String> test) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (test.test(e.getKey()) && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** True when a group's name stands as a noun for its people ("Kurds", "ethnic Albanians"), not as a modifier. */
    private static boolean groupNoun(Sentence s, Item it) {
        Token last = s.tokens().get(it.to());
        String lw = last.word().toLowerCase(Locale.ROOT);
        if (MINORITY_NOUNS.contains(lw) || RESIDENT_NOUNS.contains(lw)) {
            return true;
        }
        if (!last.pos().equals("NNS") && !last.pos().equals("NNPS") && !last.word().endsWith("s")) {
            return false;
        }
        return it.to() + 1 >= s.tokens().size() || !s.tokens().get(it.to() + 1).pos().startsWith("NN");
    }
}
