package dev.dyad.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.Actor;
import dev.dyad.model.ContentHash;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.Event;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code POST /api/analyze} behind HTTP: one pasted article or HTML page through the whole pipeline,
 * answered as its extraction record, its actors with their mentions, and its events, in the record
 * formats' fields. The pipeline is built on first use (CoreNLP's models load then), and at most
 * {@code parallel} analyses run at once so that a burst of requests cannot starve the queries.
 * Thread-safe.
 */
public final class Analyzer {
    /** Keeps an analysed document in the store; answers false when the store already held it. */
    @FunctionalInterface
    public interface Writer {
        boolean write(String contentHash, Pipeline.Result result);
    }

    /**
     * A writer into a store opened for writing: one document at a time, each in its own transaction,
     * then the events that are new fused with the rest.
     */
    public static Writer storingTo(EventStore store) {
        return (hash, result) -> {
            synchronized (store) {
                try {
                    boolean added = store.write(StoredDocument.of(hash, result));
                    if (added) {
                        store.fuse();
                    }
                    return added;
                } catch (StoreException e) {
                    // the message names the store's file: for the server's log, not the client
                    System.err.println("dyad serve: storing an analysed article failed: " + e.getMessage());
                    throw new ApiException(500, "store_error", "the article could not be stored; the server's log "
                            + "says why");
                }
            }
        };
    }

    private final Supplier<Pipeline> pipeline;
    private final Semaphore running;
    private final Writer writer;

    /** An analyser that never stores. */
    public Analyzer(Supplier<Pipeline> pipeline, int parallel) {
        this(pipeline, parallel, null);
    }

    /** An analyser that stores a document when asked, through {@code writer} (null: never). */
    public Analyzer(Supplier<Pipeline> pipeline, int parallel, Writer writer) {
        this.pipeline = pipeline;
        this.running = new Semaphore(parallel, true);
        this.writer = writer;
    }

    /** Whether {@link #analyze} can store what it analyses. */
    public boolean canStore() {
        return writer != null;
    }

    /** Loads the models now, so that the first request does not wait for them. */
    public void warm() {
        pipeline.get();
    }

    /**
     * Analyses one document.
     *
     * @param content the text or HTML as sent
     * @param type    what it holds
     * @param hints   url, publication date and title sent beside it (any may be null)
     * @param store   keep the document, its actors and events in the store (needs a writer)
     * @return the answer; a document the pipeline refuses gives its error record under {@code error}
     */
    public ObjectNode analyze(String content, MediaType type, DocumentHints hints, boolean store) {
        if (store && writer == null) {
            throw new IllegalStateException("this analyser cannot store");
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String hash = ContentHash.of(bytes);
        RawDocument doc = new RawDocument("analyze/" + hash.substring(0, 16), bytes, type, "UTF-8", hints);
        try {
            if (!running.tryAcquire(120, TimeUnit.SECONDS)) {
                throw ApiException.busy("the analyser is busy; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy("interrupted while waiting for the analyser");
        }
        Pipeline.Result r;
        try {
            r = pipeline.get().process(doc);
        } finally {
            running.release();
        }
        ObjectNode out = Records.mapper().createObjectNode();
        out.put("doc_id", hash);
        out.put("source", doc.source());
        if (store && r.extraction().ok()) {
            boolean added = writer.write(hash, r);
            out.put("stored", true);
            out.put("already_stored", !added);
        } else {
            out.put("stored", false);
        }
        if (!r.extraction().ok()) {
            out.set("error", Records.error(doc.source(), r.extraction().rejection()).get("error"));
            return out;
        }
        out.set("extraction", Records.extraction(r.extraction()));
        ArrayNode actors = out.putArray("actors");
        for (Actor a : r.actors()) {
            actors.add(Records.actor(a, true));
        }
        ArrayNode events = out.putArray("events");
        for (Event e : r.events()) {
            events.add(Records.event(e));
        }
        return out;
    }
}
