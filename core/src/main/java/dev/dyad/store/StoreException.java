package dev.dyad.store;

import java.io.IOException;

/**
 * A store that cannot be opened, read or written: not a DuckDB file, written by a newer dyad, in use by
 * another process, on a read-only or full disk. The message names the file and says what to do; the
 * store itself is left as it was (every write is one transaction).
 */
public final class StoreException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
