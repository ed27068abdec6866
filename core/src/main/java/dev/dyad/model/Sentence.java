package dev.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * One parsed sentence of an article.
 *
 * @param index        position among the article's sentences, from 0 (title and subtitle first)
 * @param field        {@code title}, {@code subtitle} or {@code body}
 * @param paragraph    paragraph index within the body (0 for title and subtitle)
 * @param start        character offset of the sentence in its field's text
 * @param end          character offset (exclusive)
 * @param text         the sentence as written
 * @param tokens       its tokens, in order
 * @param dependencies its dependency parse (empty when not parsed)
 * @param times        time expressions
 */
public record Sentence(int index, String field, int paragraph, int start, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies, List<TimeExpression> times) {
    public Sentence {
        Objects.requireNonNull(field, "field");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
        times = List.copyOf(times == null ? List.of() : times);
    }

    /** The text of tokens {@code from..to} inclusive, as written in the sentence. */
    public String span(int from, int to) {
        int s = tokens.get(from).start() - start;
        int e = tokens.get(to).end() - start;
        return text.substring(Math.max(0, s), Math.min(text.length(), e));
    }
}
