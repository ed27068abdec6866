package dev.dyad.actors;

import static dev.dyad.actors.Words.itemAt;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Short forms an article defines: an organisation's name followed by its initials in brackets ("the Pakistan
 * Tehreek-e-Insaf (PTI)", "the Independent National Electoral Commission (INEC)"). Everywhere in the article,
 * those initials stand for that organisation, over what the lists make of them (PTI is also the Press Trust of
 * India) and where the tagger left them untagged. Runs after the items are found, before anything is counted.
 */
final class Acronyms implements ResolverPass {
    private static final Set<String> OPENS = Set.of("(", "-LRB-");
    private static final Set<String> CLOSES = Set.of(")", "-RRB-");

    @Override
    public void run(Resolution r) {
        Map<String, Item> defined = new LinkedHashMap<>();
        Map<Item, Item> renamed = new LinkedHashMap<>();
        for (int si = 0; si < r.items.size(); si++) {
            Sentence s = r.sentence(si);
            List<Token> tokens = s.tokens();
            for (Item it : r.items(si)) {
                boolean body = it.kind() == Kind.ORG_NAME || it.known() instanceof OrgName;
                int open = it.to() + 1;
                if (!body || open + 2 >= tokens.size() || !OPENS.contains(tokens.get(open).word())
                        || !CLOSES.contains(tokens.get(open + 2).word())) {
                    continue;
                }
                String initials = tokens.get(open + 1).word();
                Item listed = itemAt(r.items(si), open + 1);
                if (it.kind() == Kind.ORG_NAME && listed != null && listed.known() instanceof OrgName on
                        && sharesWords(s.span(it.from(), it.to()), on.organisation().name())) {
                    // "the International Labor Office (ILO)", "the ruling Socialist Party (PSUV)": the listed body
                    // the short form names, spelt or shortened another way; the name joins it
                    renamed.put(it, new Item(si, it.from(), it.to(), Kind.KNOWN, listed.known(), null));
                } else if (!defined.containsKey(initials) && initialsOf(s, it, initials)) {
                    defined.put(initials, it);
                }
            }
        }
        renamed.forEach((old, listed) -> r.items(old.sentence()).set(r.items(old.sentence()).indexOf(old), listed));
        Set<String> implied = impliedInitials(r, defined);
        if (defined.isEmpty()) {
            return;
        }
        for (int si = 0; si < r.items.size(); si++) {
            Sentence s = r.sentence(si);
            List<Item> items = r.items(si);
            List<Item> out = new ArrayList<>();
            boolean changed = false;
            for (Token t : s.tokens()) {
                Item definer = defined.get(t.word());
                Item at = itemAt(items, t.index());
                if (definer == null || at != null && (at.from() != t.index() || at.to() != t.index())
                        || implied.contains(t.word()) && at != null && at.kind() != Kind.ORG_NAME) {
                    continue; // initials no bracket defined leave what the lists and the role nouns make of them ("MP")
                }
                Item stands = new Item(si, t.index(), t.index(), definer.kind(), definer.known(), null);
                if (definer.kind() == Kind.ORG_NAME) {
                    r.namedAs.put(stands, r.sentence(definer.sentence()).span(definer.from(), definer.to()));
                }
                if (at != null) {
                    items.remove(at);
                }
                out.add(stands);
                changed = true;
            }
            if (changed) {
                items.addAll(out);
                items.sort(Comparator.comparingInt(Item::from));
            }
        }
    }

    /**
     * The initials of the article's bodies named in two or more capitalised words, each of one body only
     * ("GM" after "General Motors", "UAW" after "the United Auto Workers", "DPS" after "the Texas Department of
     * Public Safety"), added to {@code defined} where no
     * bracket defined them; returns those added. News writes the short form without defining it once the name
     * has been given.
     */
    private static Set<String> impliedInitials(Resolution r, Map<String, Item> defined) {
        Map<String, Item> byInitials = new LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        for (int si = 0; si < r.items.size(); si++) {
            Sentence s = r.sentence(si);
            for (Item it : r.items(si)) {
                if (!(it.kind() == Kind.ORG_NAME || it.known() instanceof OrgName)) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int k = it.from(); k <= it.to(); k++) {
                    String w = s.tokens().get(k).word();
                    if (w.equalsIgnoreCase("the")) {
                        continue;
                    }
                    for (String part : w.split("-")) {
                        // "Pakistan Tehreek-e-Insaf": PTI, each capitalised part of a joined word
                        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                            initials.append(part.charAt(0));
                        }
                    }
                }
                // the initials of the whole name, and of the name less its first word where three or more are
                // left ("DPS" after "the Texas Department of Public Safety")
                List<String> keys = new ArrayList<>(List.of(initials.toString()));
                if (initials.length() >= 4) {
                    keys.add(initials.substring(1));
                }
                for (String key : keys) {
                    if (key.length() < 2 || key.length() > 5) {
                        continue;
                    }
                    Item before = byInitials.putIfAbsent(key, it);
                    if (before != null && !r.sentence(before.sentence()).span(before.from(), before.to())
                            .equals(s.span(it.from(), it.to()))) {
                        twice.add(key);
                    }
                }
            }
        }
        Set<String> added = new HashSet<>();
        byInitials.forEach((key, it) -> {
            if (!twice.contains(key) && !defined.containsKey(key)) {
                defined.put(key, it);
                added.add(key);
            }
        });
        return added;
    }

    /**
     * True where the short form's capital letters are the initials of the name's words in order, starting with
     * the first, with at most one capitalised word of the name left out ("PTI": Pakistan Tehreek-e-Insaf).
     */
    static boolean initialsOf(Sentence s, Item name, String shortForm) {
        if (!shortForm.matches("[A-Z][A-Z&]{1,9}")) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int k = name.from(); k <= name.to(); k++) {
            String w = s.tokens().get(k).word();
            if (k == name.from() && w.equalsIgnoreCase("the")) {
                continue;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                    words.add(part);
                }
            }
        }
        String letters = shortForm.replace("&", "");
        if (words.isEmpty() || Character.toUpperCase(words.get(0).charAt(0)) != letters.charAt(0)) {
            return false;
        }
        int next = 0;
        int skipped = 0;
        for (String w : words) {
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (next < letters.length() && Character.toUpperCase(w.charAt(0)) == letters.charAt(next)) {
                next++;
            } else if (capital) {
                skipped++;
            }
        }
        return next == letters.length() && skipped <= 1 && !isItself(words, shortForm);
    }

    /** True where at least half the words of a name start as words of the other do ("Labor", "Labour"). */
    static boolean sharesWords(String name, String other) {
        Set<String> theirs = new HashSet<>();
        for (String w : other.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            theirs.add(w.substring(0, Math.min(4, w.length())));
        }
        String[] ours = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").split("[\\s-]+");
        int shared = 0;
        for (String w : ours) {
            shared += theirs.contains(w.substring(0, Math.min(4, w.length()))) ? 1 : 0;
        }
        return shared * 2 >= ours.length;
    }

    /** A name that is its short form already ("NATO (NATO)"): nothing defined. */
    private static boolean isItself(List<String> words, String shortForm) {
        return words.size() == 1 && words.get(0).toUpperCase(Locale.ROOT).equals(shortForm);
    }
}
