package dev.dyad.extract.html;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag name, class and id suggest about the text inside it, from the data file
 * {@code markup-cues.tsv}. Immutable and thread-safe once loaded.
 */
final class MarkupCues {
    /** The effect of a cue that marks likely article text. */
    static final String CONTENT = "content";
    /** The effect of a cue that marks text readers never see. */
    static final String HIDDEN = "hidden";

    /** What one element says: a reason to drop what is inside (or null), and whether it looks like content. */
    record Verdict(String reason, boolean content) {
        static final Verdict NONE = new Verdict(null, false);

        boolean hidden() {
            return HIDDEN.equals(reason);
        }
    }

    /** Class names past this many on one element are not read. */
    private static final int MAX_NAMES = 16;
    /** Longer class names are generated, not written: they are not read. */
    private static final int MAX_NAME = 48;

    private static final Verdict HIDDEN_VERDICT = new Verdict(HIDDEN, false);
    /** Shortest run-together name worth searching for pieces. */
    private static final int MIN_PART = 5;
    /** First words of a name that says what an element holds besides its content, not what it is. */
    private static final Set<String> OWNING = Set.of("has", "with");

    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> lastWords = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    /** Pieces searched anywhere in a lower-cased class or id name run together: pattern, effect. */
    private final List<String[]> parts = new ArrayList<>();

    private MarkupCues() {
    }

    static MarkupCues load() {
        MarkupCues cues = new MarkupCues();
        for (DataFile.Line line : DataFile.load(MarkupCues.class, "markup-cues.tsv", 3, 3)) {
            String kind = line.field(0);
            String pattern = line.field(1);
            String effect = line.field(2);
            boolean named = kind.equals("class");
            if (!pattern.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (named && (c == '-' || c == '_')))) {
                throw line.error("pattern must be lower-case letters and digits: " + pattern);
            }
            Map<String, String> target = switch (kind) {
                case "tag" -> cues.tags;
                case "word" -> cues.words;
                case "last" -> cues.lastWords;
                case "class" -> cues.classes;
                case "part" -> null;
                default -> throw line.error("unknown kind '" + kind + "' (tag, word, last, part or class)");
            };
            if (target == null && pattern.length() < MIN_PART) {
                throw line.error("a part must have at least " + MIN_PART + " letters: " + pattern);
            }
            if (target == null) {
                cues.parts.add(new String[] {pattern, effect});
            } else if (target.putIfAbsent(pattern, effect) != null) {
                throw line.error("duplicate " + kind + " cue: " + pattern);
            }
        }
        return cues;
    }

    /**
     * The verdict of the element's own tag, class and id (not its ancestors'). {@code classCache} holds
     * the verdicts of class attributes already read during one extraction: pages repeat them a lot.
     */
    Verdict judge(Element e, Map<String, Judgement> classCache) {
        Judgement j = new Judgement();
        j.add(tags.get(e.normalName()));
        String cls = e.attributes().getIgnoreCase("class");
        if (!cls.isEmpty()) {
            Judgement c = classCache.get(cls);
            if (c == null) {
                c = new Judgement();
                judgeClasses(cls, c);
                classCache.put(cls, c);
            }
            j.add(c);
        }
        String id = e.attributes().getIgnoreCase("id");
        if (!id.isEmpty() && id.length() <= MAX_NAME) {
            judgeName(id, j);
        }
        if (j.hidden) {
            return HIDDEN_VERDICT;
        }
        return j.reason == null && !j.content ? Verdict.NONE : new Verdict(j.reason, j.content);
    }

    private void judgeClasses(String cls, Judgement j) {
        int seen = 0;
        int i = 0;
        int n = cls.length();
        while (i < n && seen < MAX_NAMES) {
            while (i < n && Character.isWhitespace(cls.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(cls.charAt(i))) {
                i++;
            }
            // utility-class pages carry dozens of generated style names that say nothing
            if (i > start && i - start <= MAX_NAME) {
                seen++;
                String name = cls.substring(start, i);
                if (!classes.isEmpty()) {
                    j.add(classes.get(name.toLowerCase(Locale.ROOT)));
                }
                judgeName(name, j);
            }
        }
    }

    private void judgeName(String name, Judgement j) {
        List<String> ws = words(name);
        if (ws.size() > 1 && OWNING.contains(ws.get(0))) {
            // "has-sidebar", "with-nav-sidebar": the element holds the named part beside its own content
            return;
        }
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            j.add(lookup(words, w));
            if (i == ws.size() - 1) {
                j.add(lookup(lastWords, w));
            }
        }
        String joined = ws.size() == 1 ? ws.get(0) : String.join("", ws);
        if (joined.length() >= MIN_PART) {
            for (String[] part : parts) {
                if (joined.contains(part[0])) {
                    j.add(part[1]);
                }
            }
        }
    }

    /** The word's effect, or its singular's when the word ends in 's'. */
    private static String lookup(Map<String, String> map, String word) {
        String effect = map.get(word);
        if (effect == null && word.length() > 3 && word.endsWith("s")) {
            effect = map.get(word.substring(0, word.length() - 1));
        }
        return effect;
    }

    /** Gathers effects: the first reason found wins, hidden beats every other. */
    static final class Judgement {
        String reason;
        boolean content;
        boolean hidden;

        void add(Judgement other) {
            if (other.hidden) {
                hidden = true;
            }
            content |= other.content;
            if (reason == null) {
                reason = other.reason;
            }
        }

        void add(String effect) {
            if (effect == null) {
                return;
            }
            if (CONTENT.equals(effect)) {
                content = true;
            } else if (HIDDEN.equals(effect)) {
                hidden = true;
            } else if (reason == null) {
                reason = effect;
            }
        }
    }

    /** Words of a class or id name: split at non-alphanumerics and at a lower-to-upper case hump, lower-cased. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            if ((!alnum || (Character.isUpperCase(c) && Character.isLowerCase(prev))) && b.length() > 0) {
                out.add(b.toString().toLowerCase(Locale.ROOT));
                b.setLength(0);
            }
            if (alnum) {
                b.append(c);
            }
            prev = c;
        }
        if (b.length() > 0) {
            out.add(b.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
