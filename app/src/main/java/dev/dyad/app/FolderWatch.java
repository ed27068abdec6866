package dev.dyad.app;

import dev.dyad.ingest.InputReader;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreIngest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Ingests the files that appear in a folder while the process runs ({@code dyad serve --watch}, {@code dyad
 * ingest --watch}): the folder
 * is looked at every {@code every}, and a file is read once it has kept its size and time for one look (a
 * file still being written is left for the next), then analysed into the store like {@code dyad ingest}
 * does, on one thread, and {@code changed} is told when anything was stored. Files already there at the
 * start are ingested too (the store skips those it holds). The store is shared with the process's other
 * writers by locking it, as they do.
 */
final class FolderWatch implements AutoCloseable {
    private record Seen(long size, long modified) {
    }

    private final Path dir;
    private final EventStore store;
    private final Function<RawDocument, Pipeline.Result> analyse;
    private final Runnable changed;
    private final PrintStream err;
    private final String who;
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Map<Path, Seen> done = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dyad-watch");
        t.setDaemon(true);
        return t;
    });

    /** @param who the command that watches, as its lines on {@code err} begin ("dyad serve") */
    FolderWatch(Path dir, EventStore store, Function<RawDocument, Pipeline.Result> analyse, Runnable changed,
                PrintStream err, String who) {
        this.who = who;
        this.dir = dir;
        this.store = store;
        this.analyse = analyse;
        this.changed = changed;
        this.err = err;
    }

    /**
     * Takes the folder's files as they are now as done: for a watch whose folder is ingested by other means
     * first ({@code dyad ingest --watch}), so that those files are not read twice. A file that changes after
     * this look is read again.
     */
    FolderWatch baseline() {
        done.putAll(files());
        return this;
    }

    /** The folder watched, as given. */
    String folder() {
        return dir.toString();
    }

    /** Starts looking at the folder every {@code every}. */
    FolderWatch start(Duration every) {
        timer.scheduleWithFixedDelay(this::look, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One look: ingests the files that are complete and new or changed since they were ingested. */
    void look() {
        try {
            List<String> ready = new ArrayList<>();
            Map<Path, Seen> now = files();
            for (Map.Entry<Path, Seen> f : now.entrySet()) {
                if (f.getValue().equals(done.get(f.getKey()))) {
                    continue;
                }
                if (f.getValue().equals(pending.get(f.getKey()))) {
                    ready.add(f.getKey().toString());
                } else {
                    pending.put(f.getKey(), f.getValue());
                }
            }
            if (ready.isEmpty()) {
                return;
            }
            StoreIngest.Counts c;
            synchronized (store) {
                c = new StoreIngest(store, analyse, 1).run(ready, InputStream.nullInputStream(), new StoreIngest.Listener() {
                    @Override
                    public void progress(StoreIngest.Counts counts) {
                    }

                    @Override
                    public void rejected(String source, Rejection r) {
                        err.println(who + ": " + source + ": " + r.code() + ": " + r.message());
                    }
                });
            }
            for (String r : ready) {
                Path p = Path.of(r);
                done.put(p, pending.remove(p));
            }
            err.printf(Locale.ROOT, "%s: ingested %d new of %d files from %s, %d events%n", who, c.stored(),
                    ready.size(), dir, c.events());
            if (c.stored() > 0) {
                changed.run();
            }
        } catch (StoreException | RuntimeException e) {
            // the next look tries again; a store that cannot be written says so each time
            err.println(who + ": watching " + dir + ": " + e.getMessage());
        }
    }

    /** The folder's files of the input kinds, with their size and time; none where the folder cannot be read. */
    private Map<Path, Seen> files() {
        Map<Path, Seen> out = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.getFileName().toString().startsWith(".") && InputReader.isInputName(p.getFileName().toString()))
                    .forEach(p -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            if (a.isRegularFile()) {
                                out.put(p, new Seen(a.size(), a.lastModifiedTime().toMillis()));
                            }
                        } catch (IOException e) {
                            // gone or unreadable since the listing: looked at again next time
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            err.println(who + ": cannot list " + dir + ": " + e.getMessage());
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
