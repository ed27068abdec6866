package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaPageScan.Spot;
import dev.dyad.text.DateParser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's publication date. The cascade, most trusted first: the article's JSON-LD
 * {@code datePublished}; publication meta tags ({@code article:published_time} and kin); a date shown
 * by the headline ({@code <time>}, {@code itemprop=datePublished}, elements marked as dates); a date in
 * the URL (/2019/11/19/); and last, the creation or revision dates the page states. Dates introduced by
 * "Updated" in the page are read only when nothing else dates the page. Stateless and thread-safe.
 */
final class MetaDates {
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|\\.html?|$)");
    private static final int MAX_DATE_TEXT = 160;
    /** How far before the headline a shown date may stand (elements in document order). */
    private static final int BEFORE_HEADING = 40;
    /** How far after the headline a dateline written as plain text may stand. */
    private static final int AFTER_HEADING = 120;

    private MetaDates() {
    }

    static String choose(JsonLdPage ld, MetaTags tags, MetaPageScan scan, int anchor, List<String> urls) {
        String d = cascade(ld, tags, scan, anchor, urls);
        String fromUrl = null;
        for (String url : urls) {
            fromUrl = fromUrl == null ? fromUrl(url) : fromUrl;
        }
        if (d != null && fromUrl != null && !d.startsWith(fromUrl)) {
            Optional<LocalDate> a = DateParser.isoDate(d);
            Optional<LocalDate> b = DateParser.isoDate(fromUrl);
            // a time stated in UTC may fall on the next or previous day; the URL keeps the local day
            if (a.isPresent() && b.isPresent() && Math.abs(ChronoUnit.DAYS.between(a.get(), b.get())) == 1) {
                return fromUrl;
            }
        }
        return d;
    }

    private static String cascade(JsonLdPage ld, MetaTags tags, MetaPageScan scan, int anchor, List<String> urls) {
        JsonLdItem main = ld.main();
        String d = null;
        for (String v : tags.field("published")) {
            d = parse(v);
            if (d != null) {
                break;
            }
        }
        if (d == null) {
            d = shown(scan, anchor, true);
        }
        if (d == null) {
            d = parse(main == null ? null : main.datePublished());
        }
        if (d == null) {
            d = parse(ld.page() == null ? null : ld.page().datePublished());
        }
        if (d == null) {
            d = written(scan, anchor);
        }
        if (d == null) {
            for (String url : urls) {
                d = fromUrl(url);
                if (d != null) {
                    break;
                }
            }
        }
        if (d == null && main != null) {
            d = parse(main.dateCreated());
        }
        if (d == null && main != null) {
            d = parse(main.dateModified());
        }
        if (d == null) {
            d = parse(tags.firstOf("modified"));
        }
        return d;
    }

    /** A full date written as plain text by the headline, without markup that says it is one. */
    static String written(MetaPageScan scan, int anchor) {
        for (Spot s : scan.datedTexts) {
            if (s.aside() || s.order() < anchor - BEFORE_HEADING) {
                continue;
            }
            if (s.order() > anchor + AFTER_HEADING) {
                break;
            }
            Read r = read(s.element());
            if (r != null && r.date.length() >= 10) {
                return r.date;
            }
        }
        return null;
    }

    /** The date shown nearest after the headline; revision dates only when {@code updated} is true. */
    static String shown(MetaPageScan scan, int anchor, boolean updated) {
        String fallback = null;
        for (Spot s : scan.dates) {
            if (s.aside()) {
                continue;
            }
            Read r = read(s.element());
            if (r == null || r.updated && !updated) {
                continue;
            }
            if (s.order() >= anchor - BEFORE_HEADING) {
                return r.date;
            }
            if (fallback == null) {
                fallback = r.date;
            }
        }
        return fallback;
    }

    /** A date read from an element: whether its words or markup call it a revision or the publication. */
    record Read(String date, boolean updated, boolean published) {
        Read(String date, boolean updated) {
            this(date, updated, false);
        }
    }

    static Read read(Element e) {
        String lowerCues = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        boolean updatedCue = lowerCues.contains("updated") || lowerCues.contains("modified");
        for (String attr : new String[] {"datetime", "content", "data-date", "data-timestamp", "title"}) {
            String v = e.attr(attr);
            if (!v.isBlank()) {
                String d = parse(v);
                if (d != null) {
                    return new Read(d, updatedCue, lowerCues.contains("publish"));
                }
            }
        }
        String text = MetaText.bounded(e, MAX_DATE_TEXT);
        if (text == null || text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int pub = firstCue(lower, "published");
        int upd = firstCue(lower, "updated");
        if (pub >= 0) {
            // "Updated May 3 | Published May 1": the date after the publication cue
            String d = parse(text.substring(pub));
            if (d != null) {
                return new Read(d, false, true);
            }
        }
        String d = parse(text);
        return d == null ? null : new Read(d, updatedCue || upd >= 0 && upd < 20);
    }

    private static int firstCue(String lower, String kind) {
        int best = -1;
        for (String cue : MetaLexicon.CUES.get(kind)) {
            int i = lower.indexOf(cue);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** A date in a URL path: /2019/11/19/ or /2019-11-19-. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return DateParser.find(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3))).orElse(null);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    static String parse(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        Optional<String> d = DateParser.find(v.length() > 300 ? v.substring(0, 300) : v);
        return d.orElse(null);
    }
}
