package dev.dyad.actors;

/**
 * A pass over single items, for the mentions of roles, organisations, countries and groups: the
 * resolver offers it each item of each sentence in text order, skipping items already consumed, and it
 * takes the items of its kind. Read and write the {@link Resolution} as {@link ResolverPass} does; the
 * order passes are offered an item in is declared once, in the resolver.
 */
interface MentionPass {
    /** Takes the item where it is of this pass's kind, drafting or joining its actor; false where it is not. */
    boolean take(Resolution r, Item it);
}
