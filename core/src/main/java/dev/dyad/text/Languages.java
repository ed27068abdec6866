package dev.dyad.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small language guesser for article bodies: the script for non-Latin writing, the share of each
 * language's function words for Latin. Enough to tell dyad which articles it can read (English) from
 * those it cannot; not a general identifier. Thread-safe.
 */
public final class Languages {
    private static final Map<String, Set<String>> WORDS = load();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Languages() {
    }

    /**
     * The ISO 639-1 code of the text's language, or {@code declared} (a page's own {@code lang}, reduced
     * to its primary subtag) when the text is too short to tell; null when neither says.
     */
    public static String guess(String text, String declared) {
        String fromMarkup = primary(declared);
        if (text == null || text.isBlank()) {
            return fromMarkup;
        }
        String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters < 20) {
            return fromMarkup;
        }
        Character.UnicodeScript top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        switch (top) {
            case ARABIC: return "ar";
            case HAN: return scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) > 0 ? "ja" : "zh";
            case HIRAGANA, KATAKANA: return "ja";
            case HANGUL: return "ko";
            case CYRILLIC: return fromMarkup != null && !fromMarkup.equals("en") ? fromMarkup : "ru";
            case HEBREW: return "he";
            case GREEK: return "el";
            case DEVANAGARI: return "hi";
            case THAI: return "th";
            case LATIN: break;
            default: return fromMarkup;
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find() && words < 3000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < 5) {
            return fromMarkup;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                best = e.getKey();
                bestHits = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // function words make up a fifth or more of running text; a tenth is a safe floor. Short texts
        // share words across languages ("a", "on"): without a clear lead the text does not say.
        if (best == null || bestHits * 10 < words || second * 3 > bestHits * 2) {
            return fromMarkup;
        }
        return best;
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String p = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return p.matches("[a-z]{2,3}") ? p : null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (DataFile.Line line : DataFile.load(Languages.class, "languages.tsv", 2, 2)) {
            if (!line.field(0).matches("[a-z]{2}")) {
                throw line.error("not an ISO 639-1 code: " + line.field(0));
            }
            Set<String> words = new HashSet<>();
            for (String w : line.field(1).split(" +")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
            if (m.put(line.field(0), Set.copyOf(words)) != null) {
                throw line.error("language listed twice: " + line.field(0));
            }
        }
        return Map.copyOf(m);
    }
}
