package dev.dyad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.Actor;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.Pipeline;
import java.util.List;
import java.util.Objects;

/**
 * One document as the store keeps it: its row, its actors and its events as the record formats write
 * them. Built from a pipeline result, or from the Parquet the Spark job writes.
 *
 * @param docId     lowercase hex SHA-256 of the raw bytes (see {@link dev.dyad.model.ContentHash})
 * @param source    as in the records
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param published publication date as extracted, or null
 * @param rejection why it yielded no article (or no analysis), or null
 * @param record    the {@code dyad extract} line of the document (or its error line)
 * @param actors    the actor objects of the {@code dyad actors} line, with mentions
 * @param events    the {@code dyad events} lines of the document
 */
public record StoredDocument(String docId, String source, String url, String title, String published,
                             Rejection rejection, String record, List<ObjectNode> actors, List<ObjectNode> events) {
    public StoredDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** A pipeline result, under its content hash. */
    public static StoredDocument of(String contentHash, Pipeline.Result r) {
        if (!r.extraction().ok()) {
            return rejected(contentHash, r.source(), r.extraction().rejection());
        }
        Article a = r.extraction().article();
        return new StoredDocument(contentHash, r.source(), a.url(), a.title(), a.published(), null,
                Records.line(Records.extraction(r.extraction())),
                r.actors().stream().map((Actor x) -> Records.actor(x, true)).toList(),
                r.events().stream().map((Event e) -> Records.event(e)).toList());
    }

    /** A document refused before analysis, with its reason. */
    public static StoredDocument rejected(String contentHash, String source, Rejection rejection) {
        return new StoredDocument(contentHash, source, null, null, null, rejection,
                Records.line(Records.error(source, rejection)), List.of(), List.of());
    }
}
