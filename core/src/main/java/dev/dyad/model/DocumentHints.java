package dev.dyad.model;

/**
 * What the input says about a document besides its content: a JSON Lines record's {@code url},
 * {@code published} and {@code title}, or a WARC record's target URI and date. Any may be null.
 */
public record DocumentHints(String url, String published, String title) {
    public static final DocumentHints NONE = new DocumentHints(null, null, null);
}
