package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaPageScan.Spot;
import dev.dyad.text.Whitespace;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page says about its article outside the body text: headline, standfirst, authors,
 * publication date, canonical URL, declared language, and the article text its JSON-LD states.
 *
 * <p>Each field weighs several witnesses: JSON-LD ({@link JsonLdReader}), OpenGraph, Twitter, Dublin
 * Core and other meta tags ({@code meta-keys.tsv}), and the visible page (the {@code <h1>}, the byline and
 * the date shown by it, found in one walk over the body). Authors prefer structured data that names
 * people ({@link MetaAuthors}). The headline and the date are chosen among their candidates
 * ({@link TitleChoices}, {@link DateChoices}) by weights learned on WCXB's pages ({@link MetaRanker});
 * the rule cascades ({@link MetaTitles}, {@link MetaDates}) are one of the features, and the cascade's
 * headline sets where the article starts for the byline and the date shown by it.
 *
 * <p>Reads the document without changing it. Immutable and thread-safe; never throws on odd markup or
 * broken JSON-LD.
 */
public final class HtmlMetadataExtractor {
    /** Classes and ids that mark an article's header ("entry-header", "post_title"). */
    private static final Pattern ARTICLE_HEADER = Pattern.compile("(entry|post|article)[-_](header|title)");

    public PageMetadata extract(Document page) {
        return extract(page, MetaRanker.shipped());
    }

    /** The metadata, the title and the date chosen among their witnesses by the ranker's weights. */
    PageMetadata extract(Document page, MetaRanker ranker) {
        Witnessed w = witness(page);
        return new PageMetadata(ranker.choose("title", w.titles()), w.subtitle(), w.authors(),
                ranker.choose("date", w.dates()), w.url(), w.language(), w.articleBody());
    }

    /**
     * What the page states, the title and the date as candidates still to choose among.
     *
     * @param titles the headline's candidates ({@link TitleChoices})
     * @param dates  the publication date's candidates ({@link DateChoices})
     */
    record Witnessed(List<MetaChoices.Choice> titles, List<MetaChoices.Choice> dates, List<String> authors,
                     String subtitle, String url, String language, String articleBody) {
    }

    /** Reads every witness of the page's metadata; chooses all but the title and the date. */
    static Witnessed witness(Document page) {
        MetaTags tags = MetaTags.read(page);
        JsonLdPage ld = JsonLdReader.read(page);
        MetaPageScan scan = MetaPageScan.scan(page);
        JsonLdItem main = ld.main();

        String url = first(tags.canonical(), tags.firstOf("url"), main == null ? null : main.url());
        List<String> sites = siteNames(tags, ld, url);

        List<String> headings = new ArrayList<>();
        List<Spot> headingSpots = new ArrayList<>();
        boolean anyInside = scan.headings.stream().anyMatch(s -> !s.aside());
        for (Spot s : scan.headings) {
            // a heading in an aside is the title only when the page has no other; a heading that ends with a
            // colon introduces what follows ("Erik Demaine's Folding and Unfolding:"), it is not a title
            if (!s.aside() || !anyInside) {
                String t = MetaTitles.headingText(s.element());
                if (!t.isEmpty() && !t.endsWith(":")) {
                    headings.add(t);
                    headingSpots.add(s);
                }
            }
        }
        List<String> stated = new ArrayList<>();
        stated.add(tags.first("og:title"));
        stated.add(main == null || "page".equals(main.kind()) ? null : main.headline());
        stated.addAll(tags.field("title"));
        stated.add(documentTitle(page));
        if (main != null && "page".equals(main.kind())) {
            stated.add(main.headline());
        }
        // the rule cascade's headline sets where the article starts, for the byline and the date shown by it
        String title = MetaText.repair(MetaTitles.choose(headings, stated, sites));
        List<MetaChoices.Choice> titles = TitleChoices.of(title, headings, tags.first("og:title"),
                main == null || "page".equals(main.kind()) ? null : main.headline(), tags.field("title"),
                documentTitle(page), main != null && "page".equals(main.kind()) ? main.headline() : null, sites, url,
                heading(scan, headingSpots), page.body() == null ? null : page.body().text());

        int anchor = headingSpots.isEmpty() ? 0 : headingSpots.get(0).order();
        for (int i = 0; i < headings.size(); i++) {
            if (title != null && headings.get(i).startsWith(title)) {
                anchor = headingSpots.get(i).order();
                break;
            }
        }
        List<String> authors = new ArrayList<>();
        // a personal site's host is often its author's name: only stated site names set a name aside
        List<String> statedSites = host(url) == null ? sites : sites.subList(0, sites.size() - 1);
        for (String a : MetaAuthors.choose(ld, tags, scan, anchor, statedSites)) {
            authors.add(MetaText.repair(a));
        }
        List<String> urls = new ArrayList<>();
        urls.add(url);
        urls.add(tags.firstOf("url"));
        List<MetaChoices.Choice> dates = DateChoices.of(ld, tags, scan, anchor, urls,
                DateChoices.scriptDate(page));

        String subtitle = MetaText.repair(subtitle(page, tags, main));
        String language = language(page, tags, main);
        String body = main != null && "article".equals(main.kind()) ? main.articleBody() : null;
        return new Witnessed(titles, dates, authors, subtitle, url, language, body);
    }

    /** What stands around the first heading ({@link TitleChoices.Heading}). */
    private static TitleChoices.Heading heading(MetaPageScan scan, List<Spot> headings) {
        if (headings.isEmpty()) {
            return new TitleChoices.Heading(false, false);
        }
        Spot h = headings.get(0);
        boolean dated = false;
        for (List<Spot> spots : List.of(scan.bylines, scan.dates, scan.datedTexts)) {
            for (Spot s : spots) {
                dated |= !s.aside() && s.order() >= h.order() - 40 && s.order() <= h.order() + 120;
            }
        }
        boolean article = false;
        for (Element e = h.element(); e != null && !article; e = e.parent()) {
            String cues = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            article = e.normalName().equals("article") || e.attr("itemtype").contains("Article")
                    || e.attr("itemtype").contains("BlogPosting") || ARTICLE_HEADER.matcher(cues).find();
        }
        Element e = h.element();
        boolean bare = e.className().isBlank() && e.id().isBlank() && e.attr("itemprop").isBlank();
        return new TitleChoices.Heading(dated, article, bare);
    }

    /**
     * The standfirst: the first description the page states. A meta description is often cut short by its
     * publisher (at about 160 characters) and ends with an ellipsis; then the whole standfirst is taken from
     * another witness that has it, another description or a paragraph or heading of the page beginning with
     * the same words (the shortest such, so not a whole article that happens to open with them), and the cut
     * one is kept only where nothing has more.
     */
    static String subtitle(Document page, MetaTags tags, JsonLdItem main) {
        List<String> stated = new ArrayList<>();
        stated.add(tags.firstOf("description"));
        stated.addAll(tags.field("description"));
        stated.add(main == null ? null : main.description());
        String chosen = first(stated.toArray(String[]::new));
        if (chosen == null || !cutShort(chosen)) {
            return chosen;
        }
        String stem = chosen.substring(0, chosen.length() - (chosen.endsWith("...") ? 3 : 1)).strip();
        if (stem.length() < 20) {
            return chosen;
        }
        List<String> witnesses = new ArrayList<>();
        for (String v : stated) {
            if (v != null) {
                witnesses.add(Whitespace.line(v));
            }
        }
        for (Element e : page.select("p, h2, h3, [class*=standfirst], [class*=dek], [class*=subtitle], [class*=summary]")) {
            witnesses.add(Whitespace.line(e.text()));
        }
        String whole = null;
        for (String w : witnesses) {
            if (w.length() > stem.length() && w.startsWith(stem) && !cutShort(w)
                    && (whole == null || w.length() < whole.length())) {
                whole = w;
            }
        }
        return whole == null ? chosen : whole;
    }

    private static boolean cutShort(String s) {
        String t = s.strip();
        return t.endsWith("\u2026") || t.endsWith("...");
    }

    /** The text of the head's {@code <title>} (not an SVG's), or null. */
    private static String documentTitle(Document page) {
        Element head = page.head();
        Element t = head == null ? null : head.selectFirst("title");
        if (t == null) {
            t = page.selectFirst("title");
        }
        String s = t == null ? "" : Whitespace.line(t.text());
        return s.isEmpty() ? null : s;
    }

    /** Names the site goes by: stated site names, the publisher, and the host name's main label. */
    private static List<String> siteNames(MetaTags tags, JsonLdPage ld, String url) {
        List<String> sites = new ArrayList<>(tags.field("site"));
        sites.addAll(ld.siteNames());
        if (ld.main() != null && ld.main().publisher() != null) {
            sites.add(ld.main().publisher());
        }
        String host = host(url);
        if (host != null) {
            sites.add(host);
        }
        return sites;
    }

    /** "https://www.shipway.org/x" → "shipway": the label before the public suffix, which titles often carry. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
            if (labels.length < 2) {
                return null;
            }
            // the label before "com", or before "co.uk" when the next-to-last label is short
            int i = labels.length - 2;
            if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
                i--;
            }
            return labels[i].length() >= 4 ? labels[i] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The primary language subtag the markup declares ("en-US" → "en"), or null. */
    private static String language(Document page, MetaTags tags, JsonLdItem main) {
        Element html = page.selectFirst("html");
        List<String> declared = new ArrayList<>();
        if (html != null) {
            declared.add(html.attr("lang"));
            declared.add(html.attr("xml:lang"));
        }
        declared.addAll(tags.field("language"));
        if (main != null) {
            declared.add(main.language());
        }
        for (String d : declared) {
            if (d == null) {
                continue;
            }
            String p = d.trim().toLowerCase(Locale.ROOT).split("[-_\\s,;]", 2)[0];
            if (p.matches("[a-z]{2,3}")) {
                return p;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Whitespace.line(v);
            }
        }
        return null;
    }
}
