package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameSectorsTest {
    private static NameSectors fitted() {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            names.put("Acme Holdings " + i, "BUS");
            names.put("University of Place " + i, "EDU");
        }
        names.put("Royal Commissioner Office", "ELI");
        return new NameSectors(names);
    }

    @Test
    void guessesTheSectorTheWordsOfListedNamesSay() {
        assertEquals("EDU", fitted().sector("the University of Elsewhere"));
        assertEquals("BUS", fitted().sector("Zenith Holdings"));
    }

    @Test
    void saysNothingWithoutKnownWordsOrForARareSector() {
        assertNull(fitted().sector("Flexport"));
        assertNull(fitted().sector("Commissioner Office"), "one listed name is too few to guess its sector from");
    }
}
