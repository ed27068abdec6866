package dev.dyad.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the executors need to build their pipeline: nothing but configuration travels to them, never a
 * model or a lexicon object. Immutable and serializable.
 *
 * @param lexicons   the user's lexicon files (name and text), read on the driver and layered over the
 *                   built-in lexicons on every executor, in this order; empty for the built-in ones alone
 * @param partitions how many partitions the documents are spread over once read
 */
public record JobConfig(List<LexiconText> lexicons, int partitions) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One user lexicon file as the driver read it. */
    public record LexiconText(String name, String text) implements Serializable {
        private static final long serialVersionUID = 1L;

        public LexiconText {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    public JobConfig {
        lexicons = List.copyOf(lexicons);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }
}
