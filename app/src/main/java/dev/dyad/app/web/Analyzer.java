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
    private final Supplier<Pipeline> pipeline;
    private final Semaphore running;

    public Analyzer(Supplier<Pipeline> pipeline, int parallel) {
        this.pipeline = pipeline;
        this.running = new Semaphore(parallel, true);
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
     * @return the answer; a document the pipeline refuses gives its error record under {@code error}
     */
    public ObjectNode analyze(String content, MediaType type, DocumentHints hints) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String hash = ContentHash.of(bytes);
        RawDocument doc = new RawDocument("analyze/" + hash.substring(0, 16), bytes, type, "UTF-8", hints);
        try {
            if (!running.tryAcquire(120, TimeUnit.SECONDS)) {
                throw new ApiException(503, "busy", "the analyser is busy; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "busy", "interrupted while waiting for the analyser");
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
