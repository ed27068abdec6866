package dev.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegionsTest {
    private static final boolean[] NO_WALLS = new boolean[8];

    @Test
    void heaviestRun() {
        double[] w = {-25, -25, 200, -25, 300, -25, -25, 50};
        Regions.Span s = Regions.best(w, NO_WALLS, 0);
        assertEquals(2, s.start());
        assertEquals(4, s.end());
        assertEquals(475, s.score(), 1e-9);
    }

    @Test
    void shortFurnitureBetweenParagraphsIsCrossed() {
        double[] w = {100, -25, -25, 100, -300, 10, -25, -25};
        Regions.Span s = Regions.best(w, NO_WALLS, 0);
        assertEquals(0, s.start());
        assertEquals(3, s.end());
    }

    @Test
    void wallsAreNeverCovered() {
        double[] w = {200, -25, 50, 500, 500, -25, -25, -25};
        boolean[] walls = {false, false, true, false, false, false, false, false};
        Regions.Span s = Regions.best(w, walls, 0);
        assertEquals(3, s.start());
        assertEquals(4, s.end());
        Regions.Span first = Regions.bestStartingIn(w, walls, 0, 2);
        assertEquals(0, first.start());
        assertEquals(0, first.end(), "a run started before the wall stops there");
        assertNull(Regions.bestStartingIn(w, walls, 1, 8), "starts past the wall are not under the headline");
    }

    @Test
    void startWindow() {
        double[] w = {-25, 80, -25, -25, -25, 400, 400, -25};
        Regions.Span s = Regions.bestStartingIn(w, NO_WALLS, 0, 2);
        assertEquals(1, s.start());
        assertEquals(6, s.end());
        assertNull(Regions.best(new double[] {-1, -2}, new boolean[2], 0));
    }
}
