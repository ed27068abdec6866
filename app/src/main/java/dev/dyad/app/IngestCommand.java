package dev.dyad.app;

import dev.dyad.json.Records;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreIngest;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad ingest PATH...}: analyses articles into the store, skipping those it already holds, then
 * fuses the events that are new. Error records go to standard output, progress to standard error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles into the store (documents, actors, events) and fuse events across articles; "
                + "articles already stored are skipped. A directory the Spark job wrote is loaded from its Parquet.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    Verbosity verbosity;

    @Mixin
    StoreOption store;

    @Option(names = "--watch", description = "After ingesting, keep watching the folders given and ingest the articles "
            + "that appear in them (a file is read once it has stopped growing), until stopped (Ctrl-C).")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(new ExtractionStage(), Verbosity.parser(System.err), lexicon.load(), lexicon.triggers());
        PrintStream out = Output.stdout();
        Progress progress = new Progress(System.err, System.console() != null, input.inputs);
        StoreIngest.Counts c;
        try (EventStore s = EventStore.open(store.db, Duration.ofSeconds(10))) {
            EventStore.Repair repair = s.repaired();
            if (repair.any()) {
                System.err.printf(Locale.ROOT, "ingest: the store held what a write that failed part-way left (%d documents "
                        + "not whole, %d actor and %d event rows of no document); removed, so that those documents are "
                        + "analysed again%n", repair.documents(), repair.actors(), repair.events());
            }
            // the folders' files as they are before the ingest below are its to read, not the watch's
            List<FolderWatch> watches = watch ? watches(s, pipeline) : List.of();
            c = new StoreIngest(s, pipeline::process, input.threads).run(input.inputs, System.in, new StoreIngest.Listener() {
                @Override
                public void progress(StoreIngest.Counts counts) {
                    progress.update(counts, false);
                }

                @Override
                public void rejected(String source, Rejection r) {
                    // the bar leaves the line first: an error record never shares it
                    progress.erase();
                    out.println(Records.line(Records.error(source, r)));
                    out.flush();
                }

                @Override
                public void fusing() {
                    progress.clear();
                }
            });
            progress.clear();
            System.err.printf(Locale.ROOT, "ingest: %d documents (%d new, %d already stored, %d rejected), %d events; "
                            + "store %s: %d documents, %d events, %d fused events%n",
                    c.seen(), c.stored(), c.skipped(), c.rejected(), c.events(), s.name(), s.count("documents"),
                    s.count("events"), s.count("fused_events"));
            if (watch) {
                watchFolders(s, watches);
            }
        } catch (StoreException e) {
            progress.clear();
            System.err.println("dyad: " + e.getMessage());
            return e.getMessage().contains("disk is full") || e.getMessage().contains("cannot write")
                    ? DyadCommand.NOTHING_PROCESSED : DyadCommand.USAGE;
        }
        out.flush();
        if (c.rejected() == 0) {
            return DyadCommand.OK;
        }
        // every document read counts once in seen(), a refused one once more in rejected() (stored or not):
        // nothing was processed only when every document read was refused
        return c.seen() > c.rejected() ? DyadCommand.SOME_REJECTED : DyadCommand.NOTHING_PROCESSED;
    }

    /** A watch of every folder among the inputs, each with the folder's files as they are now taken as done. */
    private List<FolderWatch> watches(EventStore s, Pipeline pipeline) {
        List<String> folders = input.inputs.stream().filter(i -> !i.equals("-") && Files.isDirectory(Path.of(i))).toList();
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("--watch needs a folder among the inputs");
        }
        List<FolderWatch> watches = new ArrayList<>();
        for (String folder : folders) {
            watches.add(new FolderWatch(Path.of(folder), s, pipeline::process, () -> { }, System.err, "dyad ingest")
                    .baseline());
        }
        return watches;
    }

    /**
     * Runs the watches until the process is stopped; the store is closed by the stop itself, after any
     * ingest under way, since the process ends as soon as its stop handlers have run.
     */
    private void watchFolders(EventStore s, List<FolderWatch> watches) throws InterruptedException {
        watches.forEach(w -> w.start(Duration.ofSeconds(2)));
        System.err.println("dyad ingest: watching " + watches.stream().map(FolderWatch::folder)
                .collect(Collectors.joining(", ")) + " (Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watches.forEach(FolderWatch::close);
            synchronized (s) {
                try {
                    s.close();
                } catch (StoreException e) {
                    System.err.println("dyad: " + e.getMessage());
                }
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
