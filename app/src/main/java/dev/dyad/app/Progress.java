package dev.dyad.app;

import dev.dyad.ingest.InputReader;
import dev.dyad.store.StoreIngest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest progress on standard error: a bar redrawn in place on a terminal (counts, rate and, when the
 * inputs are plain files, how far along), plain lines every few seconds otherwise. Used from one thread.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private long last;
    private boolean drawn;

    Progress(PrintStream err, boolean terminal, List<String> inputs) {
        this.err = err;
        this.terminal = terminal;
        this.total = total(inputs);
        // the first plain line comes after five seconds, not with the first document: a short ingest (a Spark
        // output loads in a moment) prints its summary alone
        this.last = System.nanoTime();
    }

    /** The number of documents when every input is a plain file (no archives, no JSON Lines, no stdin), else -1. */
    static long total(List<String> inputs) {
        long n = 0;
        for (String in : inputs) {
            if (in.equals("-")) {
                return -1;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                if (Files.isDirectory(p.resolve("documents"))) {
                    return -1;
                }
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> InputReader.isInputName(f.getFileName().toString()))::iterator) {
                        if (!single(f)) {
                            return -1;
                        }
                        n++;
                    }
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            } else {
                if (!single(p)) {
                    return -1;
                }
                n++;
            }
        }
        return n;
    }

    private static boolean single(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(n.contains(".jsonl") || n.contains(".ndjson") || n.contains(".warc"));
    }

    void update(StoreIngest.Counts c, boolean force) {
        long now = System.nanoTime();
        if (!force && now - last < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            return;
        }
        last = now;
        String counts = String.format(Locale.ROOT, "%d documents (%d new, %d already stored, %d rejected), %d events, %.1f docs/s",
                c.seen(), c.stored(), c.skipped(), c.rejected(), c.events(), c.rate());
        if (terminal) {
            String bar = "";
            if (total > 0) {
                int width = 24;
                int filled = (int) Math.min(width, c.seen() * width / total);
                bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + String.format(Locale.ROOT, "%3d%% ", Math.min(100, c.seen() * 100 / total));
            }
            err.print("\r\u001b[2Kingest: " + bar + counts);
            drawn = true;
        } else {
            err.println("ingest: " + counts);
        }
        err.flush();
    }

    /** Ends the bar's line before anything else is written. */
    void clear() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    void message(String s) {
        clear();
        err.println(s);
    }
}
