package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Chooses a page's headline from its {@code <h1>} headings and the titles its metadata states
 * (OpenGraph, JSON-LD, Twitter, {@code <title>}). The visible heading is what readers see as the title,
 * so it wins whenever it agrees with a stated title, and also when no stated title agrees with any
 * heading but the heading shares words with them (editors often write a different SEO title). Stated
 * titles lose their site-name part (" | Site", "Site - ") before use. Stateless and thread-safe.
 */
final class MetaTitles {
    /** Separators between a title and a site or section name; a colon is not one (it is part of titles). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—•·»«~/]\\s+|\\s+::\\s+|\\s*[|•·»]\\s*");
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_HEADING = 400;
    /** Longer headings are paragraphs set in a heading's style, not titles. */
    private static final int MAX_TITLE_WORDS = 25;
    /**
     * A heading that shares less than this with every stated title is a tagline or a section's name
     * ("Big news, small screens" above "How phones changed local papers").
     */
    private static final double MIN_SIMILARITY = 0.25;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> SMALL_WORDS = Set.of("the", "and", "for", "with", "from", "your", "you", "how",
            "what", "why", "are", "our", "this", "that", "into", "about", "les", "des", "der", "die", "das", "und");

    private MetaTitles() {
    }

    /**
     * The headline.
     *
     * @param headings the page's h1 headings (text), in page order, asides excluded
     * @param stated   stated titles in order of trust (og:title, JSON-LD headline, twitter:title, title)
     * @param sites    names the site goes by (og:site_name, publisher, host name)
     */
    static String choose(List<String> headings, List<String> stated, List<String> sites) {
        List<String> titles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : stated) {
            if (t != null && !t.isBlank() && seen.add(norm(t))) {
                titles.add(t);
            }
        }
        List<String> cleaned = new ArrayList<>();
        for (String t : titles) {
            cleaned.add(stripSite(t, sites));
        }
        List<String> shown = new ArrayList<>(headings.size());
        for (String h : headings) {
            shown.add(stripSiteNamed(h, sites));
        }
        headings = shown;
        // 1. a heading that a stated title confirms, whole or as its part before the site name
        for (String h : headings) {
            String nh = norm(h);
            if (nh.isEmpty()) {
                continue;
            }
            for (int i = 0; i < titles.size(); i++) {
                if (nh.equals(norm(cleaned.get(i))) || nh.equals(norm(titles.get(i))) || isSegment(h, titles.get(i))) {
                    return h;
                }
            }
        }
        // 2. a heading that is a stated title with a label before it ("Blog: ...", "May 2 2024 ...") or
        // a count after it ("... (example.com) 12"); a heading that goes on in words is the longer title
        for (String h : headings) {
            String nh = norm(h);
            for (String c : cleaned) {
                String nc = norm(c);
                if (nc.split(" ").length < 3 || nh.equals(nc)) {
                    continue;
                }
                String before = nh.endsWith(" " + nc) ? nh.substring(0, nh.length() - nc.length()).strip() : "";
                if (!ARTICLES.contains(before) && before.chars().anyMatch(Character::isLetter)) {
                    return c;
                }
                if (nh.startsWith(nc + " ") && isLabel(h, c)) {
                    return c;
                }
            }
        }
        // 3. the first heading that is about what the stated titles are about and is not the site's name
        for (String h : headings) {
            if (isSite(h, sites) || isSiteSegment(h, titles) || !titles.isEmpty() && !isTitleLike(h)) {
                continue;
            }
            List<String> hw = contentWords(h);
            if (titles.isEmpty() ? !hw.isEmpty() : hw.size() >= 2 && similarity(hw, cleaned) >= MIN_SIMILARITY) {
                return h;
            }
        }
        return cleaned.isEmpty() ? null : cleaned.get(0);
    }

    /** The text of a heading, bounded and on one line; empty when it has none. */
    static String headingText(Element h) {
        String t = MetaText.bounded(h, MAX_HEADING);
        if (t == null) {
            return "";
        }
        if (t.indexOf('&') >= 0) {
            t = Whitespace.line(Parser.unescapeEntities(t, false)); // entities escaped twice by the page
        }
        // a bar in a heading sets off a section or site name ("Headline | Opinion"), seldom part of it
        Matcher bar = BAR.matcher(t);
        if (bar.find() && bar.start() > 0 && words(t.substring(0, bar.start())) >= 2) {
            t = t.substring(0, bar.start()).strip();
        }
        return t;
    }

    /**
     * Whether a heading reads as a headline rather than as a label or a paragraph: not set all in
     * capitals (a styled kicker such as "OUR SERVICES") and not longer than a headline runs.
     */
    private static boolean isTitleLike(String h) {
        int words = words(h);
        if (words > MAX_TITLE_WORDS) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < h.length() && !lower; i++) {
            lower = Character.isLowerCase(h.charAt(i));
        }
        return lower || words < 2;
    }

    /** The heading without a part that is the site's own name ("Headline – Site" → "Headline"). */
    static String stripSiteNamed(String heading, List<String> sites) {
        List<int[]> seps = separators(heading);
        if (seps.isEmpty()) {
            return heading;
        }
        int[] last = seps.get(seps.size() - 1);
        if (isSite(heading.substring(last[1]), sites)) {
            return heading.substring(0, last[0]).strip();
        }
        int[] first = seps.get(0);
        if (isSite(heading.substring(0, first[0]), sites)) {
            return heading.substring(first[1]).strip();
        }
        return heading;
    }

    /** The title without the site's name at its end or start ("Headline | Site" → "Headline"). */
    static String stripSite(String title, List<String> sites) {
        String t = Whitespace.line(title);
        List<int[]> seps = separators(t);
        if (seps.isEmpty()) {
            return t;
        }
        int start = 0;
        int end = t.length();
        // drop site-named parts from either end
        boolean changed = true;
        while (changed) {
            changed = false;
            List<int[]> inner = within(seps, start, end);
            if (inner.isEmpty()) {
                break;
            }
            int[] last = inner.get(inner.size() - 1);
            int[] first = inner.get(0);
            if (isSite(t.substring(last[1], end), sites)) {
                end = last[0];
                changed = true;
            } else if (isSite(t.substring(start, first[0]), sites)) {
                start = first[1];
                changed = true;
            }
        }
        List<int[]> inner = within(seps, start, end);
        if (start == 0 && end == t.length() && !inner.isEmpty()) {
            // no part names the site: the last part is still a site or section name far more often than
            // part of the headline, unless the first part is the short one
            int[] first = inner.get(0);
            int[] last = inner.get(inner.size() - 1);
            String head = t.substring(start, first[0]);
            String tail = t.substring(last[1], end);
            if (words(head) <= 3 && words(tail) > 2 * words(head) + 2) {
                start = first[1];
            } else {
                end = last[0];
            }
        }
        String r = t.substring(start, end).strip();
        return r.isEmpty() ? t : r;
    }

    private static List<int[]> separators(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) {
            if (m.start() > 0 && m.end() < t.length()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static List<int[]> within(List<int[]> seps, int start, int end) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : seps) {
            if (s[0] > start && s[1] < end) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * True when the heading is the stated title's main part: the part before a separator, or the part
     * after one when what stands before is shorter (a site or section name: "Site | Headline").
     */
    private static boolean isSegment(String heading, String title) {
        String nh = norm(heading);
        for (int[] s : separators(title)) {
            if (norm(title.substring(0, s[0])).equals(nh)) {
                return true;
            }
            if (norm(title.substring(s[1])).equals(nh) && words(title.substring(0, s[0])) < words(heading)) {
                return true;
            }
        }
        return false;
    }

    /** True when what the heading adds after the title has no words outside brackets: a count, a source. */
    private static boolean isLabel(String heading, String title) {
        int at = heading.toLowerCase(Locale.ROOT).indexOf(title.toLowerCase(Locale.ROOT));
        String rest = at >= 0 ? heading.substring(at + title.length()) : heading;
        rest = rest.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the heading is a stated title's last or first part, not its main one: the site's name. */
    private static boolean isSiteSegment(String heading, List<String> titles) {
        String nh = norm(heading);
        if (nh.isEmpty()) {
            return true;
        }
        for (String t : titles) {
            List<int[]> seps = separators(t);
            if (!seps.isEmpty() && (norm(t.substring(seps.get(seps.size() - 1)[1])).equals(nh)
                    || norm(t.substring(0, seps.get(0)[0])).equals(nh) && seps.size() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is one of the site's names, or its host name written out ("Shipway.org", "Shipway"). */
    static boolean isSite(String text, List<String> sites) {
        String n = norm(text);
        if (n.isEmpty()) {
            return false;
        }
        String compact = n.replace(" ", "");
        for (String site : sites) {
            String s = norm(site);
            if (s.isEmpty()) {
                continue;
            }
            String sc = s.replace(" ", "");
            // "Shipway.org" is the site "shipway"; "Quill Magazine" is the site "Quill"
            if (n.equals(s) || compact.equals(sc) || sc.length() >= 4 && compact.startsWith(sc)
                    && (compact.length() - sc.length() <= 4 || n.startsWith(s + " "))) {
                return true;
            }
        }
        return false;
    }

    /** The largest share of content words the heading has in common with one of the titles (Jaccard). */
    private static double similarity(List<String> heading, List<String> titles) {
        Set<String> h = new HashSet<>(heading);
        double best = 0;
        for (String t : titles) {
            Set<String> w = new HashSet<>(contentWords(t));
            int common = 0;
            for (String x : h) {
                common += w.contains(x) ? 1 : 0;
            }
            int union = h.size() + w.size() - common;
            best = Math.max(best, union == 0 ? 0 : (double) common / union);
        }
        return best;
    }

    private static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !SMALL_WORDS.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w); // a crude stem: "trends" meets "trend"
            }
        }
        return out;
    }

    private static int words(String s) {
        String n = norm(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }

    /** Lower-cased words joined by single spaces: how titles are compared. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(m.group());
        }
        return b.toString();
    }
}
