package dev.dyad.model;

import java.util.Objects;

/**
 * One document as read from the input, before extraction.
 *
 * @param source  the record id for JSON Lines and WARC input, else the path as given
 * @param bytes   the content as read (decompressed); not copied, callers must not change it
 * @param type    what the bytes hold
 * @param charset the charset the input declared (a JSON Lines record is UTF-8), or null to detect
 * @param hints   url, publication date and title the input gave beside the content
 */
public record RawDocument(String source, byte[] bytes, MediaType type, String charset, DocumentHints hints) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(type, "type");
        hints = hints == null ? DocumentHints.NONE : hints;
    }
}
