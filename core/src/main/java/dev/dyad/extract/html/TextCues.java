package dev.dyad.extract.html;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Short blocks of page furniture recognised by their words ("Advertisement", "Read more:", "All rights
 * reserved"), from the data file {@code text-cues.tsv}. Immutable and thread-safe once loaded.
 */
final class TextCues {
    /** Blocks longer than this are never judged by their words: a paragraph may quote any phrase. */
    static final int MAX_LENGTH = 160;

    private final Map<String, String> exact = new HashMap<>();
    private final List<String[]> prefixes = new ArrayList<>();
    private final List<String[]> contained = new ArrayList<>();

    static TextCues load() {
        TextCues cues = new TextCues();
        for (DataFile.Line line : DataFile.load(TextCues.class, "text-cues.tsv", 3, 3)) {
            String phrase = line.field(1);
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT)) || phrase.contains("  ")) {
                throw line.error("phrase must be lower case with single spaces: " + phrase);
            }
            String[] entry = {phrase, line.field(2)};
            switch (line.field(0)) {
                case "exact" -> {
                    if (cues.exact.putIfAbsent(phrase, line.field(2)) != null) {
                        throw line.error("duplicate phrase: " + phrase);
                    }
                }
                case "prefix" -> cues.prefixes.add(entry);
                case "contains" -> cues.contained.add(entry);
                default -> throw line.error("unknown kind '" + line.field(0) + "' (exact, prefix or contains)");
            }
        }
        return cues;
    }

    /** The reason a block with this (whitespace-normalised) text is furniture, or null. */
    String reason(String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = trimPunctuation(lower);
        String r = exact.get(bare);
        if (r != null) {
            return r;
        }
        for (String[] p : prefixes) {
            if (lower.startsWith(p[0])) {
                return p[1];
            }
        }
        for (String[] p : contained) {
            if (lower.contains(p[0])) {
                return p[1];
            }
        }
        return null;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
