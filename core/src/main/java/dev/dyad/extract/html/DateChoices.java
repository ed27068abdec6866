package dev.dyad.extract.html;

import dev.dyad.extract.html.MetaChoices.Choice;
import dev.dyad.extract.html.MetaPageScan.Spot;
import dev.dyad.text.DateParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dates a page may have been published on, one choice a day, with what speaks for each: which
 * witnesses state it (JSON-LD, meta tags, a date shown by the headline or further down, the URL, the data
 * of the page's own scripts), whether words by it call it a publication or a revision, whether it is the
 * page's earliest or latest date, and whether the rule cascade ({@link MetaDates#choose}) picks it. A date
 * shown without its time zone joins the stated publication time it renders in another zone. Pages disagree
 * on which of their dates is the publication date (a guide revised every year states both), which is why
 * the weights are learned. Stateless and thread-safe.
 */
final class DateChoices {
    static final List<String> FEATURES = List.of(
            "cascade", "meta.published", "meta.published.first", "ld.published", "ld.page.published",
            "ld.created", "ld.modified", "meta.modified", "shown", "shown.first", "shown.near", "shown.strong",
            "shown.updated", "shown.published", "written.near", "written.first", "written.later",
            "written.updated", "written.published", "url", "url.day", "earliest", "latest", "witnesses",
            "with.time", "visible", "visible.stated", "hidden.while.shown", "shown.aside", "written.before",
            "written.aside", "cascade.hidden", "modified.visible", "published.visible", "visible.earlier",
            "script.published");
    /** The features that name a witness of the date, counted by {@code witnesses}. */
    private static final Set<String> WITNESSES = Set.of("meta.published", "ld.published",
            "ld.page.published", "ld.created", "ld.modified", "meta.modified", "shown", "written.near",
            "written.later", "url");
    /** How far before and after the headline a shown or written date counts as standing by it. */
    private static final int BEFORE_HEADING = 40;
    private static final int AFTER_HEADING = 120;
    /** Written dates read down the page, the first ones only: those further down date comments and links. */
    private static final int MAX_WRITTEN = 12;
    /** How many hours from the UTC day's edge a stated time may be for a day shown beside it to be its own. */
    private static final int ZONE_HOURS = 10;
    /** The longest own text of an element read for a date when the element as a whole is too long. */
    private static final int MAX_OWN_TEXT = 80;
    /** A publication date as a script's data states it: "publishDate": "2025-05-27", 'published_at': '...'. */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:publish(?:ed)?_?(?:date|at|time|on)|date_?published|pub_?date|first_?published(?:_?at)?"
                    + "|publication_?date)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']", Pattern.CASE_INSENSITIVE);
    /** Scripts longer than this are bundled code rather than a page's data and are not read. */
    private static final int MAX_SCRIPT = 400_000;
    /** How far before its "pub" a key {@link #SCRIPT_DATE} reads may start. */
    private static final int SCRIPT_WINDOW = 24;

    private DateChoices() {
    }

    /** {@code scriptDate}: the publication date a page's own script data states ({@link #scriptDate}), or null. */
    static List<Choice> of(JsonLdPage ld, MetaTags tags, MetaPageScan scan, int anchor, List<String> urls,
                           String scriptDate) {
        String url = null;
        for (String u : urls) {
            url = url == null ? MetaDates.fromUrl(decoded(u)) : url;
        }
        String fromUrl = url;
        Optional<LocalDate> urlDay = url == null ? Optional.empty() : DateParser.isoDate(url);
        Offers c = new Offers(new MetaChoices(FEATURES), fromUrl, urlDay, new ArrayList<>());
        offer(c, MetaDates.choose(ld, tags, scan, anchor, urls), "cascade");
        boolean firstTag = true;
        for (String v : tags.field("published")) {
            Choice x = offer(c, moment(c, MetaDates.parse(v)), "meta.published");
            if (x != null && firstTag) {
                c.set(x, "meta.published.first", 1);
                firstTag = false;
            }
        }
        JsonLdItem main = ld.main();
        if (main != null) {
            offer(c, moment(c, MetaDates.parse(main.datePublished())), "ld.published");
            offer(c, MetaDates.parse(main.dateCreated()), "ld.created");
            offer(c, MetaDates.parse(main.dateModified()), "ld.modified");
        }
        if (ld.page() != null) {
            offer(c, moment(c, MetaDates.parse(ld.page().datePublished())), "ld.page.published");
        }
        for (String v : tags.field("modified")) {
            offer(c, MetaDates.parse(v), "meta.modified");
        }
        boolean first = true;
        int asides = 0;
        for (Spot s : scan.dates) {
            if (s.aside()) {
                // a date in a part of the page taken for an aside: often another article's, now and then this one's
                MetaDates.Read r = asides++ < MAX_WRITTEN ? MetaDates.read(s.element()) : null;
                offer(c, r == null ? null : r.date(), "shown.aside");
                continue;
            }
            MetaDates.Read r = MetaDates.read(s.element());
            Choice x = r == null ? null : offer(c, r.date(), "shown");
            if (x == null) {
                continue;
            }
            if (first && s.order() >= anchor - BEFORE_HEADING) {
                c.set(x, "shown.first", 1);
                first = false;
            }
            c.set(x, "shown.near", near(s, anchor) ? 1 : 0);
            c.set(x, "shown.strong", s.strong() ? 1 : 0);
            c.set(x, "shown.updated", r.updated() ? 1 : 0);
            c.set(x, "shown.published", r.published() ? 1 : 0);
        }
        int written = 0;
        int elsewhere = 0;
        for (Spot s : scan.datedTexts) {
            if (s.aside() || s.order() < anchor - BEFORE_HEADING) {
                MetaDates.Read r = elsewhere++ < MAX_WRITTEN ? MetaDates.read(s.element()) : null;
                if (r != null && r.date().length() >= 10) {
                    offer(c, r.date(), s.aside() ? "written.aside" : "written.before");
                }
                continue;
            }
            MetaDates.Read r = readWritten(s.element());
            if (r == null || r.date().length() < 10) {
                continue;
            }
            Choice x = offer(c, r.date(), near(s, anchor) ? "written.near" : "written.later");
            if (x == null) {
                continue;
            }
            if (written == 0) {
                c.set(x, "written.first", 1);
            }
            c.set(x, "written.updated", r.updated() ? 1 : 0);
            c.set(x, "written.published", r.published() ? 1 : 0);
            if (++written >= MAX_WRITTEN) {
                break;
            }
        }
        offer(c, fromUrl, "url");
        offer(c, MetaDates.parse(scriptDate), "script.published");
        List<Choice> out = c.choices().list();
        relate(c, out);
        return out;
    }

    /**
     * The first publication date a page's own scripts state as data ("publishDate": "2025-05-27" in a data
     * layer), JSON-LD aside, or null.
     */
    static String scriptDate(Document page) {
        for (Element e : page.getElementsByTag("script")) {
            if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            for (DataNode node : e.dataNodes()) {
                String d = scriptDate(node.getWholeData());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first publication date a script states as data, or null. */
    private static String scriptDate(String data) {
        if (data.length() > MAX_SCRIPT) {
            return null;
        }
        // the pattern is tried only around the words its keys hold ("publish", "publication", "pubdate"), not
        // at every quote of a long script
        Matcher m = null;
        for (int i = data.indexOf("ub"); i >= 0; i = data.indexOf("ub", i + 2)) {
            if (!data.regionMatches(true, i + 2, "lish", 0, 4) && !data.regionMatches(true, i + 2, "lica", 0, 4)
                    && !data.regionMatches(true, i + 2, "date", 0, 4) && !data.regionMatches(true, i + 2, "_date", 0, 5)) {
                continue;
            }
            m = m == null ? SCRIPT_DATE.matcher(data) : m;
            m.region(Math.max(0, i - SCRIPT_WINDOW), Math.min(data.length(), i + SCRIPT_WINDOW + 60));
            if (m.find()) {
                String d = MetaDates.parse(m.group(1));
                if (d != null && d.length() >= 10) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The features that compare a day with the page's other dates. */
    private static void relate(Offers c, List<Choice> out) {
        String min = null;
        String max = null;
        for (Choice x : out) {
            min = min == null || x.key().compareTo(min) < 0 ? x.key() : min;
            max = max == null || x.key().compareTo(max) > 0 ? x.key() : max;
        }
        boolean anyVisible = false;
        for (Choice x : out) {
            anyVisible |= visible(x);
        }
        for (Choice x : out) {
            if (out.size() > 1) {
                c.set(x, "earliest", x.key().equals(min) ? 1 : 0);
                c.set(x, "latest", x.key().equals(max) ? 1 : 0);
            }
            int n = 0;
            for (int i = 0; i < x.features().length; i++) {
                n += x.features()[i] > 0 && isWitness(FEATURES.get(i)) ? 1 : 0;
            }
            c.set(x, "witnesses", Math.log1p(n));
            c.set(x, "with.time", x.value().length() > 10 ? 1 : 0);
            // the date a reader sees by the headline, and whether the markup states it too
            boolean stated = false;
            for (String f : FEATURES) {
                stated |= (f.startsWith("meta.") || f.startsWith("ld.")) && x.features()[FEATURES.indexOf(f)] > 0;
            }
            c.set(x, "visible", visible(x) ? 1 : 0);
            c.set(x, "visible.stated", visible(x) && stated ? 1 : 0);
            c.set(x, "hidden.while.shown", !visible(x) && anyVisible ? 1 : 0);
            // the cascade trusts the stated publication date; a page that shows readers another date by the
            // headline, one its markup states as the revision, often means that one
            c.set(x, "cascade.hidden", has(x, "cascade") && !visible(x) && anyVisible ? 1 : 0);
            boolean modified = has(x, "ld.modified") || has(x, "meta.modified");
            boolean published = has(x, "ld.published") || has(x, "meta.published") || has(x, "ld.page.published");
            c.set(x, "modified.visible", modified && visible(x) ? 1 : 0);
            c.set(x, "published.visible", published && visible(x) ? 1 : 0);
        }
        // a day shown by the headline before the publication date only the markup states: the original's day,
        // where the markup dates a later copy
        for (Choice x : out) {
            Optional<LocalDate> dx = visible(x) ? DateParser.isoDate(x.key()) : Optional.empty();
            for (Choice y : out) {
                Optional<LocalDate> dy = dx.isPresent() && !visible(y) && (has(y, "ld.published")
                        || has(y, "meta.published")) ? DateParser.isoDate(y.key()) : Optional.empty();
                if (dy.isPresent()) {
                    long days = ChronoUnit.DAYS.between(dy.get(), dx.get());
                    c.set(x, "visible.earlier", days < -1 ? 1 : 0);
                }
            }
        }
    }

    /**
     * A date written as text: read from its element, or, when the element holds more than a dateline (a
     * whole post whose date stands between its heading and its first paragraph), from the element's own text.
     */
    private static MetaDates.Read readWritten(Element e) {
        MetaDates.Read r = MetaDates.read(e);
        if (r != null) {
            return r;
        }
        String own = e.ownText();
        String d = own.length() <= MAX_OWN_TEXT ? MetaDates.parse(own) : null;
        return d == null ? null : new MetaDates.Read(d, false);
    }

    /** The URL with its escapes decoded: some pages state it escaped ("%2F2025-12-15%2B"). */
    private static String decoded(String url) {
        if (url == null || url.indexOf('%') < 0) {
            return url;
        }
        try {
            return URLDecoder.decode(url, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static boolean stated(Choice x) {
        for (String f : FEATURES) {
            if ((f.startsWith("meta.") || f.startsWith("ld.")) && x.features()[FEATURES.indexOf(f)] > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Choice x, String feature) {
        return x.features()[FEATURES.indexOf(feature)] > 0;
    }

    private static boolean visible(Choice x) {
        return x.features()[FEATURES.indexOf("shown.near")] > 0 || x.features()[FEATURES.indexOf("written.near")] > 0;
    }

    private static boolean isWitness(String feature) {
        return WITNESSES.contains(feature);
    }

    private static boolean near(Spot s, int anchor) {
        return s.order() >= anchor - BEFORE_HEADING && s.order() <= anchor + AFTER_HEADING;
    }

    /**
     * The page's choices being gathered, the date its URL holds, and the publication times the markup
     * states in UTC.
     */
    private record Offers(MetaChoices choices, String fromUrl, Optional<LocalDate> urlDay,
                          List<OffsetDateTime> moments) {
        void set(Choice x, String feature, double v) {
            choices.set(x, feature, v);
        }
    }

    /**
     * Offers a date. A time stated in UTC may fall on the day before or after the one the URL keeps (the
     * publisher's local day): such a date is offered as the URL's day, marked {@code url.day}.
     */
    private static Choice offer(Offers c, String date, String feature) {
        if (date == null || date.length() < 10) {
            return null;
        }
        Optional<LocalDate> d = c.urlDay().isPresent() ? DateParser.isoDate(date) : Optional.empty();
        if (d.isPresent() && Math.abs(ChronoUnit.DAYS.between(d.get(), c.urlDay().get())) == 1) {
            Choice x = c.choices().offer(c.fromUrl(), c.fromUrl().substring(0, 10), feature);
            c.set(x, "url.day", 1);
            return x;
        }
        String day = isVisible(feature) ? sameMoment(c, date) : null;
        if (day != null) {
            return c.choices().offer(day, day, feature);
        }
        return c.choices().offer(date, date.substring(0, 10), feature);
    }

    /**
     * Notes a stated publication time given in UTC, and returns it. A page that states "00:30Z" often shows
     * its readers the day before, in their time zone ({@link #sameMoment}).
     */
    private static String moment(Offers c, String date) {
        if (date != null && date.length() > 10 && (date.endsWith("Z") || date.endsWith("+00:00"))) {
            try {
                c.moments().add(OffsetDateTime.parse(date));
            } catch (DateTimeParseException e) {
                // not a full ISO time: no moment to note
            }
        }
        return date;
    }

    /**
     * The day of the stated publication time that a date shown in the article gives in another time zone,
     * or null: the same time with another offset, or a day alone, the day before a time early in the UTC day
     * (the Americas) or the day after a late one (Asia). Where the URL holds the day, it decides instead.
     */
    private static String sameMoment(Offers c, String date) {
        if (c.moments().isEmpty() || c.urlDay().isPresent()) {
            return null;
        }
        if (date.length() > 10) {
            try {
                OffsetDateTime t = OffsetDateTime.parse(date);
                for (OffsetDateTime m : c.moments()) {
                    if (t.isEqual(m)) {
                        return m.toLocalDate().toString();
                    }
                }
            } catch (DateTimeParseException e) {
                // a local time without an offset: compared by its day alone below
            }
        }
        Optional<LocalDate> d = DateParser.isoDate(date);
        if (d.isEmpty() || date.length() > 10 && date.charAt(10) == 'T' && hasOffset(date)) {
            return null;
        }
        for (OffsetDateTime m : c.moments()) {
            long days = ChronoUnit.DAYS.between(d.get(), m.toLocalDate());
            if (days == 1 && m.getHour() < ZONE_HOURS || days == -1 && m.getHour() >= 24 - ZONE_HOURS) {
                return m.toLocalDate().toString();
            }
        }
        return null;
    }

    /** Whether an ISO time states its offset ("Z", "+02:00", "-0500"). */
    private static boolean hasOffset(String date) {
        int t = date.indexOf('T');
        return date.endsWith("Z") || t > 0 && (date.indexOf('+', t) > 0 || date.indexOf('-', t) > 0);
    }

    /** Whether a feature names a date shown or written in the article, by its headline or further down. */
    private static boolean isVisible(String feature) {
        return (feature.startsWith("shown") || feature.startsWith("written")) && !feature.endsWith(".aside")
                && !feature.endsWith(".before");
    }
}
