package dev.dyad.nlp;

import dev.dyad.model.Article;
import dev.dyad.model.ParsedArticle;

/**
 * The nlp stage: sentences, tokens, lemmas, parts of speech, named entities, time expressions and
 * dependencies for an article's title, subtitle and body. A sentence never spans a blank line (a
 * paragraph break), and the article's {@code published} date is the reference for relative time
 * expressions.
 *
 * <p>Implementations are thread-safe: one instance, with its models loaded once, serves every worker.
 */
public interface Parser {
    ParsedArticle parse(Article article);

    /**
     * Parses, giving dependencies only to the sentences whose tokens (words, lemmas, parts of speech and
     * entity tags; offsets not yet in their field) {@code needsDependencies} accepts:
     * the dependency parser is the costliest step, and a sentence no later stage reads needs none. When
     * the article has a body, its title and subtitle sentences are left out too: events are read from
     * the body, which a headline only repeats. Sentences left out have an empty dependency list. Time
     * expressions, the next costliest step, are found only in the sentences that get dependencies and in
     * the sentence before each (whose date a sentence without one may carry on); the others have none.
     */
    default ParsedArticle parse(Article article,
                                java.util.function.Predicate<java.util.List<dev.dyad.model.Token>> needsDependencies) {
        return parse(article);
    }
}
