package dev.dyad.store;

import dev.dyad.ingest.InputItem;
import dev.dyad.ingest.InputReader;
import dev.dyad.model.ContentHash;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.OrderedParallel;
import dev.dyad.pipeline.Pipeline;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code dyad ingest}: reads inputs, skips documents whose content hash the store already holds,
 * analyses the others on {@code threads} workers and writes each to the store on the calling thread
 * (the only writer), one transaction per document, in input order; then fuses what is new. A
 * directory the Spark job wrote is loaded from its Parquet instead of being analysed again.
 *
 * <p>Killed at any moment, the store keeps whole documents only, and the same ingest run again adds
 * exactly what is missing. Not thread-safe: one ingest at a time per store.
 */
public final class StoreIngest {
    /** What an ingest did so far. */
    public record Counts(long seen, long skipped, long stored, long rejected, long events, long elapsedNanos) {
        /** Documents read per second, skipped ones included. */
        public double rate() {
            return elapsedNanos <= 0 ? 0 : seen * 1e9 / elapsedNanos;
        }
    }

    /** Hears about each document as it is written, and about every rejection. */
    public interface Listener {
        void progress(Counts counts);

        /** A document or record refused, with its reason (already stored when it had content). */
        void rejected(String source, Rejection rejection);

        /** Fusion is starting (it runs once, after the documents). */
        default void fusing() {
        }
    }

    private final EventStore store;
    private final Function<RawDocument, Pipeline.Result> analyse;
    private final int threads;

    private long started;
    private long seen;
    private long skipped;
    private long stored;
    private long rejected;
    private long events;

    /**
     * @param analyse what makes a result of a document ({@code pipeline::process}); called on the workers
     */
    public StoreIngest(EventStore store, Function<RawDocument, Pipeline.Result> analyse, int threads) {
        this.store = store;
        this.analyse = analyse;
        this.threads = threads;
    }

    public Counts run(List<String> inputs, InputStream stdin, Listener listener) throws StoreException {
        started = System.nanoTime();
        Set<String> known = store.contentHashes();
        List<String> plain = new ArrayList<>();
        for (String input : inputs) {
            if (!input.equals("-") && SparkOutput.isSparkOutput(Path.of(input))) {
                SparkOutput.Loaded l = new SparkOutput(store).load(Path.of(input), known, (source, r) -> {
                    rejected++;
                    listener.rejected(source, r);
                }, this::parquetDocument, () -> listener.progress(counts()));
                skipped += l.skipped();
                // a refused document is a row of documents/ and of rejected/: one document, as the local runner counts it
                seen += l.skipped() + l.unread();
            } else {
                plain.add(input);
            }
        }
        if (!plain.isEmpty()) {
            try {
                runDocuments(plain, stdin, known, listener);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof StoreException se) {
                    throw se;
                }
                throw e;
            }
        }
        listener.progress(counts());
        listener.fusing();
        store.fuse();
        return counts();
    }

    private void parquetDocument(StoredDocument d) {
        seen++;
        stored++;
        events += d.events().size();
    }

    private void runDocuments(List<String> inputs, InputStream stdin, Set<String> known, Listener listener) {
        record Job(InputItem item, String hash) {
        }
        record Done(String hash, String source, Pipeline.Result result, Rejection rejection) {
        }
        Function<Job, Done> work = job -> job.item().document() == null
                ? new Done(null, job.item().source(), null, job.item().rejection())
                : new Done(job.hash(), job.item().source(), analyse.apply(job.item().document()), null);
        Consumer<Done> sink = done -> {
            seen++;
            if (done.result() == null) {
                // nothing was read, so there is no content to key a document by: reported, not stored
                rejected++;
                listener.rejected(done.source(), done.rejection());
            } else {
                StoredDocument doc = StoredDocument.of(done.hash(), done.result());
                try {
                    if (store.write(doc)) {
                        stored++;
                        events += doc.events().size();
                    } else {
                        skipped++;
                    }
                } catch (StoreException e) {
                    throw new UncheckedIOException(e);
                }
                if (doc.rejection() != null) {
                    rejected++;
                    listener.rejected(doc.source(), doc.rejection());
                }
            }
            listener.progress(counts());
        };
        try (OrderedParallel<Job, Done> workers = new OrderedParallel<>(threads, work, sink)) {
            new InputReader(stdin).read(inputs, item -> {
                if (item.document() == null) {
                    workers.submit(new Job(item, null));
                    return;
                }
                String hash = ContentHash.of(item.document());
                if (!known.add(hash)) {
                    // stored by an earlier run, or read twice in this one: the same article changes nothing
                    seen++;
                    skipped++;
                    listener.progress(counts());
                    return;
                }
                workers.submit(new Job(item, hash));
            });
        }
    }

    private Counts counts() {
        return new Counts(seen, skipped, stored, rejected, events, System.nanoTime() - started);
    }
}
