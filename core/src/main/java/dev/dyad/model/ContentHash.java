package dev.dyad.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a document's content: lowercase hex SHA-256 of its raw bytes, as ingest read them.
 * The store keys documents by it (the same article twice is one document) and the Spark job writes the
 * same value, so a corpus coded on a cluster and loaded later meets the articles ingested locally.
 * Stateless and thread-safe.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** The content hash of a document. */
    public static String of(RawDocument doc) {
        return of(doc.bytes());
    }

    /** The content hash of raw bytes. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
