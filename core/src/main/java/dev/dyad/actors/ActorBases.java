package dev.dyad.actors;

import dev.dyad.text.DataFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How far an actor's code can be trusted by what it rests on ({@link dev.dyad.model.Actor#basis()}): the
 * share of codes of each basis that were right on annotated pages, as {@code actor-bases.tsv} records it
 * (written by {@code scripts/actors/bases.py}).
 */
public final class ActorBases {
    private static final Set<String> BASES = Set.of("list", "text", "setting", "place");
    private static final Map<String, Double> CONFIDENCE = load();

    private ActorBases() {
    }

    /** The confidence of a code of this basis, between 0 and 1. */
    public static double confidence(String basis) {
        Double c = CONFIDENCE.get(basis);
        if (c == null) {
            throw new IllegalArgumentException("no such basis: " + basis);
        }
        return c;
    }

    private static Map<String, Double> load() {
        Map<String, Double> out = new HashMap<>();
        for (DataFile.Line l : DataFile.load(ActorBases.class, "actor-bases.tsv", 4, 4)) {
            String basis = l.field(0);
            if (!BASES.contains(basis)) {
                throw l.error("unknown basis '" + basis + "', not one of " + BASES);
            }
            double c;
            try {
                c = Double.parseDouble(l.field(1));
            } catch (NumberFormatException e) {
                throw l.error("confidence is no number: '" + l.field(1) + "'");
            }
            if (!(c > 0 && c <= 1)) {
                throw l.error("confidence must lie in (0, 1]: " + c);
            }
            if (out.put(basis, c) != null) {
                throw l.error("basis listed twice: " + basis);
            }
        }
        if (!out.keySet().equals(BASES)) {
            throw new IllegalStateException("actor-bases.tsv must give every basis " + BASES + ", gives " + out.keySet());
        }
        return out;
    }
}
