package dev.dyad.spark;

import dev.dyad.json.Records;
import dev.dyad.model.ContentHash;
import dev.dyad.model.Event;
import dev.dyad.model.Extraction;
import dev.dyad.model.Participant;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the job makes of one document, as rows of one wide table whose {@code kind} column says which
 * output table a row belongs to ({@code event}; {@code document} and {@code refused-document} for
 * {@code documents/}; {@code rejected}); the job keeps that table once and writes the three tables from it. Each output table's columns are the contract's
 * ({@link #EVENT_COLUMNS}, {@link #DOCUMENT_COLUMNS}, {@link #REJECTED_COLUMNS}). Stateless.
 */
final class OutputRows {
    static final String EVENT = "event";
    static final String DOCUMENT = "document";
    static final String REJECTED = "rejected";
    /** A document that was read but refused: a row of {@code documents/} without actors, beside its rejection. */
    static final String REFUSED_DOCUMENT = "refused-document";

    /** The month an undated event is filed under. */
    static final String UNKNOWN_MONTH = "unknown";

    static final String[] EVENT_COLUMNS = {"id", "source", "doc_id", "event", "mode", "modality", "date_value",
        "date_start", "date_end", "actor_codes", "recipient_codes", "record", "event_month"};
    static final String[] DOCUMENT_COLUMNS = {"doc_id", "source", "content_hash", "record", "actors"};
    static final String[] REJECTED_COLUMNS = {"source", "code", "message"};

    static final StructType SCHEMA = new StructType(new StructField[] {
        string("kind"), string("id"), string("source"), string("doc_id"), string("event"), string("mode"),
        string("modality"), string("date_value"), string("date_start"), string("date_end"),
        strings("actor_codes"), strings("recipient_codes"), string("record"), string("event_month"),
        string("content_hash"), string("actors"), string("code"), string("message"),
    });

    private OutputRows() {
    }

    private static StructField string(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField strings(String name) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, true), true);
    }

    /**
     * Runs one item through the pipeline: a document the pipeline coded gives its document row and one row
     * per event; anything refused gives one rejection row, and, when it was read (it has bytes), a document
     * row without actors whose record is what {@code dyad extract} writes for it (its article, when only
     * the later stages refused it, else its error record). Never throws for a document: a failure the
     * pipeline did not turn into a rejection itself (a stack overflow in a parse) becomes one.
     */
    static Iterator<Row> of(DocItem item, Pipeline pipeline, ExtractionStage extraction) {
        if (!item.isDocument()) {
            return List.of(rejected(item.source(), item.code(), item.message())).iterator();
        }
        RawDocument doc = item.document();
        String hash = ContentHash.of(doc);
        Pipeline.Result r;
        try {
            r = pipeline.process(doc);
        } catch (RuntimeException | StackOverflowError e) {
            r = Pipeline.rejected(doc.source(), new Rejection("internal", "analysis failed: " + e));
        }
        if (!r.extraction().ok()) {
            Rejection why = r.extraction().rejection();
            // the pipeline keeps no article it refused after extracting; extraction is cheap beside the
            // parse, so the article is extracted again for its record
            Extraction extracted;
            try {
                extracted = extraction.process(doc);
            } catch (RuntimeException | StackOverflowError e) {
                extracted = r.extraction();
            }
            return List.of(rejected(r.source(), why.code(), why.message()),
                    row(REFUSED_DOCUMENT, null, doc.source(), hash, null, null, null, null, null, null, null, null,
                            Records.line(Records.extraction(extracted)), null, hash, null, null, null)).iterator();
        }
        List<Row> rows = new ArrayList<>(1 + r.events().size());
        rows.add(row(DOCUMENT, null, r.source(), hash, null, null, null, null, null, null, null, null,
                Records.line(Records.extraction(r.extraction())), null, hash,
                Records.line(Records.actors(r.source(), r.actors())), null, null));
        for (Event e : r.events()) {
            rows.add(event(e, hash));
        }
        return rows.iterator();
    }

    static Row event(Event e, String docId) {
        String value = e.date() == null ? null : e.date().value();
        String start = e.date() == null ? null : e.date().start().toString();
        String end = e.date() == null ? null : e.date().end().toString();
        String month = start == null ? UNKNOWN_MONTH : start.substring(0, 7);
        return row(EVENT, e.id(), e.source(), docId, e.event(), e.mode(), e.modality(), value, start, end,
                codes(e.actor()), codes(e.recipient()), Records.line(Records.event(e)), month, null, null, null, null);
    }

    static Row rejected(String source, String code, String message) {
        return row(REJECTED, null, source, null, null, null, null, null, null, null, null, null, null, null, null,
                null, code, message);
    }

    private static String[] codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).filter(Objects::nonNull).toArray(String[]::new);
    }

    private static Row row(Object... values) {
        return RowFactory.create(values);
    }
}
