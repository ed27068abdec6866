package dev.dyad.ingest;

import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import java.util.Objects;

/** One unit read from the input: a document, or the reason a document (or a record) could not be read. */
public record InputItem(String source, RawDocument document, Rejection rejection) {
    public InputItem {
        Objects.requireNonNull(source, "source");
        if ((document == null) == (rejection == null)) {
            throw new IllegalArgumentException("an input item holds exactly one of document and rejection");
        }
    }

    public static InputItem of(RawDocument document) {
        return new InputItem(document.source(), document, null);
    }

    public static InputItem rejected(String source, String code, String message) {
        return new InputItem(source, null, new Rejection(code, message));
    }
}
