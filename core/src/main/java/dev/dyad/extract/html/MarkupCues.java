package dev.dyad.extract.html;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    /** Pieces searched anywhere in the lower-cased class and id: pattern, effect. */
    private final List<String[]> parts = new ArrayList<>();

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
                case "class" -> cues.classes;
                case "part" -> null;
                default -> throw line.error("unknown kind '" + kind + "' (tag, word, part or class)");
            };
            if (target == null) {
                cues.parts.add(new String[] {pattern, effect});
            } else if (target.putIfAbsent(pattern, effect) != null) {
                throw line.error("duplicate " + kind + " cue: " + pattern);
            }
        }
        return cues;
    }

    /** The verdict of the element's own tag, class and id (not its ancestors'). */
    Verdict judge(Element e) {
        String reason = null;
        boolean content = false;
        String tagEffect = tags.get(e.normalName());
        if (tagEffect != null) {
            if (CONTENT.equals(tagEffect)) {
                content = true;
            } else {
                reason = tagEffect;
            }
        }
        String cls = e.attributes().getIgnoreCase("class");
        if (!cls.isEmpty()) {
            for (String name : cls.split("\\s+")) {
                if (HIDDEN.equals(classes.get(name.toLowerCase(Locale.ROOT)))) {
                    return new Verdict(HIDDEN, false);
                }
            }
        }
        String names = names(e);
        if (!names.isEmpty()) {
            for (String word : words(names)) {
                String effect = words.get(word);
                if (effect == null && word.length() > 3 && word.endsWith("s")) {
                    effect = words.get(word.substring(0, word.length() - 1));
                }
                if (effect == null) {
                    continue;
                }
                if (CONTENT.equals(effect)) {
                    content = true;
                } else if (reason == null) {
                    reason = effect;
                }
            }
            if (reason == null) {
                String joined = joined(names);
                for (String[] part : parts) {
                    if (joined.contains(part[0])) {
                        if (CONTENT.equals(part[1])) {
                            content = true;
                        } else {
                            reason = part[1];
                            break;
                        }
                    }
                }
            }
        }
        return reason == null && !content ? Verdict.NONE : new Verdict(reason, content);
    }

    private static String names(Element e) {
        String cls = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (cls.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? cls : cls + " " + id;
    }

    /** Words of class and id names: split at non-alphanumerics and at a lower-to-upper case hump. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            if (!alnum || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (b.length() > 0) {
                    out.add(b.toString().toLowerCase(Locale.ROOT));
                    b.setLength(0);
                }
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

    /** Class and id lower-cased with separators dropped, so "related-posts" reads "relatedposts". */
    private static String joined(String names) {
        StringBuilder b = new StringBuilder(names.length());
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (c == ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
