package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupCuesTest {
    private static final MarkupCues CUES = MarkupCues.load();

    private static MarkupCues.Verdict judge(String html) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        return CUES.judge(e, new HashMap<>());
    }

    @Test
    void splitsNamesIntoWords() {
        assertEquals(List.of("related", "posts"), MarkupCues.words("related-posts"));
        assertEquals(List.of("share", "bar", "top"), MarkupCues.words("ShareBar__top"));
        assertEquals(List.of("article", "body", "2"), MarkupCues.words("article_body 2"));
    }

    @Test
    void readsTagsWordsPluralsAndRunTogetherNames() {
        assertEquals("navigation", judge("<nav></nav>").reason());
        assertEquals("comments", judge("<div class=\"user-comments\"></div>").reason());
        assertEquals("related links", judge("<div class=\"relatedposts\"></div>").reason());
        assertEquals("share bar", judge("<div id=\"socialShareTop\"></div>").reason());
        assertEquals("advertisement", judge("<div class=\"ad-slot\"></div>").reason());
        assertTrue(judge("<div class=\"article-body\"></div>").content());
    }

    @Test
    void negativeWordsDoNotMatchInsideOtherWords() {
        assertNull(judge("<div class=\"box-shadow loaded\"></div>").reason(), "'ad' inside 'shadow', 'loaded'");
        assertNull(judge("<div class=\"commentary-piece\"></div>").reason());
    }

    @Test
    void taxonomyWordsCountOnlyAtTheEndOfAName() {
        assertNull(judge("<article class=\"post type-post tag-elections category-world\"></article>").reason());
        assertEquals("tags", judge("<div class=\"post-tags\"></div>").reason());
    }

    @Test
    void negativeBeatsContentOnOneElement() {
        MarkupCues.Verdict v = judge("<div class=\"related-content\"></div>");
        assertEquals("related links", v.reason());
    }

    @Test
    void hiddenOnlyByWholeClassNames() {
        assertTrue(judge("<span class=\"sr-only\"></span>").hidden());
        assertFalse(judge("<div class=\"overflow-hidden\"></div>").hidden());
    }
}
