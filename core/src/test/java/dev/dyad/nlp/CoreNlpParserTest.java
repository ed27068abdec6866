package dev.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Article;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nlp stage with CoreNLP's real models (loaded once per test JVM). */
class CoreNlpParserTest {
    private static ParsedArticle parse(String title, String published, String... paragraphs) {
        return CoreNlpParser.shared().parse(new Article("t", title, null, List.of(), published, "en", null,
                List.of(paragraphs), List.of()));
    }

    @Test
    void sentencesNeverSpanABlankLine() {
        // a signature repeated on two lines, then the article: CoreNLP alone reads one person here
        ParsedArticle p = parse("Title", "2018-05-30", "Louise Thomas", "Louise Thomas", "Russia said on Tuesday it would talk.");
        List<Sentence> body = p.sentences().stream().filter(s -> s.field().equals("body")).toList();
        assertEquals(3, body.size(), body.toString());
        assertEquals(List.of(0, 1, 2), body.stream().map(Sentence::paragraph).toList());
        assertEquals("Russia said on Tuesday it would talk.", body.get(2).text());
    }

    @Test
    void offsetsPointIntoTheirFieldAndTimesUseTheDateline() {
        ParsedArticle p = parse("Lavrov to visit Pyongyang", "2018-05-30T08:57:00+01:00",
                "Sergei Lavrov's visit on Thursday comes ahead of a summit.", "He met officials last week.");
        for (Sentence s : p.sentences()) {
            String field = p.fieldText(s.field());
            assertEquals(s.text(), field.substring(s.start(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.word(), field.substring(t.start(), t.end()));
            }
            assertTrue(s.dependencies().size() >= s.tokens().size() - 1, "every token has a governor");
        }
        List<TimeExpression> times = p.sentences().stream().flatMap(s -> s.times().stream()).toList();
        assertEquals("2018-05-31", times.get(0).value(), "Thursday after Wednesday 30 May 2018");
        assertEquals("2018-W21", times.get(1).value());
        assertEquals("title", p.sentences().get(0).field());
        Token lavrov = p.sentences().get(1).tokens().get(0);
        assertEquals("PERSON", lavrov.ner());
    }
}
