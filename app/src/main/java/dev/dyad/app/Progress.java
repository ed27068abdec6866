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
 * Progress on standard error: a bar redrawn in place on a terminal (counts, rate and, when the inputs are
 * plain files, how far along); off a terminal, plain lines every few seconds for {@code ingest} and nothing
 * for the commands whose records are the output ({@code events}, {@code actors}). A record written to
 * standard output while the bar is shown first {@linkplain #erase() erases} it, so that on a terminal a
 * record, an error record too, never shares a line with the bar; the next update draws it again below.
 * Used from one thread.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final String ERASE = "\r\u001b[2K";

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final String name;
    private final boolean lines;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    /** The ingest's progress: a bar on a terminal, else a line every five seconds. */
    Progress(PrintStream err, boolean terminal, List<String> inputs) {
        this(err, terminal, inputs, "ingest", true);
    }

    /**
     * Progress named {@code name}; {@code lines} false keeps it off standard error altogether when that is
     * no terminal.
     */
    Progress(PrintStream err, boolean terminal, List<String> inputs, String name, boolean lines) {
        this.err = err;
        this.terminal = terminal;
        this.total = terminal || lines ? total(inputs) : -1;
        this.name = name;
        this.lines = lines;
        // the first plain line comes after five seconds, not with the first document: a short ingest (a Spark
        // output loads in a moment) prints its summary alone
        this.last = start;
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
        show(c.seen(), String.format(Locale.ROOT, "%d documents (%d new, %d already stored, %d rejected), %d events, "
                + "%.1f docs/s", c.seen(), c.stored(), c.skipped(), c.rejected(), c.events(), c.rate()), force);
    }

    /**
     * The progress of a command that writes records: {@code seen} documents, {@code rejected} of them refused,
     * and {@code records} records of the kind {@code unit} names (null to leave them out).
     */
    void batch(long seen, long rejected, long records, String unit, boolean force) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String counts = String.format(Locale.ROOT, "%d documents (%d rejected)", seen, rejected)
                + (unit == null ? "" : String.format(Locale.ROOT, ", %d %s", records, unit))
                + String.format(Locale.ROOT, ", %.1f docs/s", seconds > 0 ? seen / seconds : 0.0);
        show(seen, counts, force);
    }

    private void show(long seen, String counts, boolean force) {
        if (!terminal && !lines) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - last < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            return;
        }
        last = now;
        if (terminal) {
            String bar = "";
            if (total > 0) {
                int width = 24;
                int filled = (int) Math.min(width, seen * width / total);
                bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + String.format(Locale.ROOT, "%3d%% ", Math.min(100, seen * 100 / total));
            }
            err.print(ERASE + name + ": " + bar + counts);
            drawn = true;
        } else {
            err.println(name + ": " + counts);
        }
        err.flush();
    }

    /** Takes the bar off the screen (it is drawn again by the next update), before a record is written. */
    void erase() {
        if (drawn) {
            err.print(ERASE);
            err.flush();
            drawn = false;
        }
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
