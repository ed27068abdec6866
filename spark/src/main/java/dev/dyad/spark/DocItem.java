package dev.dyad.spark;

import dev.dyad.ingest.InputItem;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import java.io.Serializable;
import java.util.Objects;

/**
 * One {@link InputItem} in a form Spark can move between executors: a document's bytes and hints, or the
 * reason it could not be read. Immutable once built (the bytes are not copied; nobody changes them).
 */
record DocItem(String source, byte[] bytes, MediaType type, String charset, String url, String published,
               String title, String code, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    DocItem {
        Objects.requireNonNull(source, "source");
        if ((bytes == null) == (code == null)) {
            throw new IllegalArgumentException("an item holds exactly one of a document and a rejection");
        }
    }

    static DocItem of(InputItem item) {
        RawDocument d = item.document();
        if (d == null) {
            return rejected(item.source(), item.rejection().code(), item.rejection().message());
        }
        DocumentHints h = d.hints();
        return new DocItem(d.source(), d.bytes(), d.type(), d.charset(), h.url(), h.published(), h.title(), null, null);
    }

    static DocItem rejected(String source, String code, String message) {
        return new DocItem(source, null, null, null, null, null, null, code, message);
    }

    boolean isDocument() {
        return bytes != null;
    }

    RawDocument document() {
        return new RawDocument(source, bytes, type, charset, new DocumentHints(url, published, title));
    }
}
