package dev.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineTest {
    @Test
    void prose() {
        Line l = Line.of(0, "The foreign ministry said in a statement that talks would go ahead.");
        assertTrue(l.prose());
        assertTrue(l.terminal());
        assertFalse(l.titleLike());
    }

    @Test
    void sentenceEndInsideQuotes() {
        assertTrue(Line.of(0, "\u201cYou gotta give me a big win please,\u201d he said. \u201cPlease.\u201d").terminal());
        assertTrue(Line.of(0, "He asked (and got no answer.)").terminal());
        assertFalse(Line.of(0, "Donald Trump says summit 'could still happen'").terminal());
    }

    @Test
    void headlinesAndLabels() {
        Line caption = Line.of(0, "Donald Trump says North Korea summit 'could still happen'");
        assertFalse(caption.prose());
        assertTrue(caption.titleLike());
        assertEquals(9, caption.words());
        assertFalse(Line.of(0, "WORLD NEWS TODAY FROM EVERYWHERE IN THE WORLD AT ONCE FOR ALL OF YOU TO READ NOW.").prose());
    }

    @Test
    void shortSentences() {
        assertTrue(Line.of(0, "A spokeswoman declined to comment.").shortSentence());
        assertFalse(Line.of(0, "Yes.").shortSentence());
    }

    @Test
    void tableRows() {
        assertTrue(Line.of(0, "1 Kyle Busch 5040 5 1 17 27").tableRow());
        assertFalse(Line.of(0, "Nov 18, 2019 at 9:24 pm ET").tableRow());
    }

    @Test
    void unspacedScriptsCountByCharacters() {
        Line l = Line.of(0, "北京时间周三上午，外交部发言人在例行记者会上回答了记者提问。");
        assertTrue(l.words() >= 10, "words " + l.words());
        assertTrue(l.prose());
    }
}
