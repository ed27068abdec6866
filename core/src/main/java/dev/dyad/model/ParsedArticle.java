package dev.dyad.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences parsed: title and subtitle first, then the body, in order. */
public record ParsedArticle(Article article, List<Sentence> sentences) {
    public ParsedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    /** The text a sentence's offsets refer to. */
    public String fieldText(String field) {
        return switch (field) {
            case "title" -> article.title() == null ? "" : article.title();
            case "subtitle" -> article.subtitle() == null ? "" : article.subtitle();
            case "body" -> article.body();
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }
}
