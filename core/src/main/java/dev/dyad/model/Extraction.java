package dev.dyad.model;

import java.util.Objects;

/** The outcome of extracting one document: an article, or the reason there is none. */
public record Extraction(String source, Article article, Rejection rejection) {
    public Extraction {
        Objects.requireNonNull(source, "source");
        if ((article == null) == (rejection == null)) {
            throw new IllegalArgumentException("an extraction holds exactly one of article and rejection");
        }
    }

    public static Extraction of(Article article) {
        return new Extraction(article.source(), article, null);
    }

    public static Extraction rejected(String source, Rejection rejection) {
        return new Extraction(source, null, rejection);
    }

    public boolean ok() {
        return article != null;
    }
}
