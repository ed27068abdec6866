package dev.dyad.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values one metadata field may take on one page, each with the features that speak for it, for
 * {@link MetaRanker} to choose among. Values that would be scored alike share one choice (a title's
 * words, a date's day): a second witness of the same value adds its features to the first's choice, whose
 * wording is kept. Choices keep the order in which they were first offered, which breaks ties. Mutable,
 * for one page and one thread.
 */
final class MetaChoices {
    /**
     * One candidate value.
     *
     * @param value    the value as the first witness wrote it
     * @param key      what makes two values the same (lower-cased words, a day)
     * @param features one weight per feature of the field, in the order of its feature names
     */
    record Choice(String value, String key, double[] features) {
        Choice {
            if (value == null || value.isBlank() || key == null || key.isEmpty()) {
                throw new IllegalArgumentException("a choice without a value");
            }
        }
    }

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Choice> byKey = new LinkedHashMap<>();

    MetaChoices(List<String> names) {
        this.names = names;
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /** Offers a value with one feature set; a null or blank value or key is ignored. Returns its choice or null. */
    Choice offer(String value, String key, String feature) {
        if (value == null || value.isBlank() || key == null || key.isEmpty()) {
            return null;
        }
        Choice c = byKey.computeIfAbsent(key, k -> new Choice(value, k, new double[names.size()]));
        if (feature != null) {
            set(c, feature, 1);
        }
        return c;
    }

    /** Sets a feature of a choice (the largest value offered stays). */
    void set(Choice c, String feature, double v) {
        Integer i = index.get(feature);
        if (i == null) {
            throw new IllegalArgumentException("unknown feature " + feature);
        }
        c.features()[i] = Math.max(c.features()[i], v);
    }

    /** The choices in the order first offered. */
    List<Choice> list() {
        return new ArrayList<>(byKey.values());
    }
}
