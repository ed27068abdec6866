package dev.dyad.actors;

import static dev.dyad.actors.Words.mentionStart;
import static dev.dyad.actors.Words.nameText;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.model.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People named in full ("Sergei Lavrov", "President Joe Biden"), with what the text says around the
 * name: the title before it and the apposition after it. A one-word name no list knows is left for
 * the short names pass.
 */
final class FullNames implements ResolverPass {
    /** Possessives before a title that make it an office of someone named before ("his spokesman"). */
    private static final Set<String> OWNERS = Set.of("his", "her");

    /** Sectors of the offices the dictionaries' people hold. */
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "LEG", "MIL", "JUD", "COP");
    /** Sectors of trades and professions that no office holder plies while in office. */
    private static final Set<String> TRADE_SECTORS = Set.of("MED", "EDU", "JRN", "AGR", "REL", "LAB", "CRM");

    private final KnownPeople people;
    private final Titles titles;

    FullNames(KnownPeople people, Titles titles) {
        this.people = people;
        this.titles = titles;
    }

    @Override
    public void run(Resolution r) {
        // the states two or more of the dictionaries' people in the article served: namesakes of two office
        // holders of one state in one article are unlikely, so that state is the article's
        Map<String, Set<String>> servedBy = new HashMap<>();
        for (int si = 0; si < r.sentences.size(); si++) {
            for (Item it : r.items(si)) {
                if (it.known() instanceof PersonName pn) {
                    for (Lexicon.Person p : pn.terms()) {
                        servedBy.computeIfAbsent(p.code(), c -> new HashSet<>()).add(pn.name());
                    }
                }
            }
        }
        for (int si = 0; si < r.sentences.size(); si++) {
            Sentence s = r.sentence(si);
            List<Item> list = r.items(si);
            Draft lastNamed = null; // the person the sentence last named in full, whom "his", "her" may mean
            Item lastItem = null;
            Description lastTitle = Description.NONE;
            for (Item it : list) {
                boolean personItem = it.kind() == Kind.PERSON_NAME || it.known() instanceof PersonName;
                if (!personItem) {
                    continue;
                }
                String name = nameText(s, it);
                if (name.isEmpty()) {
                    continue;
                }
                int words = name.split("\\s+").length; // "Al-Ibrahim", "Rees-Mogg": one surname
                if (words < 2 && !(it.known() instanceof PersonName)) {
                    r.shortNames.add(it);
                    continue;
                }
                Description left = titles.titleBefore(s, list, it, r.consumed);
                if (left.from() < 0 && sharesPluralTitle(s, lastItem, lastTitle, it)) {
                    // "Associated Press writers Lisa Mascaro and Kevin Freking", "Sens. Ron Wyden and Jeff Merkley": a
                    // plural title before the first of two names joined by "and" is the second's too
                    left = new Description(lastTitle.code(), lastTitle.sector(), lastTitle.office(), -1, -1);
                }
                lastItem = it;
                lastTitle = left;
                Description right = titles.appositionAfter(s, list, it, r.consumed);
                Draft d = people.person(r.drafts, name, it.known() instanceof PersonName pn ? pn : null, r.day);
                if (d.fullMentions == 0 && d.dictionary && d.code != null && !"IGO".equals(d.code)
                        && !r.contextCodes.contains(d.code) && !r.cityCounts.containsKey(d.code)
                        && servedBy.getOrDefault(d.code, Set.of()).size() < 2) {
                    // one of the dictionaries' 17,000 office holders in an article that names nothing of their
                    // state: a namesake as likely as not (a singer, a footballer), known by what the article says
                    asNamesake(d);
                }
                if (d.fullMentions == 0 && d.known && OFFICE_SECTORS.contains(String.valueOf(d.sector))
                        && TRADE_SECTORS.contains(String.valueOf(left.sector() != null ? left.sector() : right.sector()))) {
                    // "epidemiologist Tom Price", "a farmer, John Kerry,": a trade the office holder of the lists
                    // does not ply, a namesake, known by what the article says
                    asNamesake(d);
                }
                d.fullMentions++;
                d.apply(left);
                // the title before the name says the sector first ("General Mark Milley, chairman of ...")
                d.apply(d.sector != null && right.sector() != null
                        ? new Description(right.code(), null, right.office(), right.from(), right.to()) : right);
                if (d.code == null && lastNamed != null && lastNamed != d && lastNamed.code != null
                        && left.from() > 0 && OWNERS.contains(s.tokens().get(left.from() - 1).word().toLowerCase(Locale.ROOT))) {
                    // "President Mahmoud Abbas condemned the strikes, his spokesman Nabil Abu Rudeineh said": an
                    // office of the person just named, of that person's state
                    d.code = lastNamed.code;
                    d.basis = null;
                }
                lastNamed = d;
                int from = left.from() >= 0 ? left.from() : mentionStart(s, it);
                d.add(r.mention(s, from, it.to()));
                if (left.from() >= 0) {
                    d.add(r.mention(s, mentionStart(s, it), it.to()));
                }
            }
        }
    }

    /** Forgets what the lists say of a person the article's name stands for a namesake of. */
    private static void asNamesake(Draft d) {
        d.known = false;
        d.dictionary = false;
        d.code = null;
        d.basis = null;
        d.sector = null;
        d.office = null;
        d.head = false;
    }

    /**
     * True where {@code name} follows {@code before} with only "and" between, and the title before {@code before}
     * ends in a plural ("writers", "Sens."): one title for both.
     */
    private static boolean sharesPluralTitle(Sentence s, Item before, Description title, Item name) {
        if (before == null || title.from() < 0 || before.to() + 2 != name.from()
                || !s.tokens().get(before.to() + 1).word().equals("and")) {
            return false;
        }
        int last = before.from() - 1;
        if (last < 0 || last < title.from()) {
            return false;
        }
        String pos = s.tokens().get(last).pos();
        String word = s.tokens().get(last).word();
        return pos.equals("NNS") || pos.equals("NNPS") || word.matches("[A-Z][a-z]+s\\.");
    }
}
