package dev.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Finds known phrases in text, longest first, on word boundaries. Each phrase is matched either
 * exactly as written (names: "US" is not "us") or ignoring case (role nouns). Built once, then
 * read-only and thread-safe.
 */
public final class PhraseIndex<T> {
    /** A phrase found in text. */
    public record Match<T>(String phrase, T value, int start, int end) {
    }

    private record Entry<T>(String phrase, T value, boolean ignoreCase) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(String phrase, T value, boolean ignoreCase) {
        String p = phrase.strip();
        // news writes apostrophes both ways: "People's" and "People’s"
        if (p.indexOf('\'') >= 0) {
            addOne(p.replace('\'', '\u2019'), value, ignoreCase);
        } else if (p.indexOf('\u2019') >= 0) {
            addOne(p.replace('\u2019', '\''), value, ignoreCase);
        }
        addOne(p, value, ignoreCase);
    }

    private void addOne(String p, T value, boolean ignoreCase) {
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        List<Entry<T>> list = byFirstWord.computeIfAbsent(firstWord(p, 0), k -> new ArrayList<>());
        // longest first; among phrases of one length, in the order added (found first, so the earlier wins)
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).phrase().length() >= p.length()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        list.add(lo, new Entry<>(p, value, ignoreCase));
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /**
     * The longest phrase that starts at {@code from} and ends where {@code isEnd} allows (a token end).
     */
    public Optional<Match<T>> longestAt(String text, int from, IntPredicate isEnd) {
        List<Entry<T>> candidates = byFirstWord.get(firstWord(text, from));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry<T> e : candidates) {
            int end = from + e.phrase().length();
            if (end <= text.length() && (text.regionMatches(e.ignoreCase(), from, e.phrase(), 0, e.phrase().length())
                    || capitalsOf(text, from, e.phrase())) && isEnd.test(end)) {
                return Optional.of(new Match<>(e.phrase(), e.value(), from, end));
            }
        }
        return Optional.empty();
    }

    /**
     * True where the text at {@code from} is a name of two words or more written in capitals ("USA TODAY" for
     * "USA Today"): a one-word name in capitals may be another word's ("US", "AIM").
     */
    private static boolean capitalsOf(String text, int from, String phrase) {
        if (phrase.indexOf(' ') < 0) {
            return false;
        }
        for (int i = from; i < from + phrase.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false; // most text fails here, at its second letter, before the comparison below
            }
        }
        return text.regionMatches(true, from, phrase, 0, phrase.length());
    }

    /** Every value stored under exactly this phrase (ignoring case), for lookups by name. */
    public List<T> lookup(String phrase) {
        List<T> out = new ArrayList<>();
        List<Entry<T>> list = byFirstWord.get(firstWord(phrase, 0));
        if (list != null) {
            for (Entry<T> e : list) {
                if (e.phrase().equalsIgnoreCase(phrase.strip())) {
                    out.add(e.value());
                }
            }
        }
        return out;
    }

    /** The lower-cased run of letters and digits at {@code from}, or the single character there. */
    static String firstWord(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return (i == from ? s.substring(from, Math.min(s.length(), from + 1)) : s.substring(from, i)).toLowerCase(Locale.ROOT);
    }
}
