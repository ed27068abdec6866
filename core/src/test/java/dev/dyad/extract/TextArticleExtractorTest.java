package dev.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Article;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.model.RemovedBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end reading of small hand-made flattened pages. */
class TextArticleExtractorTest {
    private final TextArticleExtractor extractor = new TextArticleExtractor();

    private Article read(String text) {
        return read(text, DocumentHints.NONE);
    }

    private Article read(String text, DocumentHints hints) {
        RawDocument doc = new RawDocument("test.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT, "UTF-8", hints);
        return extractor.extract(doc, text);
    }

    private static boolean removedAs(Article a, String reason, String snippet) {
        return a.removed().stream().anyMatch(r -> r.reason().equals(reason) && r.text().contains(snippet));
    }

    /** A page shaped like the seed: headline, standfirst, bare byline, dateline, pitch, captions, prompts. */
    private static final String PITCHED = """
            Harbour authority approves new ferry terminal after two-year review

            Council members say the project will ease congestion on the\u00a0coastal road\u00a0

            Maria Lindqvist
            Tuesday 5 March 2019 14:20 GMT
            Ferry operators welcome decision on terminal expansion plans

            Support our journalism

            Independent reporting costs money, and every contribution counts toward the next story we publish.

            Please make a donation today.

            Anna Berg

            Anna Berg


            The harbour authority on Tuesday approved plans for a new ferry terminal, ending a review that began two years ago.

            Officials said construction would start in the autumn and take about eighteen months to complete.

            Residents near the coastal road say the traffic of lorries waiting for ferries has grown every summer.

            Local residents describe traffic chaos along the coastal road every summer

            The project is expected to cost about 40 million euros, most of it paid by the port's operators.

            A spokesman for the operators said they were pleased with the outcome.

            Join our commenting forum

            Join thought-provoking conversations and see the replies of other readers

            Thank you for registering
            """;

    @Test
    void seedShapedPage() {
        Article a = read(PITCHED);
        assertEquals("Harbour authority approves new ferry terminal after two-year review", a.title());
        assertEquals("Council members say the project will ease congestion on the coastal road", a.subtitle());
        assertEquals(List.of("Maria Lindqvist"), a.authors());
        assertEquals("2019-03-05T14:20:00Z", a.published());
        assertEquals("en", a.language());
        assertTrue(a.paragraphs().get(0).startsWith("The harbour authority on Tuesday approved"));
        assertEquals("A spokesman for the operators said they were pleased with the outcome.",
                a.paragraphs().get(a.paragraphs().size() - 1));
        assertEquals(5, a.paragraphs().size(), a.body());
    }

    @Test
    void repeatedSignatureIsDropped() {
        Article a = read(PITCHED);
        assertFalse(a.body().contains("Anna Berg"));
        assertTrue(removedAs(a, "signature", "Anna Berg\nAnna Berg"));
    }

    @Test
    void donationPitchIsDroppedAsOneBlock() {
        Article a = read(PITCHED);
        assertFalse(a.body().contains("contribution"));
        assertTrue(removedAs(a, "donation appeal", "Support our journalism"));
        assertTrue(removedAs(a, "donation appeal", "Independent reporting costs money"),
                "the sentence between two appeal cues goes with them");
    }

    @Test
    void headlineLikeLineBetweenParagraphsIsDropped() {
        Article a = read(PITCHED);
        assertFalse(a.body().contains("Local residents describe traffic chaos"));
        assertTrue(removedAs(a, "video caption / related story", "Local residents describe traffic chaos"));
        assertTrue(removedAs(a, "video caption / related story", "Ferry operators welcome decision"));
    }

    @Test
    void commentPromptsAreDropped() {
        Article a = read(PITCHED);
        assertFalse(a.body().contains("Join"));
        assertTrue(removedAs(a, "comment and login prompts", "Thank you for registering"));
    }

    @Test
    void paragraphsAreNormalised() {
        Article a = read(PITCHED);
        for (String p : a.paragraphs()) {
            assertFalse(p.isBlank());
            assertEquals(p.strip(), p);
            assertFalse(p.contains("\u00a0") || p.contains("  "), p);
        }
        assertEquals(String.join("\n\n", a.paragraphs()), a.body());
    }

    private static final String MENU_PAGE = """
            Storm closes mountain passes across the region | Alpine Daily

            Skip to content
            Home
            News
            Sport
            Weather
            Business
            Culture

            Storm closes mountain passes across the region

            By Lukas Meier and Sofia Brunner
            Nov 19, 2019, 10:31 pm CET

            Heavy snow closed three mountain passes on Tuesday, cutting off several villages for the second time this winter.

            Advertisement

            Snowploughs worked through the night, but the police said the roads would stay shut until the wind dropped.

            Avalanche risk
            The avalanche warning service raised its alert to the fourth of five levels in the western valleys.

            Rail services through the tunnel continued to run normally, the operator said.

            Share this article
            Facebook
            Twitter

            Most Popular
            Village fair draws record crowds
            New bridge opens to traffic
            Local team wins the cup

            Top Rated Comments
            This is the third time this year that the passes have been closed, and nobody seems to learn anything from it at all.
            Rating: 12 Votes
            I drove through there on Monday and it was already getting dangerous on the upper stretch of the road.

            © 2019 Alpine Daily. All rights reserved.
            Privacy Policy
            """;

    @Test
    void menusAndRailsAreDropped() {
        Article a = read(MENU_PAGE);
        assertEquals("Storm closes mountain passes across the region", a.title());
        assertEquals(List.of("Lukas Meier", "Sofia Brunner"), a.authors());
        assertEquals("2019-11-19T22:31:00+01:00", a.published());
        assertEquals(List.of(
                "Heavy snow closed three mountain passes on Tuesday, cutting off several villages for the second time this winter.",
                "Snowploughs worked through the night, but the police said the roads would stay shut until the wind dropped.",
                "Avalanche risk",
                "The avalanche warning service raised its alert to the fourth of five levels in the western valleys.",
                "Rail services through the tunnel continued to run normally, the operator said."), a.paragraphs());
        assertTrue(removedAs(a, "navigation", "Sport\nWeather"));
        assertTrue(removedAs(a, "advertisement", "Advertisement"));
    }

    @Test
    void commentsAfterTheArticleAreNotBody() {
        Article a = read(MENU_PAGE);
        assertFalse(a.body().contains("drove through there"));
        assertFalse(a.body().contains("Village fair"));
        assertTrue(a.removed().stream().map(RemovedBlock::reason).anyMatch("comment and login prompts"::equals));
    }

    @Test
    void proseAboveTheHeadlineIsNotBody() {
        String page = """
                Council votes to rebuild the old library - City Post

                Breaking News
                Police arrest two men after a long chase through the city centre on Monday night, officials said.
                Schools will reopen next week after repairs to the heating systems were finished early, the mayor said.

                Council votes to rebuild the old library

                March 4, 2020

                The city council voted on Wednesday to rebuild the old library, which was damaged in a fire last year.

                The new building will keep the original facade and add a reading room for children.

                Work is due to begin in the spring, the council said in a statement.
                """;
        Article a = read(page);
        assertEquals("Council votes to rebuild the old library", a.title());
        assertEquals("2020-03-04", a.published());
        assertEquals(3, a.paragraphs().size(), a.body());
        assertTrue(a.body().startsWith("The city council voted on Wednesday"));
    }

    @Test
    void hintsWin() {
        Article a = read(MENU_PAGE, new DocumentHints("https://example.org/a", "2019-11-20", "Given title"));
        assertEquals("Given title", a.title());
        assertEquals("2019-11-20", a.published());
        assertEquals("https://example.org/a", a.url());
    }

    @Test
    void brokenSentenceIsJoined() {
        String page = """
                Harvest figures

                Farmers reported the largest wheat harvest in more than a decade this year, the agriculture ministry said on Friday,
                crediting a warm spring and late rains across the northern plains.

                Prices for bread are expected to fall slightly over the coming months, traders said.
                """;
        Article a = read(page);
        assertEquals(2, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).contains("on Friday, crediting a warm spring"), a.paragraphs().get(0));
    }

    @Test
    void oddTextNeverThrows() {
        for (String text : new String[] {"", "\n\n\n", "   \u00a0  ", "x", "\u0000\u0001\u0002", "a\nb\nc", "© 2019"}) {
            Article a = read(text);
            assertTrue(a.paragraphs().isEmpty(), text);
        }
        Article none = read("");
        assertNull(none.title());
        assertNull(none.published());
    }

    @Test
    void aWireDatelineDatesAnUndatedStory() {
        Article a = read("""
                Turkey keeps its border open to migrants

                ANKARA, March 5, 2020 (Reuters) - Turkey said on Thursday it would keep its border with Greece open to \
                migrants who want to leave, as thousands gathered at the frontier for a sixth day.

                The foreign ministry said the decision would stand until the European Union met its promises on funding \
                for the refugees Turkey hosts, officials told reporters in the capital.
                """);
        assertEquals("2020-03-05", a.published());
        assertTrue(a.paragraphs().get(0).startsWith("ANKARA, March 5, 2020 (Reuters) - Turkey"), a.paragraphs().toString());
        Article dated = read("""
                Turkey keeps its border open to migrants

                Published 7 March 2020

                ANKARA, March 5, 2020 (Reuters) - Turkey said on Thursday it would keep its border with Greece open to \
                migrants who want to leave, as thousands gathered at the frontier for a sixth day.
                """);
        assertEquals("2020-03-07", dated.published(), "the page's own date wins over the dateline's");
    }
}
