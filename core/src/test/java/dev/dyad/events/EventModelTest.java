package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventModelTest {
    /** Examples where "strike" with a human object is an attack, "strike" with "deal" none, and "meet" a meeting. */
    private static EventModel toy(long seed) {
        List<List<String>> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            x.add(List.of("lemma=strike", "obj=village"));
            y.add("ASSAULT");
            x.add(List.of("lemma=strike", "obj=deal"));
            y.add(EventModel.NONE);
            x.add(List.of("lemma=meet", "obj=minister"));
            y.add("CONSULT");
        }
        List<Double> w = Collections.nCopies(x.size(), 1.0);
        List<String> d = Collections.nCopies(x.size(), EventModel.REAL);
        return EventModel.train("toy", x, y, w, d, new EventModel.Settings(10, 1e-4, 0.3, seed, 0.55, 0.5, 0.5));
    }

    @Test
    void learnsWhatTellsTheUsesOfAWordApart() {
        EventModel m = toy(17);
        assertEquals("ASSAULT", m.decide(List.of("lemma=strike", "obj=village"), null).label());
        assertFalse(m.decide(List.of("lemma=strike", "obj=deal"), null).event());
        assertEquals("CONSULT", m.decide(List.of("lemma=meet", "obj=minister"), null).label());
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        List<String> f = List.of("lemma=strike", "obj=village");
        assertArrayEquals(toy(5).probabilities(f), toy(5).probabilities(f));
    }

    @Test
    void aRulesCandidateKeepsItsTypeWhileTheModelGivesItHalfOfTheBest() {
        EventModel m = toy(17);
        // the model has learnt nothing of this word: the types it has seen about as likely, so the rule's
        // stands whichever of them it is; a type the model never saw has too little to stand
        for (String rule : List.of("ASSAULT", "CONSULT")) {
            EventModel.Decision d = m.decide(List.of("lemma=unknown"), rule);
            assertTrue(d.event());
            assertEquals(rule, d.label());
        }
        assertFalse(m.decide(List.of("lemma=unknown"), "PROTEST").label().equals("PROTEST"));
        // a rule's candidate the model is sure is no event is dropped
        assertFalse(m.decide(List.of("lemma=strike", "obj=deal"), "ASSAULT").event());
        // and one it is sure is another type takes that type
        assertEquals("CONSULT", m.decide(List.of("lemma=meet", "obj=minister"), "ACCUSE").label());
    }

    @Test
    void writtenWeightsReadBackToTheSameDecisions() throws IOException {
        EventModel m = toy(17);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out, List.of("made by a test"));
        EventModel back = EventModel.read("toy.tsv", new ByteArrayInputStream(out.toByteArray()));
        assertEquals("toy", back.name());
        for (List<String> f : List.of(List.of("lemma=strike", "obj=village"), List.of("lemma=strike", "obj=deal"))) {
            assertArrayEquals(m.probabilities(f), back.probabilities(f), 1e-3);
        }
    }

    @Test
    void badWeightFilesAreRefusedWithTheirLine() {
        String head = "# model\tx\n# labels\tNONE\tASSAULT\n";
        assertThrows(IllegalArgumentException.class, () -> read("# model\tx\n# labels\tNONE\tFIGHT\n(bias)\t0\t0\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(head + "(bias)\t0\n"));
        assertTrue(e.getMessage().contains(":3:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(head + "(bias)\t0\tNaN\n"));
        assertThrows(IllegalArgumentException.class, () -> read(head + "lemma=x\t0\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> read(head + "# min-score\t1.5\n(bias)\t0\t0\n"));
    }

    @Test
    void theShippedModelLoadsAndKnowsEveryType() {
        EventModel m = EventModel.builtIn().orElseThrow();
        assertEquals(17, m.labels().size());
        assertTrue(m.labels().contains(EventModel.NONE));
    }

    @Test
    void theCameoDictionaryMapsVerbsToPloverTypes() {
        CameoVerbs c = CameoVerbs.builtIn();
        assertTrue(c.verbTypes("attack").contains("ASSAULT"), c.verbTypes("attack").toString());
        assertTrue(c.verbTypes("accuse").contains("ACCUSE"));
        assertTrue(c.verbTypes("meet").contains("CONSULT"));
        assertTrue(c.verbTypes("zzz").isEmpty());
    }

    private static EventModel read(String text) throws IOException {
        return EventModel.read("bad.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
