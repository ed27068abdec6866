package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorBasesTest {
    @Test
    void everyBasisHasAConfidenceAndNoOtherDoes() {
        for (String basis : new String[] {"list", "text", "setting", "place"}) {
            double c = ActorBases.confidence(basis);
            assertTrue(c > 0 && c <= 1, basis + " " + c);
        }
        assertThrows(IllegalArgumentException.class, () -> ActorBases.confidence("guess"));
    }
}
