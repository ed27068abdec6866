package dev.dyad.bench.store;

import dev.dyad.actors.Lexicon;
import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.events.Triggers;
import dev.dyad.json.Records;
import dev.dyad.model.Event;
import dev.dyad.model.Rejection;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.OrderedParallel;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.pipeline.PipelineBatch;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreIngest;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code dyad-bench ingest [--runs N] DIR}: what the store adds to {@code dyad events}. In one JVM with
 * the models loaded once and a warm-up pass over the folder, times {@code dyad events} (every event
 * serialised, output discarded) and {@code dyad ingest} into a new store on disk (documents, actors,
 * events, fusion), both on every core, alternately N times. The last line is
 * {@code ratio ingest/events = R} (sums over the runs).
 */
public final class IngestBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String usage() {
        return "ingest [--runs N] DIR   (default: 1 run of each after a warm-up pass)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = null;
        int runs = 1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--runs")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--runs needs a value");
                }
                try {
                    runs = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("--runs wants a whole number");
                }
            } else if (dir == null) {
                dir = Path.of(a);
            } else {
                throw new UsageException("one directory only");
            }
        }
        dir = UsageException.existingDirectory(dir);
        int threads = OrderedParallel.defaultThreads();
        Pipeline pipeline = new Pipeline(new ExtractionStage(), CoreNlpParser::shared, Lexicon.builtIn(), Triggers.builtIn());
        List<String> inputs = List.of(dir.toString());
        err.println("warming up (models load, one pass over the folder)...");
        long warm = events(pipeline, inputs, threads)[1];
        err.printf(Locale.ROOT, "warm-up: %d events%n", warm);
        double eventsSeconds = 0;
        double ingestSeconds = 0;
        long eventCount = 0;
        StoreIngest.Counts last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long[] e = events(pipeline, inputs, threads);
            double te = (System.nanoTime() - t0) / 1e9;
            eventCount = e[1];
            Path tmp = Files.createTempDirectory("dyad-bench-ingest");
            Path db = tmp.resolve("bench.duckdb");
            long t1 = System.nanoTime();
            try (EventStore s = EventStore.open(db, Duration.ZERO)) {
                last = new StoreIngest(s, pipeline::process, threads).run(inputs, InputStream.nullInputStream(), new StoreIngest.Listener() {
                    @Override
                    public void progress(StoreIngest.Counts counts) {
                    }

                    @Override
                    public void rejected(String source, Rejection rejection) {
                    }
                });
            }
            double ti = (System.nanoTime() - t1) / 1e9;
            long size = Files.size(db);
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(tmp);
            err.printf(Locale.ROOT, "run %d: events %.1f s, ingest %.1f s (store %.1f MiB)%n", r + 1, te, ti, size / 1048576.0);
            eventsSeconds += te;
            ingestSeconds += ti;
        }
        out.printf(Locale.ROOT, "pages: %d documents, %d events, %d threads, %d run(s)%n", last.seen(), eventCount, threads, runs);
        out.printf(Locale.ROOT, "dyad events: %8.1f s   (%.2f documents/s)%n", eventsSeconds / runs, last.seen() * runs / eventsSeconds);
        out.printf(Locale.ROOT, "dyad ingest: %8.1f s   (%.2f documents/s; %d documents and %d events stored, fused)%n",
                ingestSeconds / runs, last.seen() * runs / ingestSeconds, last.stored(), last.events());
        out.printf(Locale.ROOT, "ratio ingest/events = %.3f%n", ingestSeconds / eventsSeconds);
        return 0;
    }

    /** {@code dyad events} without its output: documents and events counted, every event serialised. */
    private static long[] events(Pipeline pipeline, List<String> inputs, int threads) {
        long[] n = new long[3];
        new PipelineBatch(pipeline, threads).run(inputs, InputStream.nullInputStream(), r -> {
            n[0]++;
            for (Event e : r.events()) {
                n[2] += Records.line(Records.event(e)).length();
                n[1]++;
            }
        });
        return n;
    }
}
