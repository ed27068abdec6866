package dev.dyad.actors;

import static dev.dyad.actors.Words.covered;
import static dev.dyad.actors.Words.itemAt;
import static dev.dyad.actors.Words.mentionStart;
import static dev.dyad.actors.Words.nameText;
import static dev.dyad.actors.Words.withHonorific;

import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.model.Actor;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Surnames and short forms ("Mr Lavrov", "Lavrov", "Mr Kim"): each joins the person of the article it
 * names, the most prominent where several share it; a one-word name the full names pass left joins
 * someone dyad knows by it, or the organisation it is glossed with, or stands as a person of its own.
 */
final class ShortNames implements ResolverPass {
    private final KnownPeople people;
    private final Titles titles;

    ShortNames(KnownPeople people, Titles titles) {
        this.people = people;
        this.titles = titles;
    }

    @Override
    public void run(Resolution r) {
        for (int si = 0; si < r.sentences.size(); si++) {
            Sentence s = r.sentence(si);
            for (Token t : s.tokens()) {
                if (covered(r.items(si), t.index()) || !t.isCapitalised() || !t.pos().startsWith("NNP")) {
                    continue;
                }
                Draft d = orHead(r, bySurname(r.drafts, t.word()), t.word());
                if (d != null) {
                    d.add(r.mention(s, withHonorific(s, t.index()), t.index()));
                }
            }
        }
        for (Item it : r.shortNames) {
            Sentence s = r.sentence(it.sentence());
            List<Item> items = r.items(it.sentence());
            String name = nameText(s, it);
            Draft d = orHead(r, bySurname(r.drafts, name), name);
            if (d == null) {
                d = people.knownBySurname(r.drafts, name, r.day, Titles.titleOffice(s, items, it));
            }
            if (d == null) {
                d = glossed(r, s, items, it);
            }
            if (d == null) {
                d = bySpelling(r.drafts, name);
            }
            if (d == null) {
                Description left = titles.titleBefore(s, items, it, r.consumed);
                d = r.draft("p:" + Lexicon.key(name), name, Actor.Kind.PERSON);
                d.apply(left);
                if (left.from() >= 0) {
                    // "Prince Andrew": the name as the text gives it, with its title, as for full names
                    d.add(r.mention(s, left.from(), it.to()));
                }
            }
            d.add(r.mention(s, mentionStart(s, it), it.to()));
        }
    }

    /**
     * The head of state or government in office that a bare surname names, over a relative of theirs the
     * article names in full ("Ivanka Trump ... Trump said": the president); else the article's person.
     */
    private Draft orHead(Resolution r, Draft inArticle, String surname) {
        if (inArticle == null || inArticle.head || inArticle.known) {
            return inArticle;
        }
        Lexicon.Person head = people.headInOffice(surname, r.day);
        // only the head of a state the article names, whom the relative's own country does not set apart
        // ("Tim Morrison" of an American article stays himself, not Australia's prime minister)
        boolean ofTheArticle = head != null && r.contextCodes.contains(head.code())
                && (inArticle.code == null || inArticle.code.equals(head.code()));
        return ofTheArticle ? people.person(r.drafts, head.name(), null, r.day) : inArticle;
    }

    /** The person of the article a surname names; the most prominent one where several share it. */
    private static Draft bySurname(Map<String, Draft> drafts, String surname) {
        String[] key = Lexicon.key(surname).split(" ");
        Draft best = null;
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || d.fullMentions == 0) {
                continue;
            }
            String[] parts = Lexicon.key(d.name).split(" ");
            boolean match = false;
            if (key.length == 1) {
                for (String p : parts) {
                    match |= p.equals(key[0]);
                }
            } else if (parts.length > key.length) {
                // a surname of several words, hyphenated or not ("Al-Ibrahim", "Rees-Mogg", "Ocasio-Cortez"):
                // the words the full name ends with
                match = Arrays.equals(key, Arrays.copyOfRange(parts, parts.length - key.length, parts.length));
            }
            if (!match) {
                continue;
            }
            if (best == null || prominence(d) > prominence(best)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The person of the article whose surname this one-word name spells another way, one letter apart
     * ("Zelenskyy" for Volodymyr Zelensky), where exactly one person's is; names under six letters are left.
     */
    private static Draft bySpelling(Map<String, Draft> drafts, String name) {
        String key = Lexicon.key(name);
        if (key.contains(" ") || key.length() < 6) {
            return null;
        }
        Draft found = null;
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || d.fullMentions == 0) {
                continue;
            }
            String[] parts = Lexicon.key(d.name).split(" ");
            String last = parts[parts.length - 1];
            if (parts.length > 1 && last.charAt(0) == key.charAt(0) && oneEditApart(last, key)) {
                if (found != null && found != d) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** True where the two differ by exactly one letter added, dropped or changed. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static int prominence(Draft d) {
        return (d.head ? 1000 : 0) + (d.known ? 100 : 0) + d.fullMentions;
    }

    /**
     * The known organisation a single unknown name is glossed with in brackets ("Mujahideen (Taliban)"): the
     * writer says the two are one, so the name joins that organisation rather than becoming a person.
     */
    private static Draft glossed(Resolution r, Sentence s, List<Item> items, Item name) {
        List<Token> tokens = s.tokens();
        int open = name.to() + 1;
        if (open + 2 >= tokens.size() || !Set.of("(", "-LRB-").contains(tokens.get(open).word())) {
            return null;
        }
        Item inside = itemAt(items, open + 1);
        if (inside == null || inside.from() != open + 1 || !(inside.known() instanceof OrgName on)
                || inside.to() + 1 >= tokens.size() || !Set.of(")", "-RRB-").contains(tokens.get(inside.to() + 1).word())) {
            return null;
        }
        Draft d = r.draft("o:" + on.organisation().name(), on.organisation().name(), Actor.Kind.ORGANISATION);
        d.code = on.organisation().actorCode();
        d.basis = "list";
        d.sector = on.organisation().actorSector();
        return d;
    }
}
