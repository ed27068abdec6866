package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaChoices.Choice;
import dev.dyad.text.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headlines a page may have, one choice per wording (compared by lower-cased words), with what
 * speaks for each: which witnesses state it (the {@code <h1>}, OpenGraph, JSON-LD, other title tags, the
 * document's {@code <title>}), whole, without its site name ({@link MetaTitles#stripSite}), or cut at its
 * first separator; how many witnesses agree; its length; whether it is a site name; and whether the rule
 * cascade ({@link MetaTitles#choose}) picks it. Editors often give the visible heading and the stated
 * title different wordings, and which one a page means as its title is what the learned weights decide.
 * Stateless and thread-safe.
 */
final class TitleChoices {
    static final List<String> FEATURES = List.of(
            "cascade", "h1", "h1.first", "og", "og.cut", "og.head", "ld", "ld.cut", "ld.head", "meta", "meta.cut",
            "meta.head", "doc", "doc.cut", "doc.head", "ld.page", "ld.page.cut", "witnesses", "site", "short",
            "long", "separator", "colon", "bracket");
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
        MetaChoices c = new MetaChoices(FEATURES);
        offer(c, cascade, "cascade");
        for (int i = 0; i < headings.size(); i++) {
            Choice x = offer(c, MetaTitles.stripSiteNamed(headings.get(i), sites), "h1");
            if (x != null && i == 0) {
                c.set(x, "h1.first", 1);
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

    /** A stated title whole, without its site name, and cut at its first separator. */
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
