package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {
    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    private PageMetadata read(String html) {
        return extractor.extract(Jsoup.parse(html));
    }

    @Test
    void readsArticleFromJsonLdGraphWithAuthorReference() {
        PageMetadata m = read("""
                <html lang="en-GB"><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://ex.org/#site","name":"Example Times"},
                  {"@type":"WebPage","@id":"https://ex.org/a","name":"Page name","datePublished":"2021-05-01"},
                  {"@type":"NewsArticle","headline":"Ministers meet in Oslo","datePublished":"2021-03-04T10:00:00+01:00",
                   "author":{"@id":"https://ex.org/#jane"},"articleBody":"First paragraph.\\nSecond paragraph."},
                  {"@type":"Person","@id":"https://ex.org/#jane","name":"Jane Doe"}]}
                </script></head><body><p>text</p></body></html>""");
        assertEquals("Ministers meet in Oslo", m.title());
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals("2021-03-04T10:00:00+01:00", m.published());
        assertEquals("First paragraph.\nSecond paragraph.", m.articleBody());
        assertEquals("en", m.language());
    }

    @Test
    void readsAuthorArraysOfObjectsAndStrings() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                [{"@type":"BlogPosting","headline":"H","author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen and Cy Dunn"]}]
                </script>""");
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dunn"), m.authors());
    }

    @Test
    void organisationAuthorGivesWayToBylineInPage() {
        PageMetadata m = read("""
                <head><meta property="og:site_name" content="Health Clinic">
                <script type="application/ld+json">{"@type":"Article","headline":"Sleep well",
                "author":{"@type":"Organization","name":"Health Clinic"}}</script></head>
                <body><article><h1>Sleep well</h1><div class="byline">By Iris Moreau</div><p>Body.</p></article></body>""");
        assertEquals(List.of("Iris Moreau"), m.authors());
    }

    @Test
    void stripsSiteNameFromStatedTitle() {
        PageMetadata m = read("""
                <head><title>Rates rise again | The Daily Ledger</title>
                <meta property="og:site_name" content="The Daily Ledger"></head><body><p>x</p></body>""");
        assertEquals("Rates rise again", m.title());
    }

    @Test
    void aHeadingEndingWithAColonIsNotTheTitle() {
        PageMetadata m = read("""
                <body><h1>Notes on folding:</h1><h1>The fold-and-cut problem</h1><p>Body text.</p></body>""");
        assertEquals("The fold-and-cut problem", m.title());
    }

    @Test
    void prefersHeadingConfirmedByTitleOverSiteLogoHeading() {
        PageMetadata m = read("""
                <head><meta property="og:title" content="Notes on tidy shell scripts - Pat's Notes"></head>
                <body><header><h1><a href="/">Pat's Notes</a></h1></header>
                <main><h1>Notes on tidy shell scripts</h1><p>Body text.</p></main></body>""");
        assertEquals("Notes on tidy shell scripts", m.title());
    }

    @Test
    void visibleHeadingWinsOverDifferentSeoTitleOnTheSameTopic() {
        PageMetadata m = read("""
                <head><title>Garden Trends For 2026 - Leafline</title></head>
                <body><h1>Ten Garden Trends to Watch This Spring</h1></body>""");
        assertEquals("Ten Garden Trends to Watch This Spring", m.title());
    }

    @Test
    void findsBylineWrittenInPage() {
        PageMetadata m = read("""
                <body><h1>Storm hits coast</h1>
                <p class="meta">By <a href="/people/jane-doe">Jane Doe</a> and John Roe, Staff Writers | May 3, 2024</p>
                <p>The storm arrived on Tuesday.</p></body>""");
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals("2024-05-03", m.published());
    }

    @Test
    void readsLabelBeforeTheName() {
        PageMetadata m = read("""
                <body><h1>Harbour repairs</h1><div><p>Written by</p><p>Kofi Mensah</p></div></body>""");
        assertEquals(List.of("Kofi Mensah"), m.authors());
    }

    @Test
    void ignoresBylinesOfRelatedStories() {
        PageMetadata m = read("""
                <body><h1>Main story</h1><p>Text.</p>
                <div class="related-posts"><span class="author">Other Writer</span></div></body>""");
        assertTrue(m.authors().isEmpty(), m.authors().toString());
    }

    @Test
    void readsDateFromTimeElementByHeadline() {
        PageMetadata m = read("""
                <body><aside class="sidebar"><time datetime="2019-01-01">old</time></aside>
                <article><h1>Title here</h1><time datetime="2023-06-05T08:30:00Z">June 5</time><p>x</p></article></body>""");
        assertEquals("2023-06-05T08:30:00Z", m.published());
    }

    @Test
    void metaPublicationTimeComesFirst() {
        PageMetadata m = read("""
                <head><meta property="article:published_time" content="2022-04-11T09:20:31+00:00"></head>
                <body><h1>T</h1><time datetime="2023-01-01">x</time></body>""");
        assertEquals("2022-04-11T09:20:31Z", m.published());
    }

    @Test
    void aDayShownInTheReadersZoneJoinsTheStatedUtcTime() {
        List<MetaChoices.Choice> dates = HtmlMetadataExtractor.witness(Jsoup.parse("""
                <head><meta property="article:published_time" content="2021-12-10T02:17:00Z"></head>
                <body><article><h1>Sourdough for one</h1><time datetime="2021-12-09">December 9, 2021</time>
                <p>Text.</p></article></body>""")).dates();
        assertEquals(List.of("2021-12-10"), dates.stream().map(MetaChoices.Choice::key).toList());
        MetaChoices.Choice d = dates.get(0);
        assertEquals(1.0, d.features()[DateChoices.FEATURES.indexOf("shown.near")]);
        assertEquals(1.0, d.features()[DateChoices.FEATURES.indexOf("meta.published")]);
        // a time late in the UTC day is not the day before in another zone
        List<MetaChoices.Choice> apart = HtmlMetadataExtractor.witness(Jsoup.parse("""
                <head><meta property="article:published_time" content="2021-12-10T15:00:00Z"></head>
                <body><article><h1>Sourdough for one</h1><time datetime="2021-12-09">December 9, 2021</time>
                <p>Text.</p></article></body>""")).dates();
        assertEquals(List.of("2021-12-10", "2021-12-09"), apart.stream().map(MetaChoices.Choice::key).toList());
    }

    @Test
    void readsThePublicationDateAPagesScriptDataStates() {
        assertEquals("2025-05-27", DateChoices.scriptDate(Jsoup.parse("""
                <head><script type="application/ld+json">{"datePublished":"2020-01-01"}</script>
                <script>window.pageData = {"createDate":"2019-09-12","publishDate":"2025-05-27"};</script></head>""")));
        assertNull(DateChoices.scriptDate(Jsoup.parse("<script>var x = {\"published\": true};</script>")));
    }

    @Test
    void aBareHeadingIsMarked() {
        List<MetaChoices.Choice> bare = HtmlMetadataExtractor.witness(Jsoup.parse(
                "<body><h1>Tides</h1><p>Text.</p></body>")).titles();
        List<MetaChoices.Choice> named = HtmlMetadataExtractor.witness(Jsoup.parse(
                "<body><h1 class=\"entry-title\">Tides</h1><p>Text.</p></body>")).titles();
        int i = TitleChoices.FEATURES.indexOf("h1.bare");
        assertEquals(1.0, bare.get(0).features()[i]);
        assertEquals(0.0, named.get(0).features()[i]);
    }

    @Test
    void urlDayCorrectsAUtcTimeOneDayLater() {
        PageMetadata m = read("""
                <head><link rel="canonical" href="https://blog.example.com/2024/03/08/some-post/">
                <meta property="article:published_time" content="2024-03-09T03:15:00+00:00"></head><body></body>""");
        assertEquals("2024-03-08", m.published());
        assertEquals("https://blog.example.com/2024/03/08/some-post/", m.url());
    }

    @Test
    void dateFromUrlWhenPageStatesNone() {
        PageMetadata m = read("""
                <head><link rel="canonical" href="https://news.example.com/2019/11/19/story.html"></head><body></body>""");
        assertEquals("2019-11-19", m.published());
    }

    @Test
    void malformedJsonLdIsIgnoredAndMetaTagsStillRead() {
        PageMetadata m = assertDoesNotThrow(() -> read("""
                <head><script type="application/ld+json">{"@type": "Article", "headline": </script>
                <script type="application/ld+json">not json at all {{{</script>
                <meta name="author" content="Lou Green"><meta property="og:title" content="Fine title">
                </head><body></body>"""));
        assertEquals("Fine title", m.title());
        assertEquals(List.of("Lou Green"), m.authors());
    }

    @Test
    void emptyPageGivesEmptyMetadata() {
        PageMetadata m = read("");
        assertNull(m.title());
        assertNull(m.published());
        assertTrue(m.authors().isEmpty());
    }

    @Test
    void subtitleFromDescription() {
        PageMetadata m = read("""
                <head><meta name="description" content="Plain description">
                <meta property="og:description" content="Open Graph description"></head>""");
        assertEquals("Open Graph description", m.subtitle());
    }

    /** A description its publisher cut short gives way to the whole standfirst the page shows. */
    @Test
    void aDescriptionCutShortGivesWayToTheWholeStandfirst() {
        String whole = "Kremlin's chief diplomat will meet counterpart in Pyongyang to discuss situation on Korean peninsula";
        PageMetadata fromPage = read("""
                <head><meta name="description" content="Kremlin's chief diplomat will meet counterpart in Pyongyang to\u2026">
                </head><body><h1>Lavrov to visit North Korea</h1><p class="standfirst">%s</p>
                <p>%s, the Kremlin said on Wednesday in a statement that ran to several paragraphs.</p></body>"""
                .formatted(whole, whole));
        assertEquals(whole, fromPage.subtitle(), "the shortest paragraph that begins with the cut words");
        PageMetadata fromLd = read("""
                <head><meta property="og:description" content="Kremlin's chief diplomat will meet counterpart in Pyong...">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lavrov to visit North Korea",
                "description": "%s"}</script></head><body><p>Other text.</p></body>""".formatted(whole));
        assertEquals(whole, fromLd.subtitle());
        PageMetadata nothingMore = read("""
                <head><meta name="description" content="Kremlin's chief diplomat will meet counterpart in Pyongyang to\u2026">
                </head><body><p>Other text.</p></body>""");
        assertEquals("Kremlin's chief diplomat will meet counterpart in Pyongyang to\u2026", nothingMore.subtitle(),
                "kept as it is where nothing has more");
    }

    @Test
    void readsAWrittenByLineWithTheName() {
        PageMetadata m = read("""
                <body><article><h1>How tides work</h1><p>Written by Mara Quill</p><p>Body text.</p></article></body>""");
        assertEquals(List.of("Mara Quill"), m.authors());
    }

    @Test
    void readsTheNameThatOpensAnAuthorBox() {
        PageMetadata m = read("""
                <body><article><h1>How tides work</h1><p>Body text.</p>
                <div class="post-author-box"><img src="a.jpg" alt=""><div>Mara Quill</div>
                <p>Mara Quill writes about the sea and the people who work on it, from harbours to research
                ships, and has done so for twenty years in magazines, newspapers and books of her own.</p></div>
                </article></body>""");
        assertEquals(List.of("Mara Quill"), m.authors());
    }
}
