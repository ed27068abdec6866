package dev.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sector a body's name says by its words, learned from the names of the listed bodies whose sector the
 * lists give (some twelve thousand: companies, universities, media, agencies, armed groups, NGOs): a naive
 * Bayes model over the words of three letters or more, fitted when the lists load. Held out on every fifth
 * listed name (NameSectorsTest), its guesses with a posterior of 0.8 or more cover 0.48 of them and are right
 * 0.97 of the time. Sectors of fewer than {@link #FEWEST} listed names are never guessed. It speaks only for names no list and no rule placed ("the Civil Human Rights Front": SOC,
 * "the Oversight Committee": LEG), and only where it is that sure.
 */
final class NameSectors {
    /** The least posterior a guess needs. */
    static final double SURE = 0.8;
    /** The fewest listed names a sector needs to be guessed: a rare one's words say too little. */
    static final int FEWEST = 50;
    /** Add-k smoothing of a word's count in a sector. */
    private static final double SMOOTHING = 0.1;

    private final Map<String, Integer> sectorCounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> wordCounts = new HashMap<>();
    private int names;

    /** Fits the model on names and their sectors (a name without a sector is left out). */
    NameSectors(Map<String, String> sectorByName) {
        sectorByName.forEach((name, sector) -> {
            if (sector == null || sector.isEmpty()) {
                return;
            }
            names++;
            sectorCounts.merge(sector, 1, Integer::sum);
            for (String w : words(name)) {
                wordCounts.computeIfAbsent(w, x -> new HashMap<>()).merge(sector, 1, Integer::sum);
            }
        });
    }

    /** The sector the name's words give with a posterior of at least {@link #SURE}; null otherwise. */
    String sector(String name) {
        Set<String> known = new HashSet<>();
        for (String w : words(name)) {
            if (wordCounts.containsKey(w)) {
                known.add(w);
            }
        }
        if (known.isEmpty() || names == 0) {
            return null;
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        double top = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Integer> e : sectorCounts.entrySet()) {
            double lp = Math.log(e.getValue() / (double) names);
            for (String w : known) {
                int c = wordCounts.get(w).getOrDefault(e.getKey(), 0);
                lp += Math.log((c + SMOOTHING) / (e.getValue() + SMOOTHING * sectorCounts.size()));
            }
            logs.put(e.getKey(), lp);
            top = Math.max(top, lp);
        }
        double sum = 0;
        String best = null;
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            sum += Math.exp(e.getValue() - top);
            if (e.getValue() == top && best == null) {
                best = e.getKey();
            }
        }
        return 1 / sum >= SURE && sectorCounts.get(best) >= FEWEST ? best : null;
    }

    /** The distinct lower-case words of three letters or more of a name. */
    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        List<String> parts = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        for (String p : parts) {
            if (p.length() >= 3) {
                out.add(p);
            }
        }
        return out;
    }
}
