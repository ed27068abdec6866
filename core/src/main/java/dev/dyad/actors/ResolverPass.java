package dev.dyad.actors;

/**
 * One pass of the actors stage over an article's working set. A pass reads what the passes before it
 * left in the {@link Resolution} and adds its own: items, counts, drafts, consumed items. Passes hold
 * only immutable knowledge (the lexicon, the gazetteer), so one instance serves every thread; the
 * order they run in is declared once, in the resolver.
 */
interface ResolverPass {
    void run(Resolution r);
}
