package dev.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.Lexicon;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.nlp.Parser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the pipeline refuses to analyse, and says why, before any model is asked. */
class PipelineLimitsTest {
    /** A parser that must not be reached: the documents here are refused before analysis. */
    private static final Parser UNREACHABLE = article -> {
        throw new AssertionError("parsed " + article.source());
    };

    private static Pipeline.Result run(String text) {
        Pipeline p = new Pipeline(new ExtractionStage(), () -> UNREACHABLE, Lexicon.builtIn());
        return p.process(new RawDocument("t.txt", text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT, null,
                DocumentHints.NONE));
    }

    @Test
    void anArticlePastTheAnalysisLimitIsRefusedWithItsLength() {
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int p = 0; p < 100; p++) {
            for (int k = 0; k < 40; k++) {
                text.append("The ministers of both countries met for the ").append(p * 40 + k)
                        .append("th time in the capital on Tuesday, officials said. ");
            }
            text.append("\n\n");
        }
        Pipeline.Result r = run(text.toString());
        assertFalse(r.extraction().ok());
        assertEquals("too_large", r.extraction().rejection().code());
        assertTrue(r.extraction().rejection().message().contains("300000"), r.extraction().rejection().message());
    }

    @Test
    void anArticleInAnotherLanguageIsRefusedWithItsLanguage() {
        Pipeline.Result r = run("Titre\n\nLe président a dit mardi que les discussions avec la délégation ont été utiles "
                + "et qu'elles vont continuer dans la semaine qui vient, selon les responsables.\n");
        assertEquals("unsupported_language", r.extraction().rejection().code());
        assertTrue(r.extraction().rejection().message().contains("'fr'"));
    }
}
