package dev.dyad.app.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Answers of the store endpoints, kept by request (path and parameters, in a canonical order) up to
 * a total size, least recently used first out. Sound because DuckDB's file lock keeps every other
 * writer out while the server holds the store: the only writes are the server's own, which
 * {@link #clear()} the cache. A size of zero keeps nothing. Thread-safe.
 */
final class ResponseCache {
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    /** Counts the clears, so that an answer made before a write is not kept after it. */
    private long generation;

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Forgets every answer (the store was written). */
    synchronized void clear() {
        entries.clear();
        bytes = 0;
        generation++;
    }

    /** The key of a request: its path and its parameters sorted by name, values in the order given. */
    static String key(String path, Map<String, List<String>> params) {
        StringBuilder b = new StringBuilder(path);
        for (Map.Entry<String, List<String>> e : new TreeMap<>(params).entrySet()) {
            for (String v : e.getValue()) {
                b.append('\u0000').append(e.getKey()).append('=').append(v);
            }
        }
        return b.toString();
    }

    /** The cached answer for the key, or a new one made by {@code make} (and kept when it fits). */
    byte[] get(String key, Supplier<byte[]> make) {
        if (maxBytes <= 0) {
            return make.get();
        }
        long seen;
        synchronized (this) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
            seen = generation;
        }
        // made outside the lock: a slow query must not hold up the answers already kept
        byte[] made = make.get();
        long size = made.length + 2L * key.length() + 64;
        if (size > maxBytes / 8) {
            return made;
        }
        synchronized (this) {
            if (seen != generation) {
                return made;
            }
            byte[] old = entries.put(key, made);
            bytes += size - (old == null ? 0 : old.length + 2L * key.length() + 64);
            for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
                Map.Entry<String, byte[]> e = it.next();
                bytes -= e.getValue().length + 2L * e.getKey().length() + 64;
                it.remove();
            }
        }
        return made;
    }
}
