package dev.dyad.ingest;

/**
 * The bounds dyad keeps on input, so that no single document can hang a batch or exhaust memory.
 * Each is documented in the README; a document past one becomes a rejection, the batch goes on.
 */
public final class Limits {
    /** Largest document dyad reads, after decompression: 16 MiB. A larger page is rejected as {@code too_large}. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest element nesting an HTML page may have before it is rejected as {@code too_complex}. */
    public static final int MAX_HTML_DEPTH = 2_000;
    /**
     * Longest article (title, subtitle and body) that actors and events analyse: 300,000 characters, some
     * 50,000 words, far past any news article. A longer one is rejected as {@code too_large} there; its
     * extraction is still written.
     */
    public static final int MAX_ANALYSED_CHARS = 300_000;
    /**
     * Longest sentence, in tokens, that gets time expressions and a dependency parse: 250. News sentences
     * run to 20-60 tokens; a longer run is a table or text without stops, whose tokens and entities are
     * kept but in which no event is coded.
     */
    public static final int MAX_PARSED_SENTENCE_TOKENS = 250;
    /** Longest line of a JSON Lines file (one record): the document limit plus room for the JSON around it. */
    public static final int MAX_JSONL_LINE_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

    private Limits() {
    }
}
