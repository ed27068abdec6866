package dev.dyad.extract.text;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from byline lines as flattened pages write them: "By Jane Doe", "By Jane Doe and
 * John Roe", "Jane Doe - Nov 19, 2019", "Monday May 30, 2018 by Jane Doe", "Jane Doe @janedoe", or a
 * bare name on its own line. The words around names come from {@code bylines.tsv}. Thread-safe.
 */
public final class Bylines {
    private static final List<String> PREFIXES;
    private static final Set<String> PARTICLES;
    private static final Set<String> ROLES;

    static {
        List<String> prefixes = new ArrayList<>();
        Set<String> particles = new HashSet<>();
        Set<String> roles = new HashSet<>();
        for (DataFile.Line line : DataFile.load(Bylines.class, "bylines.tsv", 2, 2)) {
            String w = line.field(1).toLowerCase(Locale.ROOT);
            switch (line.field(0)) {
                case "prefix" -> prefixes.add(w);
                case "particle", "role" -> {
                    if (w.contains(" ")) {
                        throw line.error("a " + line.field(0) + " is one word: " + w);
                    }
                    (line.field(0).equals("role") ? roles : particles).add(w);
                }
                default -> throw line.error("unknown kind '" + line.field(0) + "' (prefix, particle or role)");
            }
        }
        // longest first, so "written by" wins over "by"
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        PREFIXES = List.copyOf(prefixes);
        PARTICLES = Set.copyOf(particles);
        ROLES = Set.copyOf(roles);
    }

    /** Where a byline's names stop: a date, a handle, a separator, a time. */
    private static final Pattern STOP = Pattern.compile(
            "\\s+[-–—|/•·]\\s+|\\s*[|•·]\\s*|\\s+@|\\s+on\\s+(?=\\p{Lu}|\\d)|\\s+(?:at|updated|published)\\b|,?\\s+(?=\\d)"
                    + "|,?\\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\b)"
                    + "|,?\\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bdan\\b)\\s*");
    private static final Pattern INNER_BY = Pattern.compile("(?:^|\\s)(?:by|By|BY)\\s+(?=\\p{Lu})");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|\\p{L}+[-'’]\\p{Lu}[\\p{L}'’-]*");

    private Bylines() {
    }

    /**
     * The names in a byline line, in order; empty when the line does not read as a byline. With
     * {@code bare} a line of names without "By" counts (the caller knows it sits where a byline does).
     */
    public static List<String> parse(String line, boolean bare) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 200) {
            return List.of();
        }
        boolean prefixed = false;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (lower.startsWith(p) && (s.length() == p.length() || !Character.isLetter(s.charAt(p.length())))) {
                String rest = s.substring(p.length()).replaceFirst("^\\s*:?\\s*", "");
                if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) {
                    s = rest;
                    prefixed = true;
                }
                break;
            }
        }
        if (!prefixed) {
            // "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the names follow a date and "by"
            Matcher m = INNER_BY.matcher(s);
            if (m.find() && m.start() > 0 && s.substring(0, m.start()).chars().anyMatch(Character::isDigit)) {
                s = s.substring(m.end());
                prefixed = true;
            }
        }
        if (!prefixed && !bare) {
            return List.of();
        }
        Matcher stop = STOP.matcher(s);
        if (stop.find()) {
            if (stop.start() == 0) {
                return List.of();
            }
            s = s.substring(0, stop.start());
        }
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            String name = part.strip().replaceAll("[.,:;]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (isRole(name)) {
                break; // "Jane Doe, Staff Writer": what follows the name is her job
            }
            if (!isName(name, prefixed)) {
                return List.of();
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** True when every word is capitalised (or a name particle) and there are few enough of them. */
    static boolean isName(String s, boolean prefixed) {
        String[] tokens = s.split(" ");
        if (tokens.length > 5 || tokens.length < (prefixed ? 1 : 2)) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            if (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && capitalised > 0) {
                continue;
            }
            if (!NAME_TOKEN.matcher(t).matches() || ROLES.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
            capitalised++;
        }
        // a line in capitals is a heading, not a name
        return capitalised > 0 && !s.equals(s.toUpperCase(Locale.ROOT)) || tokens.length == 1 && s.length() <= 4;
    }

    private static boolean isRole(String s) {
        for (String t : s.split(" ")) {
            if (ROLES.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
