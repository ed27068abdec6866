package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.events.EventCoder;
import dev.dyad.events.EventModel;
import dev.dyad.model.Event;
import dev.dyad.model.Participant;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTrainingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EventCoder.Candidate candidate(String proposed, String actor, String recipient, String trigger) {
        Event e = new Event("e-1", "s", proposed, null, List.of(), "asserted", false, null,
                List.of(new Participant(actor, actor, actor, null, null)),
                List.of(new Participant(recipient, recipient, recipient, null, null)), null,
                new Event.Evidence("Some sentence that " + trigger + " someone.", 0, 30, trigger), List.of(), "x", 1, 0.5, "r");
        return new EventCoder.Candidate(List.of(), proposed, true, e);
    }

    private static EventTraining.Item item(String set, String... gold) throws IOException {
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String g : gold) {
            events.add(JSON.readTree(g));
        }
        return new EventTraining.Item("i", set, set.equals("synthetic") ? 0 : 1, events, true, null, List.of());
    }

    @Test
    void aCandidateWhosePartiesFitTheGoldTakesItsType() throws IOException {
        EventTraining.Item it = item("plover-gsr", "{\"event\": \"CONSULT\", \"actor\": [\"USA\"], \"recipient\": [\"PRK\"]}");
        assertEquals("CONSULT", EventTraining.label(candidate("AGREE", "USA", "PRK", "met"), it));
        assertEquals(EventModel.NONE, EventTraining.label(candidate("AGREE", "RUS", "PRK", "met"), it));
    }

    @Test
    void theRightTypeWithWrongPartiesIsStillThatType() throws IOException {
        // the actors were resolved wrong; the decision that it is a consultation was right
        EventTraining.Item it = item("plover-gsr", "{\"event\": \"CONSULT\", \"actor\": [\"USA\"], \"recipient\": []}");
        assertEquals("CONSULT", EventTraining.label(candidate("CONSULT", "GBR", "PRK", "met"), it));
    }

    @Test
    void aSyntheticGoldNamesItsTriggerWord() throws IOException {
        EventTraining.Item it = item("synthetic",
                "{\"event\": \"ASSAULT\", \"actor\": [\"RUS\"], \"recipient\": [\"UKR\"], \"trigger\": \"struck\"}");
        assertEquals("ASSAULT", EventTraining.label(candidate("PROTEST", "XXX", "YYY", "struck"), it));
        assertEquals(EventModel.NONE, EventTraining.label(candidate("PROTEST", "XXX", "YYY", "said"), it));
    }

    @Test
    void theWordOfASyntheticGoldIsNotTakenByAnotherWordWhosePartiesFit() throws IOException {
        // "The Arab League called on member states to boycott Israeli goods", coded PROTEST at "boycott":
        // "called" is a demand, not the boycott, however well the actors stage resolves the states
        EventTraining.Item it = item("synthetic",
                "{\"event\": \"PROTEST\", \"actor\": [\"IGOARB\"], \"recipient\": [], \"trigger\": \"boycott\"}");
        assertEquals(EventModel.NONE, EventTraining.label(candidate("REQUEST", "IGOARB", "ISR", "called"), it));
        assertEquals("PROTEST", EventTraining.label(candidate("REQUEST", "IGOARB", "ISR", "boycott"), it));
        // another word the rules give the gold's type is that event too: "bombed a school, killing 11 children"
        assertEquals("PROTEST", EventTraining.label(candidate("PROTEST", "IGOARB", "ISR", "protest"), it));
    }

    @Test
    void foldsByHashAreFixedAndEven() {
        int[] n = new int[EventTraining.FOLDS + 1];
        for (int i = 0; i < 2000; i++) {
            int f = EventTraining.hashFold("article-" + i);
            assertTrue(f >= 1 && f <= EventTraining.FOLDS);
            assertEquals(f, EventTraining.hashFold("article-" + i));
            n[f]++;
        }
        for (int f = 1; f <= EventTraining.FOLDS; f++) {
            assertTrue(n[f] > 300 && n[f] < 500, "fold " + f + " holds " + n[f] + " of 2000");
        }
    }
}
