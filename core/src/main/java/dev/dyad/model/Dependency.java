package dev.dyad.model;

/**
 * A typed dependency (Universal Dependencies) between two tokens of a sentence.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation, with its subtype where there is one ({@code nsubj}, {@code obl:tmod}, {@code nmod:poss})
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        if (dependent < 0 || governor < -1) {
            throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
        }
    }
}
