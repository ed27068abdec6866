package dev.dyad.extract.text;

import dev.dyad.model.RemovedBlock;
import dev.dyad.text.DateParser;
import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one page flattened to plain text (one line per block, as html-text and scrapers write it):
 * finds the headline, the standfirst, the byline and dateline under it, and the run of lines that is
 * the article, and says why every other line was dropped.
 *
 * <p>How: each line is measured ({@link Line}) and matched against the boilerplate cues
 * ({@link Cues}). The headline is the page's first line, or where a later line repeats it (the page's
 * own heading under the navigation). The article is the run of lines with the greatest weight, prose
 * counting for and furniture against ({@link Regions}), preferring a run that starts right under the
 * headline. Inside that run, cue lines, repeated lines, and headline-like lines wedged between
 * paragraphs (captions of videos, links to other stories) are dropped. Then the line classifier
 * ({@link LineModel}, learned on the development pages) reads each line's features and the rules'
 * decisions and overrules them where it is sure.
 *
 * <p>One instance reads one page and is then thrown away; it is not thread-safe. The work is linear
 * in the number of lines, times the number of cues for the short ones.
 */
public final class PageReader {
    /** What a page yields. Paragraphs are non-blank and whitespace-normalised. */
    public record Reading(String title, String subtitle, List<String> authors, String published,
                          List<String> paragraphs, List<RemovedBlock> removed) {
    }

    /** The head under one candidate headline: what it holds and where the article may start. */
    private record Head(int anchor, int subtitle, List<String> authors, int bylineLine, String published,
                        int dateLine, int end, List<Integer> furniture) {
    }

    // Weights of lines for the article's run, in characters of prose: a paragraph counts its length,
    // a line of furniture counts against. Measured on the Zyte development pages; the body F1 is flat
    // within a factor of two of each.
    /** A heading over a list of links ("Most popular"). */
    private static final double HEADING_WEIGHT = -150;
    /** A line a cue names as furniture, or a repeated line. */
    private static final double CUE_WEIGHT = -40;
    /** A dateline amid prose: a list of teasers, each with its date. */
    private static final double DATE_WEIGHT = -150;
    /** Any other line that is not prose: a menu entry, a label, a headline. */
    private static final double OTHER_WEIGHT = -25;
    /** Words from which a headline-like line between paragraphs is read as a caption or a link. */
    private static final int CAPTION_WORDS = 8;

    /** Nonblank lines after a headline's byline and dateline within which the article must begin. */
    static final int ANCHOR_WINDOW = 8;
    /** Nonblank lines after a headline searched for its standfirst, byline and dateline. */
    private static final int HEAD_WINDOW = 24;
    /** Separators between a page title and the site's name ("Headline - Site", "Site | Headline"). */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|–—-]|::|»|·)\\s+");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    /** "— Jane Doe (@jane) November 18, 2019": who said a quoted post, not a dateline. */
    private static final Pattern ATTRIBUTION = Pattern.compile("[—–-]\\s");
    /** "3) Blade Runner (4K)", "12. Add the sugar", "https://example.org/a": list items and bare links. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,3}[.)]\\s+\\S.*|(?:https?://|www\\.)\\S+");

    private static final String TITLE = "title";
    private static final String SUBTITLE = "subtitle";
    private static final String BYLINE = "byline";
    private static final String DATELINE = "dateline";
    private static final String SIGNATURE = "signature";
    private static final String REPEATED = "repeated line";
    private static final String CAPTION = "video caption / related story";
    private static final String FURNITURE = "page furniture";
    private static final String CREDIT = "caption / credit";
    private static final String NAVIGATION = "navigation";
    private static final String OUTSIDE = "outside the article";

    private final Cues cues;
    private final Line[] lines;
    /** Indices of the nonblank lines, in order. */
    private final int[] nonblank;
    /** For each line, its position in {@link #nonblank}, or -1 when blank. */
    private final int[] position;
    private final Cues.Cue[] cue;
    /** Why each line is not body text; null for body lines and lines not yet decided. */
    private final String[] reason;
    /** True for lines read as metadata (title, standfirst, byline, dateline): not body, not boilerplate. */
    private final boolean[] meta;
    private final String[] keys;
    /** Per line: 0 not yet known, 1 a dateline, 2 not. */
    private final byte[] dates;
    /** Per nonblank position: the byline's names once read. */
    private final List<String>[] bylines;
    /** The article run's first and last nonblank positions once read; -1 when there is none. */
    private int spanStart = -1;
    private int spanEnd = -1;
    /** The headline the reading settled on. */
    private String readTitle;

    public PageReader(String text, Cues cues) {
        this.cues = cues;
        String[] raw = Whitespace.lines(text == null ? "" : text).split("\n", -1);
        lines = new Line[raw.length];
        position = new int[raw.length];
        List<Integer> nb = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines[i] = Line.of(i, raw[i]);
            position[i] = -1;
            if (!lines[i].blank()) {
                position[i] = nb.size();
                nb.add(i);
            }
        }
        nonblank = nb.stream().mapToInt(Integer::intValue).toArray();
        cue = new Cues.Cue[raw.length];
        reason = new String[raw.length];
        meta = new boolean[raw.length];
        keys = new String[raw.length];
        dates = new byte[raw.length];
        @SuppressWarnings("unchecked")
        List<String>[] names = (List<String>[]) new List<?>[nonblank.length];
        bylines = names;
    }

    /** Reads the page with the shipped line classifier. */
    public Reading read() {
        return read(LineModel.shipped());
    }

    /**
     * Reads the page: by the rules, then, when a model is given, by the line classifier that reads the
     * rules' decisions among its features.
     */
    Reading read(LineModel model) {
        if (nonblank.length == 0) {
            return new Reading(null, null, List.of(), null, List.of(), List.of());
        }
        matchCues();
        int first = nonblank[0];
        String pageTitle = lines[first].text();
        String headline = mainPart(pageTitle);
        List<Integer> anchors = titleOccurrences(first, headline);
        markRepeats(anchors);

        double[] weights = weights();
        boolean[] walls = walls();
        Regions.Span global = Regions.best(weights, walls, 0);
        Head chosen = null;
        Regions.Span span = global;
        double bestAnchored = Double.NEGATIVE_INFINITY;
        for (int a : anchors) {
            Head head = head(a, pageTitle);
            Regions.Span s = Regions.bestStartingIn(weights, walls, head.end(), head.end() + ANCHOR_WINDOW);
            if (s != null && s.score() > bestAnchored) {
                bestAnchored = s.score();
                chosen = head;
                span = s;
            }
        }
        // the run under the headline wins unless the page's richest run is far richer
        if (chosen == null || global != null && bestAnchored < 0.25 * global.score()) {
            span = global;
            chosen = null;
            for (int a : anchors) {
                Head head = head(a, pageTitle);
                if (global != null && head.end() <= global.start() && global.start() - head.end() <= ANCHOR_WINDOW) {
                    chosen = head;
                }
            }
        }

        String title = chosen != null ? lines[chosen.anchor()].text() : headline;
        String subtitle = null;
        List<String> authors = List.of();
        String published = null;
        if (chosen != null) {
            meta[chosen.anchor()] = true;
            if (chosen.subtitle() >= 0) {
                subtitle = lines[chosen.subtitle()].text();
                meta[chosen.subtitle()] = true;
            }
            authors = chosen.authors();
            if (chosen.bylineLine() >= 0) {
                meta[chosen.bylineLine()] = true;
            }
            published = chosen.published();
            if (chosen.dateLine() >= 0) {
                meta[chosen.dateLine()] = true;
            }
            for (int i : chosen.furniture()) {
                if (reason[i] == null && !meta[i]) {
                    reason[i] = furnitureReason(lines[i], chosen.anchor());
                }
            }
        }
        if (first != (chosen == null ? -1 : chosen.anchor())) {
            meta[first] = true; // the page's own title line
        }

        List<String> paragraphs = new ArrayList<>();
        readTitle = title;
        if (span != null) {
            int start = nonblank[span.start()];
            int end = nonblank[span.end()];
            spanStart = span.start();
            spanEnd = span.end();
            filterBody(start, end, title);
            paragraphs = paragraphs(start, end);
            markOutside(start, end);
            if (authors.isEmpty()) {
                authors = nearbyByline(span.start());
            }
            if (published == null) {
                published = nearbyDate(span.start(), span.end());
            }
        } else {
            markOutside(Integer.MAX_VALUE, Integer.MIN_VALUE);
        }
        if (published == null) {
            published = anyDate();
        }
        if (model != null) {
            LineFeatures.Page page = features();
            boolean[] keep = model.keep(page);
            if (!java.util.Arrays.equals(keep, page.ruleKept())) {
                for (int p = 0; p < keep.length; p++) {
                    int i = nonblank[p];
                    if (keep[p] && !page.ruleKept()[p]) {
                        reason[i] = null;
                        meta[i] = false;
                    } else if (!keep[p] && page.ruleKept()[p]) {
                        reason[i] = LineModel.REASON;
                    }
                }
                paragraphs = body(keep);
            }
        }
        return new Reading(title, subtitle, authors, published, paragraphs, removed());
    }

    /** What the line classifier reads of the page, once the rules have read it. */
    LineFeatures.Page features() {
        boolean[] kept = new boolean[nonblank.length];
        for (int p = 0; p < kept.length; p++) {
            kept[p] = reason[nonblank[p]] == null && !meta[nonblank[p]];
        }
        String title = readTitle == null ? "" : readTitle;
        return LineFeatures.of(lines, nonblank, cue, reason, meta, kept, spanStart, spanEnd, words(title),
                keyOf(title));
    }

    /** The text of the nonblank line at position {@code p}. */
    String lineText(int p) {
        return lines[nonblank[p]].text();
    }

    /** The paragraphs of the lines kept (per nonblank position), a sentence broken over two lines joined. */
    List<String> body(boolean[] keep) {
        List<String> out = new ArrayList<>();
        int last = -2;
        for (int p = 0; p < keep.length; p++) {
            if (!keep[p]) {
                continue;
            }
            last = addLine(out, last, nonblank[p]);
        }
        return out;
    }

    /**
     * Adds line {@code i} to the paragraphs {@code out}, where {@code last} is the line added before it: a
     * sentence broken over two lines (the second starts in lower case right under the first) is joined.
     * Returns {@code i}, the new last line.
     */
    private int addLine(List<String> out, int last, int i) {
        Line l = lines[i];
        if (last == i - 1 && !out.isEmpty() && !lines[last].terminal() && !lines[last].colon()
                && Character.isLowerCase(l.text().codePointAt(0))) {
            out.set(out.size() - 1, out.get(out.size() - 1) + " " + l.text());
        } else {
            out.add(l.text());
        }
        return i;
    }

    // ------------------------------------------------------------------ cues and repeats

    private void matchCues() {
        for (int i : nonblank) {
            cue[i] = cues.match(lines[i].text()).orElse(null);
        }
        // a pitch spread over short paragraphs: lines between two hits of one block cue go with them
        for (int p = 0; p < nonblank.length; p++) {
            Cues.Cue c = cue[nonblank[p]];
            if (c == null || c.role() != Cues.Role.BLOCK) {
                continue;
            }
            for (int q = p + 2; q < Math.min(nonblank.length, p + 5); q++) {
                Cues.Cue d = cue[nonblank[q]];
                if (d != null && d.reason().equals(c.reason())) {
                    for (int r = p + 1; r < q; r++) {
                        Line l = lines[nonblank[r]];
                        if (cue[l.index()] == null && l.words() <= 60) {
                            cue[l.index()] = c;
                        }
                    }
                    break;
                }
            }
        }
    }

    /**
     * A line given twice in a row is page furniture: a signature under a pitch (the seed's editor's
     * name twice), a gallery caption, a tab label. Both copies go; the headline is left to the anchors.
     */
    private void markRepeats(List<Integer> anchors) {
        for (int p = 1; p < nonblank.length; p++) {
            Line a = lines[nonblank[p - 1]];
            Line b = lines[nonblank[p]];
            if (!a.text().equals(b.text()) || anchors.contains(a.index()) || anchors.contains(b.index())) {
                continue;
            }
            String why = a.words() <= 5 && Bylines.isName(a.text(), false) ? SIGNATURE
                    : a.prose() ? CAPTION : REPEATED;
            reason[a.index()] = why;
            reason[b.index()] = why;
        }
    }

    // ------------------------------------------------------------------ headline and head

    /** The headline part of a page title: the longest part between site-name separators. */
    static String mainPart(String pageTitle) {
        String best = pageTitle;
        String[] parts = SITE_SEPARATOR.split(pageTitle);
        if (parts.length > 1) {
            best = "";
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best.strip();
    }

    /** Lines that repeat the headline (the page's heading under its navigation); the first line if none. */
    private List<Integer> titleOccurrences(int first, String headline) {
        String full = key(first);
        String main = keyOf(headline);
        Set<String> headlineWords = words(headline);
        List<Integer> found = new ArrayList<>();
        for (int p = 1; p < nonblank.length; p++) {
            int i = nonblank[p];
            Line l = lines[i];
            if (l.words() > 40) {
                continue;
            }
            String k = key(i);
            if (k.length() < 8) {
                continue;
            }
            if (k.equals(full) || k.equals(main)
                    || full.contains(k) && k.length() * 10 >= main.length() * 7
                    || k.contains(main) && main.length() * 10 >= k.length() * 7
                    || sameWords(headlineWords, words(l.text()))) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            found.add(first);
        }
        return found;
    }

    /**
     * True when a line words a headline differently, as a page's heading may reword its title
     * ("Video shows rescue of girl" for "Jane Doe: video shows rescue of girl in hotel"): most of the
     * line's words are the headline's, and they are most of the headline.
     */
    static boolean sameWords(Set<String> headline, Set<String> line) {
        if (line.size() < 4 || headline.size() < 4) {
            return false;
        }
        int shared = 0;
        for (String w : line) {
            if (headline.contains(w)) {
                shared++;
            }
        }
        return shared * 10 >= line.size() * 7 && shared * 2 >= headline.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private String key(int i) {
        if (keys[i] == null) {
            keys[i] = keyOf(lines[i].text());
        }
        return keys[i];
    }

    /** Letters and digits only, in lower case: what two spellings of one headline share. */
    static String keyOf(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); ) {
            int cp = text.codePointAt(j);
            j += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return b.toString();
    }

    /**
     * Walks the lines under a headline: standfirst, byline, dateline and furniture (share buttons,
     * captions, pitches) until the first paragraph of prose.
     */
    private Head head(int anchor, String pageTitle) {
        int subtitle = -1;
        int bylineLine = -1;
        int dateLine = -1;
        List<String> authors = List.of();
        String published = null;
        List<Integer> furniture = new ArrayList<>();
        String anchorKey = key(anchor);
        int p = position[anchor] + 1;
        int limit = Math.min(nonblank.length, p + HEAD_WINDOW);
        boolean content = false;
        for (; p < limit; p++) {
            int i = nonblank[p];
            Line l = lines[i];
            if (key(i).equals(anchorKey) || lines[i].text().equals(pageTitle)) {
                furniture.add(i);
                continue;
            }
            if (!content && subtitle < 0 && isStandfirst(p)) {
                subtitle = i;
                content = true;
                continue;
            }
            content = true;
            if (authors.isEmpty()) {
                List<String> names = byline(p);
                if (!names.isEmpty()) {
                    authors = names;
                    bylineLine = i;
                    if (published == null) {
                        Optional<String> d = dateIn(l);
                        if (d.isPresent()) {
                            published = d.get();
                        }
                    }
                    continue;
                }
                if (isBylineWord(l) && p + 1 < limit) {
                    furniture.add(i);
                    continue;
                }
            }
            if (published == null && isDateLine(l)) {
                published = dateIn(l).orElse(null);
                dateLine = i;
                continue;
            }
            if (cue[i] != null || reason[i] != null) {
                furniture.add(i);
                continue;
            }
            if (l.prose()) {
                break;
            }
            furniture.add(i);
        }
        return new Head(anchor, subtitle, authors, bylineLine, published, dateLine, p, List.copyOf(furniture));
    }

    /** A standfirst: a sentence or long phrase right under the headline, with a byline or dateline close below. */
    private boolean isStandfirst(int p) {
        Line l = lines[nonblank[p]];
        if (l.words() < 6 || l.caps() || cue[l.index()] != null || reason[l.index()] != null || isDateLine(l)
                || l.letters() * 2 < l.length() || !byline(p).isEmpty()) {
            return false;
        }
        for (int q = p + 1; q < Math.min(nonblank.length, p + 6); q++) {
            Line m = lines[nonblank[q]];
            if (isDateLine(m) || !byline(q).isEmpty()) {
                return true;
            }
            if (m.prose()) {
                return false;
            }
        }
        return false;
    }

    /** The names of a byline at position p: "By X", or a bare name next to a dateline. */
    private List<String> byline(int p) {
        if (bylines[p] == null) {
            bylines[p] = findByline(p);
        }
        return bylines[p];
    }

    private List<String> findByline(int p) {
        Line l = lines[nonblank[p]];
        if (l.words() > 14 || l.prose() && !l.text().regionMatches(true, 0, "by ", 0, 3)) {
            return List.of();
        }
        List<String> names = Bylines.parse(l.text(), false);
        if (!names.isEmpty()) {
            return names;
        }
        // "By" alone, the names on the next line
        if (p > 0 && isBylineWord(lines[nonblank[p - 1]])) {
            return Bylines.parse(l.text(), true);
        }
        boolean nearDate = p + 1 < nonblank.length && isDateLine(lines[nonblank[p + 1]])
                || p > 0 && isDateLine(lines[nonblank[p - 1]]);
        if (nearDate && l.words() <= 6) {
            return Bylines.parse(l.text(), true);
        }
        // "Jane Doe - Nov 19, 2019": names and date on one line
        if (isDateLine(l)) {
            return Bylines.parse(l.text(), true);
        }
        return List.of();
    }

    private static boolean isBylineWord(Line l) {
        return l.words() == 1 && l.text().replace(":", "").equalsIgnoreCase("by");
    }

    /** A short line that is mostly a date ("Wednesday 30 May 2018 08:57 BST", "Updated: Nov. 19, 2019"). */
    private boolean isDateLine(Line l) {
        if (dates[l.index()] == 0) {
            dates[l.index()] = (byte) (looksLikeDateLine(l) ? 1 : 2);
        }
        return dates[l.index()] == 1;
    }

    static boolean looksLikeDateLine(Line l) {
        return l.words() <= 14 && l.digits() > 0 && !l.terminal() && !ATTRIBUTION.matcher(l.text()).lookingAt()
                && dateIn(l).isPresent();
    }

    private static Optional<String> dateIn(Line l) {
        return DateParser.find(l.text());
    }

    /** Why a line under the headline that is neither standfirst, byline nor dateline was dropped. */
    private String furnitureReason(Line l, int anchor) {
        if (cue[l.index()] != null) {
            return cue[l.index()].reason();
        }
        if (key(l.index()).equals(key(anchor)) || l.index() == nonblank[0]) {
            return TITLE;
        }
        if (isDateLine(l)) {
            return DATELINE;
        }
        if (l.words() <= 14 && !Bylines.parse(l.text(), false).isEmpty()) {
            return BYLINE;
        }
        return l.titleLike() && l.words() >= CAPTION_WORDS || l.prose() ? CAPTION : FURNITURE;
    }

    // ------------------------------------------------------------------ the article's run

    /** Each nonblank line's weight: prose for the article, furniture against it. */
    private double[] weights() {
        double[] w = new double[nonblank.length];
        for (int p = 0; p < nonblank.length; p++) {
            int i = nonblank[p];
            Line l = lines[i];
            Cues.Cue c = cue[i];
            if (c != null) {
                w[p] = c.role() == Cues.Role.HEADING ? HEADING_WEIGHT : CUE_WEIGHT;
            } else if (reason[i] != null) {
                w[p] = CUE_WEIGHT;
            } else if (isDateLine(l) && !l.prose()) {
                w[p] = DATE_WEIGHT; // a dateline amid prose starts another story: a list of teasers
            } else if (l.prose()) {
                w[p] = l.length();
            } else if (l.shortSentence()) {
                w[p] = l.length() / 2.0;
            } else if (l.tableRow() || LIST_ITEM.matcher(l.text()).matches()) {
                w[p] = 0; // rows of a table, items of a numbered list, bare links: neither for nor against
            } else {
                w[p] = OTHER_WEIGHT;
            }
        }
        return w;
    }

    /** Lines no run may cover: a comment section's heading, the page footer. */
    private boolean[] walls() {
        boolean[] walls = new boolean[nonblank.length];
        for (int p = 0; p < nonblank.length; p++) {
            Cues.Cue c = cue[nonblank[p]];
            walls[p] = c != null && c.role() == Cues.Role.END;
        }
        return walls;
    }

    /** Drops the furniture inside the article's run. */
    private void filterBody(int start, int end, String title) {
        String titleKey = keyOf(title);
        Cues.Cue list = null; // the heading whose list of links is being dropped
        boolean inFirstBlock = false;
        int headingAt = -1;
        for (int p = position[start]; p <= position[end]; p++) {
            int i = nonblank[p];
            Line l = lines[i];
            if (meta[i]) {
                continue;
            }
            Cues.Cue c = cue[i];
            if (c != null) {
                reason[i] = c.reason();
                // a picture's credit right under a line makes that line its caption
                if (c.reason().equals(CREDIT) && p > position[start] && nonblank[p - 1] == i - 1
                        && !meta[i - 1] && lines[i - 1].words() <= 60) {
                    reason[i - 1] = CREDIT;
                }
                list = c.role() == Cues.Role.HEADING || c.role() == Cues.Role.END ? c : null;
                inFirstBlock = false;
                headingAt = i;
                continue;
            }
            if (list != null) {
                // the links under a heading: its first block of lines (no blank line between them),
                // then any further lines that are not sentences
                int prev = nonblank[p - 1];
                inFirstBlock = prev == headingAt || inFirstBlock && prev == i - 1;
                if (!l.prose() && !l.shortSentence() || inFirstBlock && l.words() <= 25) {
                    reason[i] = list.reason();
                    continue;
                }
                list = null;
            }
            if (reason[i] != null) {
                continue;
            }
            if (key(i).equals(titleKey)) {
                reason[i] = TITLE;
            } else if (l.words() <= 14 && !l.prose() && !l.terminal() && !Bylines.parse(l.text(), false).isEmpty()) {
                reason[i] = BYLINE;
            } else if (!l.prose() && !l.tableRow() && isDateLine(l)) {
                reason[i] = DATELINE;
            } else if (l.titleLike() && l.words() >= CAPTION_WORDS && !l.tableRow() && wedged(p, start, end)) {
                reason[i] = CAPTION;
            }
        }
    }

    /** True when the line sits between paragraphs of prose, as a caption or a link to another story does. */
    private boolean wedged(int p, int start, int end) {
        boolean before = p == position[start];
        for (int q = p - 1; q >= position[start] && !before; q--) {
            Line m = lines[nonblank[q]];
            if (reason[m.index()] != null && !meta[m.index()]) {
                continue;
            }
            before = m.prose() || m.shortSentence();
            break;
        }
        if (!before) {
            return false;
        }
        for (int q = p + 1; q <= position[end]; q++) {
            Line m = lines[nonblank[q]];
            if (cue[m.index()] != null || reason[m.index()] != null) {
                continue;
            }
            return m.prose() || m.shortSentence();
        }
        return true;
    }

    private List<String> paragraphs(int start, int end) {
        List<String> out = new ArrayList<>();
        int last = -2;
        for (int p = position[start]; p <= position[end]; p++) {
            int i = nonblank[p];
            if (reason[i] != null || meta[i]) {
                continue;
            }
            last = addLine(out, last, i);
        }
        return out;
    }

    private void markOutside(int start, int end) {
        for (int i : nonblank) {
            if ((i < start || i > end) && reason[i] == null && !meta[i]) {
                Line l = lines[i];
                reason[i] = cue[i] != null ? cue[i].reason() : l.prose() ? OUTSIDE : NAVIGATION;
            }
        }
    }

    // ------------------------------------------------------------------ fallbacks for metadata

    /** A "By" line just above the article when no headline led to one. */
    private List<String> nearbyByline(int startPos) {
        for (int p = startPos - 1; p >= Math.max(0, startPos - 10); p--) {
            List<String> names = Bylines.parse(lines[nonblank[p]].text(), false);
            if (!names.isEmpty() && lines[nonblank[p]].words() <= 14) {
                return names;
            }
        }
        return List.of();
    }

    /** A dateline just above the article, or just under it ("First published on ..."). */
    private String nearbyDate(int startPos, int endPos) {
        for (int p = startPos - 1; p >= Math.max(0, startPos - 15); p--) {
            Line l = lines[nonblank[p]];
            if (isDateLine(l)) {
                return dateIn(l).orElse(null);
            }
        }
        for (int p = endPos + 1; p < Math.min(nonblank.length, endPos + 10); p++) {
            Line l = lines[nonblank[p]];
            if (isDateLine(l)) {
                return dateIn(l).orElse(null);
            }
        }
        return null;
    }

    private String anyDate() {
        for (int i : nonblank) {
            if (isDateLine(lines[i])) {
                return dateIn(lines[i]).orElse(null);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ what was dropped

    private List<RemovedBlock> removed() {
        List<RemovedBlock> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String current = null;
        for (int i : nonblank) {
            String why = meta[i] ? null : reason[i];
            if (why == null || !why.equals(current)) {
                if (current != null) {
                    out.add(new RemovedBlock(text.toString(), current));
                }
                text.setLength(0);
                current = why;
            }
            if (why != null) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(lines[i].text());
            }
        }
        if (current != null) {
            out.add(new RemovedBlock(text.toString(), current));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PageReader[%d lines]", lines.length);
    }
}
