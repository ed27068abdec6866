package dev.dyad.extract.html;

import dev.dyad.extract.html.JsonLdItem.JsonLdAuthor;
import dev.dyad.extract.html.MetaPageScan.Spot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's authors. Three witnesses: the article's JSON-LD authors, author meta tags, and the
 * byline shown by the headline. Structured data wins when it names people; a shown byline wins over
 * structured data that only names an organisation, the site itself or a user handle. An organisation
 * is returned only when nobody else signs the page. Stateless and thread-safe.
 */
final class MetaAuthors {
    private static final int MAX_BYLINE_TEXT = 160;
    /** The longest text of an author box's first element read as a name. */
    private static final int MAX_NAME_TEXT = 60;

    private MetaAuthors() {
    }

    static List<String> choose(JsonLdPage ld, MetaTags tags, MetaPageScan scan, int anchor, List<String> sites) {
        List<String> people = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (JsonLdItem item : new JsonLdItem[] {ld.main(), ld.page()}) {
            if (item == null || !people.isEmpty()) {
                continue;
            }
            for (JsonLdAuthor a : item.authors()) {
                List<String> names = MetaNames.parse(a.name());
                if (a.organization()) {
                    addAll(organizations, names);
                } else {
                    addAll(people, withoutSites(names, sites, organizations));
                }
            }
        }
        List<String> meta = new ArrayList<>();
        for (String v : tags.field("author")) {
            addAll(meta, withoutSites(MetaNames.parse(v), sites, organizations));
        }
        String label = tags.first("twitter:label1");
        if (label != null && label.toLowerCase(Locale.ROOT).contains("written by")) {
            addAll(meta, withoutSites(MetaNames.parse(tags.first("twitter:data1")), sites, organizations));
        }
        List<String> shown = shown(scan, anchor, sites, organizations);
        List<String> best = people.isEmpty() ? meta : people;
        if (best.isEmpty()) {
            best = shown;
        } else if (!shown.isEmpty() && strength(best) < 2 && strength(shown) == 2) {
            // a handle ("jdoe") or a lone word in the metadata, a full name in the byline
            best = shown;
        }
        return best.isEmpty() ? organizations : best;
    }

    /**
     * The names of the byline nearest to the headline: after it, or a little before it (bylines above
     * the headline count three times their distance). Names the site goes by are moved to
     * {@code organizations}, so a byline that names only the site ("By Acme") answers nothing here.
     */
    static List<String> shown(MetaPageScan scan, int anchor, List<String> sites, List<String> organizations) {
        List<String> best = List.of();
        long bestDistance = Long.MAX_VALUE;
        for (Spot s : scan.bylines) {
            if (s.aside()) {
                continue;
            }
            long distance = s.order() >= anchor ? s.order() - anchor : 3L * (anchor - s.order());
            if (distance >= bestDistance) {
                continue;
            }
            List<String> all = MetaNames.parse(text(s.element()));
            if (all.isEmpty() && s.strong()) {
                // an author box: the name first, then a bio too long to read as a byline
                all = MetaNames.parse(firstLeafText(s.element()));
                // what an author box starts with may be a link or a label: only a name written in full
                all = strength(all) == 2 ? all : List.of();
            }
            if (!s.strong()) {
                all = capitalised(all); // a "By ..." found in text alone: sentences start that way too
            }
            if (!all.isEmpty()) {
                best = all;
                bestDistance = distance;
            }
        }
        return withoutSites(best, sites, organizations);
    }

    private static String text(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("creator")) {
            if (e.hasAttr("content")) {
                return e.attr("content");
            }
            Element name = e.selectFirst("[itemprop=name]");
            if (name != null) {
                return name.hasAttr("content") ? name.attr("content") : MetaText.bounded(name, MAX_BYLINE_TEXT, true);
            }
        }
        String t = MetaText.bounded(e, MAX_BYLINE_TEXT, true);
        if (t != null && MetaNames.stripPrefix(t).isEmpty()) {
            // a label ("Written by") whose name stands in the next element
            Element next = e.nextElementSibling();
            return next == null ? null : MetaText.bounded(next, MAX_BYLINE_TEXT, true);
        }
        return t;
    }

    /** The text of the first element inside that holds text and no element, when short; or null. */
    private static String firstLeafText(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && d.childrenSize() == 0 && d.hasText()) {
                String t = MetaText.bounded(d, MAX_NAME_TEXT);
                return t == null || t.isBlank() ? null : t;
            }
        }
        return null;
    }

    /** Names that are the site's own are set aside as organisations. */
    private static List<String> withoutSites(List<String> names, List<String> sites, List<String> organizations) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (MetaTitles.isSite(n, sites)) {
                addAll(organizations, List.of(n));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** Shown bylines write names with capitals; lower-case words there are phrases of the page. */
    private static List<String> capitalised(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (Character.isUpperCase(n.codePointAt(0))) {
                out.add(n);
            }
        }
        return out;
    }

    private static int strength(List<String> names) {
        int best = 0;
        for (String n : names) {
            best = Math.max(best, MetaNames.personLike(n));
        }
        return best;
    }

    private static void addAll(List<String> to, List<String> names) {
        for (String n : names) {
            boolean dup = false;
            for (String t : to) {
                dup |= t.equalsIgnoreCase(n);
            }
            if (!dup) {
                to.add(n);
            }
        }
    }
}
