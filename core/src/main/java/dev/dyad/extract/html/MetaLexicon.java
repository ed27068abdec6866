package dev.dyad.extract.html;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge the metadata readers use, loaded once from the {@code meta-*.tsv} files beside this
 * class: which meta tags carry which field, which JSON-LD types hold an article, and the cue words of
 * bylines and datelines. Immutable and thread-safe.
 */
final class MetaLexicon {
    /** Meta tag keys by field ("title", "author", "published", ...), in order of trust. */
    static final Map<String, List<String>> KEYS;
    /** JSON-LD type (lower-cased) to kind: article, page, work, person, organization, site. */
    static final Map<String, String> TYPES;
    /** Byline words by kind: prefix, role, credential, notname, notword, notlead. Prefixes longest first. */
    static final Map<String, List<String>> NAMES;
    /** Class, id, text and link cues by kind: byline, date, aside, published, updated, authorlink. */
    static final Map<String, List<String>> CUES;

    private static final Set<String> FIELDS = Set.of("title", "site", "description", "author", "published",
            "modified", "url", "language");
    private static final Set<String> TYPE_KINDS = Set.of("article", "page", "work", "person", "organization", "site");
    private static final Set<String> NAME_KINDS = Set.of("prefix", "role", "credential", "notname", "notword", "notlead");
    private static final Set<String> CUE_KINDS = Set.of("byline", "date", "aside", "published", "updated", "authorlink");

    static {
        KEYS = grouped("meta-keys.tsv", FIELDS);
        Map<String, String> types = new HashMap<>();
        for (DataFile.Line line : DataFile.load(MetaLexicon.class, "meta-jsonld-types.tsv", 2, 2)) {
            if (!TYPE_KINDS.contains(line.field(1))) {
                throw line.error("unknown kind " + line.field(1));
            }
            if (types.put(line.field(0).toLowerCase(Locale.ROOT), line.field(1)) != null) {
                throw line.error("duplicate type " + line.field(0));
            }
        }
        TYPES = Map.copyOf(types);
        Map<String, List<String>> names = grouped("meta-names.tsv", NAME_KINDS);
        List<String> prefixes = new ArrayList<>(names.get("prefix"));
        // longest first, so "written by" is tried before "by"
        prefixes.sort((a, b) -> b.length() - a.length());
        Map<String, List<String>> n = new HashMap<>(names);
        n.put("prefix", List.copyOf(prefixes));
        NAMES = Map.copyOf(n);
        CUES = grouped("meta-cues.tsv", CUE_KINDS);
    }

    private MetaLexicon() {
    }

    /** Whether the lower-cased attribute text contains any cue of that kind. */
    static boolean hasCue(String kind, String lowerAttributes) {
        if (lowerAttributes.isEmpty()) {
            return false;
        }
        for (String cue : CUES.get(kind)) {
            if (lowerAttributes.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class name or the id (of the lower-cased, space-separated attribute text) is a cue of
     * that kind, or begins or ends with one as a part of its own: "sidebar", "site-nav", "comments-area",
     * "post_footer", but not "canvas" nor "story-sidebar-mode" (a layout switch, not a sidebar).
     */
    static boolean hasCueWord(String kind, String lowerAttributes) {
        if (lowerAttributes.isEmpty()) {
            return false;
        }
        int start = 0;
        int n = lowerAttributes.length();
        while (start < n) {
            int end = start;
            while (end < n && !Character.isWhitespace(lowerAttributes.charAt(end))) {
                end++;
            }
            if (end > start && hasCueToken(kind, lowerAttributes.substring(start, end))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean hasCueToken(String kind, String token) {
        for (String cue : CUES.get(kind)) {
            if (token.startsWith(cue) && isPartEnd(token, cue.length())
                    || token.endsWith(cue) && isPartStart(token, token.length() - cue.length())
                    || token.endsWith("s") && token.startsWith(cue, token.length() - cue.length() - 1)
                    && isPartStart(token, token.length() - cue.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPartEnd(String token, int i) {
        if (i < token.length() && token.charAt(i) == 's') {
            i++;
        }
        return i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_';
    }

    private static boolean isPartStart(String token, int i) {
        return i == 0 || token.charAt(i - 1) == '-' || token.charAt(i - 1) == '_';
    }

    private static Map<String, List<String>> grouped(String file, Set<String> kinds) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String k : kinds) {
            m.put(k, new ArrayList<>());
        }
        for (DataFile.Line line : DataFile.load(MetaLexicon.class, file, 2, 2)) {
            List<String> list = m.get(line.field(0));
            if (list == null) {
                throw line.error("unknown kind " + line.field(0) + " (expected one of " + kinds + ")");
            }
            String v = line.field(1).toLowerCase(Locale.ROOT);
            if (list.contains(v)) {
                throw line.error("duplicate entry " + v);
            }
            list.add(v);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            out.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(out);
    }
}
