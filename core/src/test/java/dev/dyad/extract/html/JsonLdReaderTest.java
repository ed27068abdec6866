package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {
    @Test
    void toleratesLineBreaksInsideStrings() {
        JsonLdPage p = JsonLdReader.read(List.of("{\"@type\":\"Article\",\"headline\":\"Two\nlines\"}"));
        assertEquals("Two lines", p.main().headline());
    }

    @Test
    void decodesEntitiesEncodedOnceOrTwice() {
        JsonLdPage p = JsonLdReader.read(List.of("{\"@type\":\"Article\",\"headline\":\"And finally&amp;#8230; R&amp;D\"}"));
        assertEquals("And finally\u2026 R&D", p.main().headline());
        p = JsonLdReader.read(List.of("{\"@type\":\"Article\",\"headline\":\"Q&amp;A: AT&amp;amp;T\"}"));
        assertEquals("Q&A: AT&T", p.main().headline());
    }

    @Test
    void repairsMissingCommaBetweenMembers() {
        JsonLdPage p = JsonLdReader.read(List.of("{\"@type\": \"Article\",\n \"headline\": \"H\"\n \"datePublished\": \"2020-02-02\"\n}"));
        assertEquals("2020-02-02", p.main().datePublished());
    }

    @Test
    void readsSeveralObjectsInOneBlockAndCommentWrappers() {
        JsonLdPage p = JsonLdReader.read(List.of("<!-- {\"@type\":\"WebSite\",\"name\":\"Site\"} {\"@type\":\"BlogPosting\",\"headline\":\"Post\"} -->"));
        assertEquals("Post", p.main().headline());
        assertEquals(List.of("Site"), p.siteNames());
    }

    @Test
    void unreadableBlocksGiveNothing() {
        assertSame(JsonLdPage.EMPTY, JsonLdReader.read(List.of("{{{", "", "[1, 2")));
        assertTrue(JsonLdReader.parse("\"just a string\"").size() <= 1);
    }

    @Test
    void prefersTopLevelArticleWithContentOverNestedOnes() {
        JsonLdPage p = JsonLdReader.read(List.of("""
                {"@type":"CollectionPage","hasPart":[{"@type":"Article","headline":"Teaser"}]}""", """
                {"@type":"NewsArticle","headline":"Main","author":"Ann Lee","datePublished":"2024-01-02",
                 "publisher":{"@type":"Organization","name":"The Paper"}}"""));
        assertEquals("Main", p.main().headline());
        assertEquals("The Paper", p.main().publisher());
        assertTrue(p.siteNames().contains("The Paper"));
    }

    @Test
    void typeNamesCompareWithoutCaseAndPrefix() {
        JsonLdPage p = JsonLdReader.read(List.of("{\"@type\":[\"schema:article\"],\"name\":\"Lower\"}"));
        assertEquals("article", p.main().kind());
        assertEquals("Lower", p.main().headline());
    }

    @Test
    void decodesEntitiesAndStripsMarkupFromBody() {
        JsonLdPage p = JsonLdReader.read(List.of(
                "{\"@type\":\"Article\",\"headline\":\"Q&amp;A\",\"articleBody\":\"<p>One.</p><p>Two &amp; three.</p>\"}"));
        assertEquals("Q&A", p.main().headline());
        assertEquals("One.\n\nTwo & three.", p.main().articleBody());
        assertNull(p.page());
    }
}
