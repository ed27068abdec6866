package dev.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import dev.dyad.model.Article;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.Extraction;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.ExtractionStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Extraction under generated and mutated pages: a seeded random loop (the same cases every run) over
 * pages built from a small grammar of news-page parts and over real pages with bytes flipped, cut,
 * repeated and spliced. Whatever goes in, extraction answers with an article or a rejection, never an
 * exception; its record is valid JSON with the fields record-formats.md names; and the same input gives
 * the same record.
 */
class ExtractionFuzzTest {
    private static final int CASES = 600;
    private static final ExtractionStage STAGE = new ExtractionStage();

    private static final String[] TAGS = {"div", "p", "span", "article", "section", "header", "footer", "nav",
        "aside", "main", "h1", "h2", "ul", "li", "a", "time", "figure", "figcaption", "table", "td", "script",
        "style", "noscript", "form", "button", "b", "i", "br", "img", "iframe", "svg", "template"};
    private static final String[] ATTRS = {"class=\"article-body\"", "class=\"nav menu\"", "id=\"main\"",
        "class=\"byline\"", "itemprop=\"articleBody\"", "class=\"related-links\"", "datetime=\"2018-05-30T10:00:00Z\"",
        "datetime=\"0000-00-00\"", "datetime=\"9999-12-31T23:59:59+14:00\"", "rel=\"author\"", "hidden",
        "style=\"display:none\"", "onerror=\"alert(1)\"", "href=\"javascript:void(0)\"", "lang=\"ar\"", "class"};
    private static final String[] WORDS = {"Sergei", "Lavrov", "visited", "Pyongyang", "on", "Thursday", "the",
        "minister", "said", "talks", "summit", "&amp;", "&nbsp;", "&#0;", "&#x110000;", "<", ">", "\"", "'",
        "Share", "Subscribe", "Cookie", "©", "2018", "year 0", "9999", "ﺍﻟﻌﺮﺑﻴﺔ", "中文新闻", "\u0000", "\uFEFF",
        "\u202E", "\uD83D\uDE00", "By", "Reuters", "—", "\t", "\r\n", "\n\n", "...", "Mr Kim"};

    @Test
    void extractionNeverThrowsAndAnswersTheSameTwice() throws IOException {
        byte[] seed = resource("/golden/seed/000_33b13eb07131111b.txt");
        byte[] page = newsPage().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20_181_130L);
        int articles = 0;
        int rejections = 0;
        for (int i = 0; i < CASES; i++) {
            RawDocument doc = generate(random, i, seed, page);
            Extraction first = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> STAGE.process(doc),
                    () -> "case " + doc.source() + " hung");
            Extraction second = STAGE.process(doc);
            String line = check(doc, first);
            assertEquals(line, check(doc, second), "case " + doc.source() + " answered differently twice");
            if (first.ok()) {
                articles++;
            } else {
                rejections++;
            }
        }
        // the loop must exercise both outcomes, or it tests less than it claims
        assertTrue(articles > CASES / 10, "articles " + articles);
        assertTrue(rejections > 0, "rejections " + rejections);
    }

    private static String check(RawDocument doc, Extraction e) {
        assertEquals(doc.source(), e.source());
        JsonNode record;
        String line;
        if (e.ok()) {
            Article a = e.article();
            for (String p : a.paragraphs()) {
                assertFalse(p.isBlank(), "blank paragraph in " + doc.source());
                assertEquals(p.strip(), p, "paragraph not trimmed in " + doc.source());
            }
            if (a.published() != null) {
                assertTrue(isoDate(a.published()), "published not ISO 8601 in " + doc.source() + ": " + a.published());
            }
            line = Records.line(Records.extraction(e));
            record = parse(line);
            assertTrue(record.has("body") && record.get("body").isTextual(), line);
            assertEquals(a.body(), record.get("body").asText());
            assertTrue(record.has("title") && record.has("removed"), line);
        } else {
            assertNotNull(e.rejection().code(), doc.source());
            line = Records.line(Records.error(e.source(), e.rejection()));
            record = parse(line);
            assertTrue(record.path("error").path("code").isTextual(), line);
            assertTrue(record.path("error").path("message").isTextual(), line);
        }
        assertFalse(line.contains("\n"), "a record spans lines: " + doc.source());
        assertEquals(doc.source(), record.path("source").asText());
        return line;
    }

    private static JsonNode parse(String line) {
        try {
            return Records.mapper().readTree(line);
        } catch (IOException ex) {
            throw new AssertionError("not valid JSON: " + line, ex);
        }
    }

    private static boolean isoDate(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException notDateTime) {
            try {
                java.time.LocalDateTime.parse(s); // a page that gives no zone: ISO 8601 all the same
                return true;
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate.parse(s);
                    return true;
                } catch (DateTimeParseException notDate) {
                    return false;
                }
            }
        }
    }

    private static RawDocument generate(Random r, int i, byte[] seed, byte[] page) {
        int kind = r.nextInt(5);
        byte[] bytes;
        MediaType type;
        switch (kind) {
            case 0 -> {
                bytes = generatedPage(r).getBytes(StandardCharsets.UTF_8);
                type = MediaType.HTML;
            }
            case 1 -> {
                bytes = generatedText(r).getBytes(StandardCharsets.UTF_8);
                type = MediaType.TEXT;
            }
            case 2 -> {
                bytes = mutate(r, page);
                type = MediaType.HTML;
            }
            case 3 -> {
                bytes = mutate(r, seed);
                type = MediaType.TEXT;
            }
            default -> {
                bytes = randomBytes(r);
                type = r.nextBoolean() ? MediaType.HTML : MediaType.TEXT;
            }
        }
        String charset = r.nextInt(8) == 0 ? "windows-1252" : null;
        DocumentHints hints = r.nextInt(4) == 0
                ? new DocumentHints(null, pick(r, new String[] {"2018-05-30", "0000-01-01", "9999-12-31", "not a date",
                    "2018-02-30T25:00:00Z"}), pick(r, WORDS))
                : DocumentHints.NONE;
        return new RawDocument("fuzz-" + i + "-" + kind, bytes, type, charset, hints);
    }

    private static String generatedPage(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append("<!DOCTYPE html>");
        }
        b.append("<html><head>");
        if (r.nextBoolean()) {
            b.append("<title>").append(sentence(r, 8)).append("</title>");
        }
        if (r.nextBoolean()) {
            b.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(sentence(r, 6)).append("\",\"datePublished\":\"")
                .append(pick(r, new String[] {"2018-05-30T09:00:00Z", "0000-00-00", "9999-99-99", "", "yesterday"}))
                .append(r.nextBoolean() ? "\"}" : "\",").append("</script>");
        }
        if (r.nextBoolean()) {
            b.append("<meta property=\"article:published_time\" content=\"")
                .append(pick(r, new String[] {"2018-05-30", "year 0", "9999-12-31T23:59:59Z", "\u0000"})).append("\">");
        }
        b.append("</head><body>");
        element(r, b, 0);
        if (r.nextInt(4) > 0) {
            b.append("</body></html>");
        }
        return b.toString();
    }

    private static void element(Random r, StringBuilder b, int depth) {
        int children = depth > 6 ? 0 : r.nextInt(5);
        String tag = pick(r, TAGS);
        b.append('<').append(tag);
        if (r.nextBoolean()) {
            b.append(' ').append(pick(r, ATTRS));
        }
        b.append('>');
        if (r.nextInt(3) > 0) {
            b.append(sentence(r, 1 + r.nextInt(40)));
        }
        for (int c = 0; c < children; c++) {
            element(r, b, depth + 1);
        }
        if (r.nextInt(6) > 0) {
            b.append("</").append(tag).append('>');
        }
    }

    private static String generatedText(Random r) {
        StringBuilder b = new StringBuilder();
        int lines = r.nextInt(40);
        for (int l = 0; l < lines; l++) {
            b.append(sentence(r, r.nextInt(30))).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return b.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            b.append(pick(r, WORDS));
        }
        return b.append(r.nextBoolean() ? "." : "").toString();
    }

    private static byte[] mutate(Random r, byte[] base) {
        byte[] b = base.clone();
        int edits = 1 + r.nextInt(12);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(400));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(400));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
            }
        }
        return b;
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(3000)];
        r.nextBytes(b);
        return b;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExtractionFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** A small news page in the common shape: metadata, navigation, the article, related links, a footer. */
    private static String newsPage() {
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Russia's Lavrov visits North Korea ahead of summit | The Daily</title>
            <meta property="og:title" content="Russia's Lavrov visits North Korea ahead of summit">
            <meta name="author" content="Jane Doe">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Russia's Lavrov visits North Korea ahead of summit","datePublished":"2018-05-30T08:00:00Z",
            "author":{"@type":"Person","name":"Jane Doe"}}</script></head>
            <body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
            <li><a href="/politics">Politics</a></li></ul></nav></header>
            <main><article><h1>Russia's Lavrov visits North Korea ahead of summit</h1>
            <p class="byline">By <a rel="author" href="/jane">Jane Doe</a> <time datetime="2018-05-30T08:00:00Z">30 May 2018</time></p>
            <p>Russia's foreign minister Sergei Lavrov will visit Pyongyang on Thursday, the foreign ministry said,
            as preparations continue for a planned summit between Donald Trump and Kim Jong-un.</p>
            <p>Kim Yong-chol, a senior North Korean official, arrived in New York on Wednesday for talks with
            US Secretary of State Mike Pompeo.</p>
            <p>Mr Trump cancelled the meeting last week in a letter, before saying it could still go ahead on 12 June.</p>
            <figure><img src="x.jpg" alt=""><figcaption>Sergei Lavrov in Moscow. Photo: Agency</figcaption></figure>
            </article><aside class="related-links"><h2>Related</h2><ul><li><a href="/a">Trump and Kim</a></li>
            <li><a href="/b">Moon meets Kim</a></li></ul></aside></main>
            <footer><p>© 2018 The Daily. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
            </body></html>
            """;
    }
}
