package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.RemovedBlock;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlBodyExtractorTest {
    private static final HtmlBodyExtractor EXTRACTOR = new HtmlBodyExtractor();

    private static final String P1 = "The council voted on Tuesday to close the old bridge, citing a report that found "
            + "serious cracks in two of its supporting piers, and ordered repairs to begin next spring.";
    private static final String P2 = "Residents who cross the river each day will have to drive an extra twenty minutes, "
            + "said the mayor, who promised a shuttle bus for commuters while the work goes on.";
    private static final String P3 = "Engineers expect the repairs to take at least eighteen months, though the final "
            + "schedule depends on how the river behaves during the winter floods, officials said.";

    private static HtmlBody extract(String html) {
        return EXTRACTOR.extract(Jsoup.parse(html), null);
    }

    private static String article(String inner) {
        return "<article><h1>Bridge to close</h1>" + inner + "</article>";
    }

    private static boolean removedWith(HtmlBody body, String reason, String text) {
        return body.removed().stream().anyMatch(r -> r.reason().equals(reason) && r.text().contains(text));
    }

    @Test
    void keepsParagraphsAndDropsNavigation() {
        HtmlBody body = extract("<body><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World news</a></li>"
                + "<li><a href=/sport>Sport and games</a></li></ul></nav>"
                + article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>") + "</body>");
        assertEquals(List.of(P1, P2, P3), body.paragraphs());
        assertTrue(removedWith(body, "navigation", "Sport and games"), body.removed().toString());
    }

    @Test
    void dropsNavigationInsideTheArticleWithItsReason() {
        HtmlBody body = extract("<body>" + article("<nav class=breadcrumbs><a href=/>Home page</a> / "
                + "<a href=/local>Local news</a></nav><p>" + P1 + "</p><p>" + P2 + "</p>") + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
        assertTrue(removedWith(body, "navigation", "Local news"), body.removed().toString());
    }

    @Test
    void dropsLinkDenseListInsideTheArticle() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><ul>"
                + "<li><a href=/a>Flood defences to be raised across the valley</a></li>"
                + "<li><a href=/b>New ferry service planned for the summer</a></li></ul><p>" + P2 + "</p>") + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
        assertTrue(removedWith(body, "related links", "Flood defences"), body.removed().toString());
    }

    @Test
    void keepsPlainListItemsOfTheArticle() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><ul><li>Two piers are cracked.</li>"
                + "<li>The deck needs new bearings.</li></ul><p>" + P2 + "</p>") + "</body>");
        assertEquals(List.of(P1, "Two piers are cracked.", "The deck needs new bearings.", P2), body.paragraphs());
    }

    @Test
    void keepsHeadingsInOrderAndDropsTheTitle() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><h2>What happens next</h2><p>" + P2
                + "</p><h3>The cost</h3><p>" + P3 + "</p>") + "</body>");
        assertEquals(List.of(P1, "What happens next", P2, "The cost", P3), body.paragraphs());
        assertTrue(removedWith(body, "title", "Bridge to close"), body.removed().toString());
    }

    @Test
    void dropsAHeadingThatNoTextFollows() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><p>" + P2 + "</p><h2>More on this story</h2>"
                + "<ul><li><a href=/x>Council budget approved after a long debate</a></li></ul>") + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
    }

    @Test
    void keepsASectionHeadingWhoseTextStandsUnderSubheadings() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><h2>The options</h2><h3>Repair</h3><p>" + P2
                + "</p><h3>Rebuild</h3><p>" + P3 + "</p><h2>Related</h2><h2>More</h2>") + "</body>");
        assertEquals(List.of(P1, "The options", "Repair", P2, "Rebuild", P3), body.paragraphs());
    }

    @Test
    void anH1ThatIsNotTheHeadlineIsASectionHeading() {
        String html = "<html><head><meta property=og:title content=\"Bridge to close\"></head><body><article>"
                + "<h1>Bridge to close</h1><p>" + P1 + "</p><h1>Day two</h1><p>" + P2 + "</p></article></body></html>";
        HtmlBody body = EXTRACTOR.extract(Jsoup.parse(html), new PageMetadata("Bridge to close", null, null, null,
                null, null, null));
        assertEquals(List.of(P1, "Day two", P2), body.paragraphs());
        assertTrue(removedWith(body, "title", "Bridge to close"), body.removed().toString());
    }

    @Test
    void dropsCaptionsShareBarsAndFurniture() {
        HtmlBody body = extract("<body>" + article("<figure><img src=a.jpg><figcaption>The old bridge seen from "
                + "the north bank at dusk</figcaption></figure><div class=share-tools><a href=#>Facebook</a> "
                + "<a href=#>Twitter</a> <a href=#>Email this article</a></div><p>" + P1 + "</p>"
                + "<p>Advertisement</p><p>" + P2 + "</p><div class=\"c-comments\"><p>I drive over it every day and "
                + "never noticed any cracks at all, this is a scandal.</p></div>") + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
        assertTrue(removedWith(body, "caption", "north bank"), body.removed().toString());
        assertTrue(removedWith(body, "share bar", "Facebook"), body.removed().toString());
        assertTrue(removedWith(body, "comments", "scandal"), body.removed().toString());
    }

    @Test
    void normalisesWhitespace() {
        HtmlBody body = extract("<body>" + article("<p>  The council\u00a0voted\n on   Tuesday to close the bridge, "
                + "citing a report\u200b that found cracks in its piers.</p><p>" + P2 + "</p>") + "</body>");
        assertEquals("The council voted on Tuesday to close the bridge, citing a report that found cracks in its piers.",
                body.paragraphs().get(0));
    }

    /** Four short paragraphs: weak evidence of an article on their own. */
    private static final List<String> SHORT = List.of("The harbour board approved a new pier, said its chair.",
            "Work begins in May, and boats will moor elsewhere.", "Fishermen asked for a second slipway.",
            "The board will decide on that in June, its chair told reporters.");

    private static String twoCandidates(String head) {
        StringBuilder b = new StringBuilder("<html><head>" + head + "</head><body><div class=story>");
        SHORT.forEach(p -> b.append("<p>").append(p).append("</p>"));
        return b.append("</div><div class=other><p>").append(P1).append("</p><p>").append(P2).append("</p><p>")
                .append(P3).append("</p></div></body></html>").toString();
    }

    @Test
    void structuredDataChoosesBetweenTwoCandidates() {
        HtmlBody without = EXTRACTOR.extract(Jsoup.parse(twoCandidates("")), null);
        assertEquals(List.of(P1, P2, P3), without.paragraphs());

        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"WebPage\"},{\"@type\":\"NewsArticle\",\"articleBody\":\"" + String.join(" ", SHORT) + "\"}]}</script>";
        HtmlBody with = EXTRACTOR.extract(Jsoup.parse(twoCandidates(jsonLd)), null);
        assertEquals(SHORT, with.paragraphs());
        assertTrue(removedWith(with, "outside article", "council voted"), with.removed().toString());
        assertFalse(removedWith(without, "outside article", "council voted"), without.removed().toString());
    }

    @Test
    void metadataArticleBodyIsAWitnessToo() {
        PageMetadata meta = new PageMetadata(null, null, List.of(), null, null, null, String.join(" ", SHORT));
        HtmlBody body = EXTRACTOR.extract(Jsoup.parse(twoCandidates("")), meta);
        assertEquals(SHORT, body.paragraphs());
    }

    @Test
    void ignoresStructuredDataOfAnotherText() {
        String jsonLd = "<script type=\"application/ld+json\">{\"articleBody\":\"" + "Nothing on this page says this. "
                .repeat(12) + "\"}</script>";
        HtmlBody body = extract("<html><head>" + jsonLd + "</head><body>" + article("<p>" + P1 + "</p><p>" + P2
                + "</p>") + "</body></html>");
        assertEquals(List.of(P1, P2), body.paragraphs());
    }

    @Test
    void pageWithoutArticleGivesNoParagraphs() {
        HtmlBody body = extract("<body><nav><a href=/>Home</a> <a href=/a>About us</a></nav>"
                + "<ul><li><a href=/x>Contact the newsroom</a></li><li><a href=/y>Jobs at the paper</a></li></ul>"
                + "<footer>Copyright 2019 The Daily Example</footer></body>");
        assertEquals(List.of(), body.paragraphs());
        assertFalse(body.removed().isEmpty());
    }

    @Test
    void emptyAndBrokenPagesGiveNoParagraphs() {
        assertEquals(List.of(), extract("").paragraphs());
        assertEquals(List.of(), extract("<html><body></body></html>").paragraphs());
        assertEquals(List.of(), extract("<<<>>><p class=\"\"\"").paragraphs());
        assertEquals(List.of(), extract("<script>var a = '<p>not text</p>';</script><style>p{}</style>").paragraphs());
    }

    @Test
    void dropsTeaserCards() {
        StringBuilder cards = new StringBuilder("<section>");
        for (int i = 0; i < 4; i++) {
            cards.append("<div class=card><h3><a href=/s").append(i).append(">Another story number ").append(i)
                    .append(" from the section</a></h3><p>A short summary of that other story, in one sentence.</p></div>");
        }
        cards.append("</section>");
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>")
                + cards + "</body>");
        assertEquals(List.of(P1, P2, P3), body.paragraphs());
    }

    @Test
    void readsContentStreamedIntoAHiddenElement() {
        HtmlBody body = extract("<body><div hidden><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article></div></body>");
        assertEquals(List.of(P1, P2, P3), body.paragraphs());
    }

    @Test
    void skipsHiddenElementsWhenTheArticleIsVisible() {
        HtmlBody body = extract("<body>" + article("<p>" + P1 + "</p><p style=\"display: none\">Hidden text that "
                + "readers never see, written for robots only.</p><p class=sr-only>Screen reader note here.</p><p>"
                + P2 + "</p><p>" + P3 + "</p>") + "</body>");
        assertEquals(List.of(P1, P2, P3), body.paragraphs());
    }

    @Test
    void splitsParagraphsAtDoubleLineBreaks() {
        HtmlBody body = extract("<body><div class=entry-content>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div></body>");
        assertEquals(List.of(P1, P2 + " " + P3), body.paragraphs());
    }

    @Test
    void removedIsBounded() {
        StringBuilder nav = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            nav.append("<div class=promo-").append(i % 2 == 0 ? "box" : "tile").append("><p>Buy the special offer ")
                    .append(i).append(" today</p></div><div class=menu><a href=/").append(i).append(">Section ").append(i)
                    .append(" of the site</a></div>");
        }
        HtmlBody body = extract("<body>" + nav + article("<p>" + P1 + "</p><p>" + P2 + "</p>") + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
        assertTrue(body.removed().size() <= 60, "removed " + body.removed().size());
        for (RemovedBlock r : body.removed()) {
            assertTrue(r.text().length() <= 241, r.text());
        }
    }

    @Test
    void saysACopiedArticleOnce() {
        String p4 = "The bridge was built in 1931 and carried more traffic each year than its designers had "
                + "imagined, the report said, which wore the piers down faster than expected.";
        String p5 = "A public meeting on the closure will be held at the town hall next week, where engineers "
                + "will answer questions from residents and shop owners about the detour.";
        String text = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p><p>" + p5 + "</p>";
        HtmlBody body = extract("<body><div class=desktop>" + text + "</div><div class=mobile>" + text
                + "</div></body>");
        assertEquals(List.of(P1, P2, P3, p4, p5), body.paragraphs());
        assertTrue(removedWith(body, "repeated text", P1.substring(0, 40)), body.removed().toString());
    }

    @Test
    void dropsOnlyLongStretchesOfRepeats() {
        // letters 100 a block; blocks 3 and 4 repeat 0 and 1, block 6 repeats 0 again
        int[] letters = {100, 100, 100, 100, 100, 100, 100};
        int[] first = {0, 1, 2, 0, 1, 5, 0};
        boolean[] keep = {true, true, true, true, true, true, true};
        BlockFeatures.Page page = new BlockFeatures.Page(new double[7][], new int[7], new int[7], letters, new int[7],
                new boolean[7], keep, new boolean[7], first);
        assertArrayEquals(keep, BlockModel.dropRepeats(page, keep));
        int[] copied = {0, 1, 2, 3, 4, 0, 1, 2, 3, 4};
        boolean[] all = new boolean[10];
        Arrays.fill(all, true);
        int[] hundred = new int[10];
        Arrays.fill(hundred, 100);
        BlockFeatures.Page twice = new BlockFeatures.Page(new double[10][], new int[10], new int[10], hundred,
                new int[10], new boolean[10], all, new boolean[10], copied);
        assertArrayEquals(new boolean[] {true, true, true, true, true, false, false, false, false, false},
                BlockModel.dropRepeats(twice, all));
    }

    @Test
    void largePagesStayFast() {
        StringBuilder big = new StringBuilder("<body><div class=wrap>");
        for (int i = 0; i < 20_000; i++) {
            big.append("<div class=item-").append(i % 50).append("><p>Item ").append(i).append(": ").append(P1).append("</p>")
                    .append("<a href=/").append(i).append(">link ").append(i).append("</a></div>");
        }
        big.append("</div></body>");
        var page = Jsoup.parse(big.toString());
        long start = System.nanoTime();
        HtmlBody body = EXTRACTOR.extract(page, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20_000, body.paragraphs().size());
        assertTrue(millis < 3_000, "took " + millis + " ms");
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String deep = "<div>".repeat(1_500) + "<p>" + P1 + "</p><p>" + P2 + "</p>" + "</div>".repeat(1_500);
        HtmlBody body = extract("<body>" + deep + "</body>");
        assertEquals(List.of(P1, P2), body.paragraphs());
    }
}
