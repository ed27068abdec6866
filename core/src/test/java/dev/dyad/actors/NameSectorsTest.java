package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * The figure the model's documentation gives, measured: fitted on four fifths of the listed bodies' names
     * with a sector (every fifth held out, in file order), its guesses on the held-out fifth.
     */
    @Test
    void onListedNamesItHoldsOutItsSureGuessesAreRightNineTimesInTen() {
        List<String[]> rows = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("organisations.tsv", "phoenix-organisations.tsv"));
        files.addAll(Lexicon.LISTS);
        for (String file : files) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                String code = l.field(2);
                String sector = l.field(3);
                sector = "MNC".equals(code) && (sector == null || sector.isEmpty()) ? "BUS" : sector;
                if (sector != null && !sector.isEmpty()) {
                    rows.add(new String[] {l.field(0), sector});
                }
            }
        }
        Map<String, String> train = new LinkedHashMap<>();
        List<String[]> held = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % 5 == 4) {
                held.add(rows.get(i));
            } else {
                train.putIfAbsent(rows.get(i)[0], rows.get(i)[1]);
            }
        }
        NameSectors model = new NameSectors(train);
        int guessed = 0;
        int right = 0;
        for (String[] r : held) {
            String s = model.sector(r[0]);
            if (s != null) {
                guessed++;
                right += s.equals(r[1]) ? 1 : 0;
            }
        }
        double precision = right / (double) guessed;
        double coverage = guessed / (double) held.size();
        System.out.printf("listed names held out: %d, guessed %d (%.3f), right %d (%.3f)%n", held.size(), guessed,
                coverage, right, precision);
        assertTrue(held.size() > 1000, "the lists hold the bodies: " + held.size());
        assertTrue(precision >= 0.9, "precision " + precision);
        assertTrue(coverage >= 0.3, "coverage " + coverage);
    }
}
