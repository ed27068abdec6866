package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaChoices.Choice;
import dev.dyad.text.Whitespace;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headlines a page may have, one choice per wording (compared by lower-cased words), with what
 * speaks for each: which witnesses state it (the {@code <h1>}, OpenGraph, JSON-LD, other title tags, the
 * document's {@code <title>}), whole, without its site name ({@link MetaTitles#stripSite}), or cut at its
 * first separator (its other parts are choices too); how many witnesses agree; its length; whether it is
 * a site name; whether the rule cascade ({@link MetaTitles#choose}) picks it; how it compares with the
 * page's URL slug and its other wordings ({@link #relate}); whether a byline, a date or an article's
 * markup stands by the first heading, and whether its markup is bare; and whether a stated title is also
 * in the page's visible text. Editors often give the visible heading and the stated title different
 * wordings, and which one a page means as its title is what the learned weights decide.
 * Stateless and thread-safe.
 */
final class TitleChoices {
    static final List<String> FEATURES = List.of(
            "cascade", "h1", "h1.first", "og", "og.cut", "og.head", "ld", "ld.cut", "ld.head", "meta", "meta.cut",
            "meta.head", "doc", "doc.cut", "doc.head", "ld.page", "ld.page.cut", "witnesses", "site", "short",
            "long", "separator", "colon", "bracket", "slug", "slug.cover", "slug.best", "segment", "capitals",
            "within", "extends", "words", "likeness", "h1.dated", "h1.article", "in.text", "h1.bare");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—•·»«~/]\\s+|\\s+::\\s+|\\s*[|•·»]\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** The witness names, whose presence in any form {@code witnesses} counts. */
    private static final List<String> WITNESSES = List.of("h1", "og", "ld", "meta", "doc", "ld.page");

    private TitleChoices() {
    }

    /**
     * @param cascade  the rule cascade's headline, or null
     * @param headings the page's h1 headings' text, asides excluded
     * @param og       og:title, or null
     * @param ld       the article's JSON-LD headline, or null
     * @param meta     the other title tags' values
     * @param doc      the document's {@code <title>}, or null
     * @param ldPage   the web page's JSON-LD name, or null
     * @param sites    names the site goes by
     */
    static List<Choice> of(String cascade, List<String> headings, String og, String ld, List<String> meta,
                           String doc, String ldPage, List<String> sites) {
        return of(cascade, headings, og, ld, meta, doc, ldPage, sites, null, new Heading(false, false), null);
    }

    /**
     * What stands around the page's first heading: a byline or a date by it, and markup that makes it an
     * article's header ({@code <article>}, an article's microdata, an "entry-header" class). A heading
     * without either is more often a banner's slogan than the title meant. A bare heading (no class, id or
     * item property) is often one an editor typed into the text rather than the template's headline.
     */
    record Heading(boolean dated, boolean article, boolean bare) {
        Heading(boolean dated, boolean article) {
            this(dated, article, false);
        }
    }

    /**
     * As above, with the page's address (or null), whose path often spells the title it was first given,
     * what stands around the first heading, and the page's visible text (or null): a stated title a reader
     * also sees is more often the one meant.
     */
    static List<Choice> of(String cascade, List<String> headings, String og, String ld, List<String> meta,
                           String doc, String ldPage, List<String> sites, String url, Heading heading,
                           String text) {
        MetaChoices c = new MetaChoices(FEATURES);
        offer(c, cascade, "cascade");
        for (int i = 0; i < headings.size(); i++) {
            Choice x = offer(c, MetaTitles.stripSiteNamed(headings.get(i), sites), "h1");
            if (x != null && i == 0) {
                c.set(x, "h1.first", 1);
                c.set(x, "h1.dated", heading.dated() ? 1 : 0);
                c.set(x, "h1.article", heading.article() ? 1 : 0);
                c.set(x, "h1.bare", heading.bare() ? 1 : 0);
            }
        }
        stated(c, og, "og", sites);
        stated(c, ld, "ld", sites);
        for (String m : meta) {
            stated(c, m, "meta", sites);
        }
        stated(c, doc, "doc", sites);
        stated(c, ldPage, "ld.page", sites);
        List<Choice> out = c.list();
        for (Choice x : out) {
            boolean[] seen = new boolean[WITNESSES.size()];
            int n = 0;
            for (int j = 0; j < FEATURES.size(); j++) {
                int w = x.features()[j] > 0 ? witnessOf(FEATURES.get(j)) : -1;
                if (w >= 0 && !seen[w]) {
                    seen[w] = true;
                    n++;
                }
            }
            c.set(x, "witnesses", Math.log1p(n));
            int words = x.key().split(" ").length;
            c.set(x, "site", MetaTitles.isSite(x.value(), sites) ? 1 : 0);
            c.set(x, "short", words <= 2 ? 1 : 0);
            c.set(x, "long", words > 20 ? 1 : 0);
            c.set(x, "separator", SEPARATOR.matcher(x.value()).find() ? 1 : 0);
            c.set(x, "colon", x.value().indexOf(':') >= 0 ? 1 : 0);
            c.set(x, "bracket", x.value().indexOf('[') >= 0 || x.value().indexOf('(') >= 0 ? 1 : 0);
        }
        relate(c, out, url, List.of(og == null ? "" : og, doc == null ? "" : doc));
        if (text != null) {
            // a heading is in the text by being there: only a stated title a reader sees as well says something
            String words = " " + key(text) + " ";
            for (Choice x : out) {
                boolean h1 = x.features()[FEATURES.indexOf("h1")] > 0;
                c.set(x, "in.text", !h1 && words.contains(" " + x.key() + " ") ? 1 : 0);
            }
        }
        return out;
    }

    /**
     * The features that compare a wording with the page's address and its other wordings: the share of
     * its words the URL's slug (the path's last part) spells and the share of the slug's words it holds
     * (and whether no other wording holds more), whether it is one of the later parts of a stated title (a
     * site or section name), whether it is written in capitals, its length in words (log), how much it has
     * in common with the closest other wording (Jaccard of words), and whether it lies within, or extends,
     * another wording.
     */
    private static void relate(MetaChoices c, List<Choice> out, String url, List<String> stated) {
        Set<String> path = pathWords(url);
        double best = 0;
        double[] cover = new double[out.size()];
        for (int i = 0; i < out.size(); i++) {
            String[] words = out.get(i).key().split(" ");
            int in = 0;
            Set<String> mine = new HashSet<>(List.of(words));
            for (String w : words) {
                in += path.contains(w) ? 1 : 0;
            }
            int covered = 0;
            for (String w : path) {
                covered += mine.contains(w) ? 1 : 0;
            }
            cover[i] = path.isEmpty() ? 0 : (double) covered / path.size();
            best = Math.max(best, cover[i]);
            c.set(out.get(i), "slug", path.isEmpty() ? 0 : (double) in / words.length);
            c.set(out.get(i), "slug.cover", cover[i]);
        }
        Set<String> tails = new HashSet<>();
        for (String t : stated) {
            Matcher m = SEPARATOR.matcher(t);
            int from = -1;
            while (m.find()) {
                if (from >= 0) {
                    tails.add(key(t.substring(from, m.start())));
                }
                from = m.end();
            }
            if (from > 0) {
                tails.add(key(t.substring(from)));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Choice x = out.get(i);
            c.set(x, "slug.best", best > 0 && cover[i] == best ? 1 : 0);
            c.set(x, "segment", tails.contains(x.key()) ? 1 : 0);
            String letters = x.value().replaceAll("[^\\p{L}]", "");
            c.set(x, "capitals", letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.ROOT)) ? 1 : 0);
            c.set(x, "words", Math.log(x.key().split(" ").length));
            Set<String> mine = new HashSet<>(List.of(x.key().split(" ")));
            double like = 0;
            for (Choice y : out) {
                if (y == x) {
                    continue;
                }
                Set<String> theirs = new HashSet<>(List.of(y.key().split(" ")));
                int both = 0;
                for (String w : theirs) {
                    both += mine.contains(w) ? 1 : 0;
                }
                like = Math.max(like, (double) both / (mine.size() + theirs.size() - both));
            }
            c.set(x, "likeness", like);
            for (Choice y : out) {
                if (y != x && y.key().length() > x.key().length() && (" " + y.key() + " ").contains(" " + x.key() + " ")) {
                    c.set(x, "within", 1);
                    c.set(y, "extends", 1);
                }
            }
        }
    }

    /** The words of a URL's slug, the last part of its path ("/blog/how-tides-work.html" → how, tides, work). */
    private static Set<String> pathWords(String url) {
        Set<String> out = new HashSet<>();
        if (url == null) {
            return out;
        }
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        int root = u.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (root < 0) {
            return out;
        }
        int end = u.length();
        for (char ch : new char[] {'?', '#'}) {
            int i = u.indexOf(ch, root);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        while (end > root && u.charAt(end - 1) == '/') {
            end--;
        }
        if (end <= root) {
            return out;
        }
        // the folders before the slug (sections, dates) are not the title's
        int start = u.lastIndexOf('/', end - 1) + 1;
        int dot = u.lastIndexOf('.', end - 1);
        end = dot > start ? dot : end;
        Matcher m = WORD.matcher(u.substring(start, end).replace('_', ' '));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Which witness a feature names ("og.cut" → og), or -1. */
    private static int witnessOf(String feature) {
        if (feature.startsWith("ld.page")) {
            return WITNESSES.indexOf("ld.page");
        }
        int dot = feature.indexOf('.');
        return WITNESSES.indexOf(dot < 0 ? feature : feature.substring(0, dot));
    }

    /**
     * A stated title whole, without its site name, and cut at its first separator; and each of its other
     * parts between separators, with no feature of their own: one is now and then the headline after a
     * section's name ("Webcams - Yosemite National Park"), and the others, site and section names, show the
     * ranker what such parts look like.
     */
    private static void stated(MetaChoices c, String title, String source, List<String> sites) {
        if (title == null || title.isBlank()) {
            return;
        }
        String t = Whitespace.line(title);
        offer(c, t, source);
        offer(c, MetaTitles.stripSite(t, sites), source + ".cut");
        if (!FEATURES.contains(source + ".head")) {
            return;
        }
        Matcher m = SEPARATOR.matcher(t);
        if (m.find() && m.start() > 0) {
            offer(c, t.substring(0, m.start()).strip(), source + ".head");
            int last = m.end();
            while (m.find()) {
                offer(c, t.substring(last, m.start()).strip(), null);
                last = m.end();
            }
            offer(c, t.substring(last).strip(), null);
        }
    }

    private static Choice offer(MetaChoices c, String title, String feature) {
        String t = MetaText.repair(title);
        return t == null ? null : c.offer(t, key(t), feature);
    }

    /** Lower-cased words joined by single spaces: when two titles are the same. */
    static String key(String s) {
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
