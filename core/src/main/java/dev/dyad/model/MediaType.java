package dev.dyad.model;

/** What a document's bytes hold, as far as dyad reads them. */
public enum MediaType {
    /** A page flattened to plain text by a scraper, or plain prose. */
    TEXT,
    /** An HTML page. */
    HTML
}
