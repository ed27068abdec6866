package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a byline as pages write it ("By Jane Doe and John Roe, Staff Writers | May 3, 2024") into the
 * people it names ("Jane Doe", "John Roe"): drops lead words, roles, credentials, dates and links, and
 * splits lists of names. Stateless and thread-safe.
 */
final class MetaNames {
    private static final int MAX_INPUT = 300;
    private static final int MAX_NAME = 60;
    /** People are listed with "and", "&", semicolons, bars, slashes and bullets; commas are handled apart. */
    private static final Pattern PEOPLE = Pattern.compile("\\s+(?:and|And|AND|&|und|et)\\s+|\\s*[;|/•·\\n]\\s*|\\s+[-–—]\\s+");
    /** Where a byline runs on into its date: a digit, or a month name before a number. */
    private static final Pattern DATE_START = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "[a-z]*\\.?\\s+\\d|\\d|\\b(?:on|at)\\s+\\d|\\b(?:Updated|Published|Posted|Last updated)\\b");
    /** Words after a name that start something else: "Jane Doe in Politics", "Jane Doe on behalf of". */
    private static final Pattern CONNECTOR = Pattern.compile(
            "\\s(?:(?:in|on|at|for|via)\\s+(?=[\\p{Lu}\\d])|on behalf of\\b|(?:is|was|has)\\s)");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("\\s+(?:on|at|in|am|le|el|il|op)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LINK_WORDS = Set.of("of", "the", "in", "at", "and", "for", "a", "an", "&");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "la", "le", "von", "da", "del",
            "della", "di", "du", "dos", "das", "bin", "al", "el", "ten", "ter", "y", "e", "zu", "st.", "mc", "af");
    private static final Set<String> CREDENTIALS = Set.copyOf(MetaLexicon.NAMES.get("credential"));
    private static final Set<String> NOT_NAMES = Set.copyOf(MetaLexicon.NAMES.get("notname"));
    private static final Set<String> NOT_WORDS = Set.copyOf(MetaLexicon.NAMES.get("notword"));
    private static final Set<String> ROLES = Set.copyOf(MetaLexicon.NAMES.get("role"));

    private MetaNames() {
    }

    /** The people a byline names, in its order; empty when it names none. */
    static List<String> parse(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null || raw.length() > MAX_INPUT * 2) {
            return out;
        }
        String s = Whitespace.lines(raw).strip();
        if (s.isEmpty() || s.length() > MAX_INPUT || isLink(s)) {
            return out;
        }
        String lead = s.toLowerCase(Locale.ROOT);
        for (String w : MetaLexicon.NAMES.get("notlead")) {
            if (lead.startsWith(w) && (lead.length() == w.length() || !Character.isLetter(lead.charAt(w.length())))) {
                return out;
            }
        }
        s = stripPrefix(s);
        boolean several = PEOPLE.matcher(s).find();
        for (String group : PEOPLE.split(s)) {
            Matcher d = DATE_START.matcher(group);
            if (d.find()) {
                if (d.start() == 0) {
                    continue; // a date standing alone between separators
                }
                // "Posted by Jane Doe at March 3, 2024": the word that led to the date goes with it
                group = TRAILING_CONNECTOR.matcher(group.substring(0, d.start())).replaceFirst("");
            }
            Matcher c = CONNECTOR.matcher(group);
            if (c.find()) {
                // "Jane Doe in Politics", "Jane Doe on Friday", "Jane Doe on behalf of ...", but not "Tales in the Attic"
                group = group.substring(0, c.start());
            }
            String[] parts = group.split("\\s*,\\s*");
            boolean affiliation = false;
            for (int i = 0; i < parts.length; i++) {
                String part = trim(stripPrefix(trim(parts[i])));
                if (part.isEmpty()) {
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if (CREDENTIALS.contains(lower) || CREDENTIALS.contains(lower.replace(".", ""))
                        || i > 0 && part.matches("[A-Z][A-Z.-]{1,7}")) {
                    affiliation = true;
                    continue;
                }
                boolean role = hasRole(lower);
                if (i > 0 && (affiliation || role || personLike(part) < 2 || lower.startsWith("the "))) {
                    // after a comma: a job title, a company or a place, unless it is plainly another person
                    affiliation |= role;
                    continue;
                }
                if (role && (parts.length > 1 || several || onlyRoles(lower))) {
                    affiliation = true;
                    continue;
                }
                if (isName(part) && !contains(out, part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /**
     * How much a name looks like a person's: 2 for two to four capitalised words (particles such as
     * "van" or "de" aside), 1 for other plausible names (one word, odd case), 0 for none.
     */
    static int personLike(String name) {
        if (name == null || name.isBlank()) {
            return 0;
        }
        String[] words = name.trim().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return 1;
        }
        int caps = 0;
        for (String w : words) {
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return 1;
            }
        }
        return caps >= 2 ? 2 : 1;
    }

    /** "Staff Writer", "Editor-in-Chief": a job without a person or a company in it. */
    private static boolean onlyRoles(String lower) {
        for (String w : lower.split("[\\s.\\-–—⋅·]+")) {
            if (!w.isEmpty() && !ROLES.contains(w) && !LINK_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRole(String lower) {
        for (String w : lower.split("[\\s.]+")) {
            if (ROLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String s) {
        if (s.length() < 2 || s.length() > MAX_NAME || isLink(s)) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || lower.startsWith("view all") || lower.startsWith("more from")
                || lower.startsWith("see all") || lower.startsWith("posts by") || lower.startsWith("articles by")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c) || c == '@' || c == '#' || c == '?' || c == '!' || c == '<' || c == '>'
                    || c == '{' || c == '}' || c == '=' || c == '_') {
                return false;
            }
        }
        if (letters < 2) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : lower.split("[^\\p{L}]+")) {
            if (NOT_WORDS.contains(w)) {
                return false;
            }
        }
        // a template's placeholder ("page.head.author") or a file name
        if (s.indexOf('.') > 0 && s.indexOf(' ') < 0 && s.equals(lower) && s.chars().filter(ch -> ch == '.').count() > 1) {
            return false;
        }
        // a sentence, not a name: several words and none capitalised
        if (words.length > 2 && s.equals(lower)) {
            return false;
        }
        return true;
    }

    /** Drops lead words ("By", "Written by", "Author:") and the punctuation around them. */
    static String stripPrefix(String s) {
        String t = trim(s);
        boolean again = true;
        while (again && !t.isEmpty()) {
            again = false;
            String lower = t.toLowerCase(Locale.ROOT);
            for (String p : MetaLexicon.NAMES.get("prefix")) {
                if (lower.startsWith(p) && (lower.length() == p.length() || !Character.isLetterOrDigit(lower.charAt(p.length())))
                        && (p.endsWith(":") || lower.length() == p.length() || isBreak(t.charAt(p.length())))) {
                    t = trim(t.substring(p.length()));
                    again = true;
                    break;
                }
            }
        }
        return t;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == ':' || c == '\u00A0' || c == '-' || c == '|';
    }

    /** Trims white space and the punctuation that bylines put around names. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdge(s.charAt(a))) {
            a++;
        }
        while (b > a && isEdge(s.charAt(b - 1)) && !(s.charAt(b - 1) == '.' && b - a >= 2 && isInitial(s, b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ':' || c == ',' || c == '-' || c == '–'
                || c == '—' || c == '|' || c == '.' || c == '·' || c == '•' || c == '"' || c == '“' || c == '”'
                || c == '*';
    }

    /** True when the dot at i ends an initial or an abbreviation ("Jr.", "J."), which stays. */
    private static boolean isInitial(String s, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isLetter(s.charAt(j))) {
            j--;
        }
        int len = i - j - 1;
        return len >= 1 && len <= 2 && Character.isUpperCase(s.charAt(j + 1));
    }

    private static boolean isLink(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("://") || l.startsWith("www.") || l.contains(".com/") || l.startsWith("@")
                || l.matches("[^\\s@]+@[^\\s@]+\\.[a-z]{2,}") || l.matches("[a-z0-9._-]+\\.(com|org|net|io|co)");
    }

    private static boolean contains(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
