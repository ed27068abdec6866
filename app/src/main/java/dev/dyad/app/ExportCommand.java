package dev.dyad.app;

import dev.dyad.store.EventQuery;
import dev.dyad.store.EventStore;
import dev.dyad.store.Exports;
import dev.dyad.store.StoreException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export --format plover|csv|parquet|cameo}: the events of a query as a file for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the events a query selects as PLOVER JSON Lines, CSV, Parquet, or a CAMEO-coded "
                + "tab-separated file with the GDELT 2.0 event table's columns.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    QueryFilters filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "plover, csv, parquet or cameo.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output; "
            + "Parquet needs a file).")
    Path output;

    @Option(names = "--header", description = "cameo: a first line naming the columns (GDELT's own files have none).")
    boolean header;

    @Option(names = "--parquet", paramLabel = "OUTPUT", description = "Read the Parquet a Spark job wrote under OUTPUT instead of the store.")
    Path parquet;

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("plover", "csv", "parquet", "cameo").contains(f)) {
            throw new IllegalArgumentException("--format " + format + ": one of plover, csv, parquet, cameo");
        }
        if (f.equals("parquet") && output == null) {
            throw new IllegalArgumentException("--format parquet needs --output FILE");
        }
        EventQuery q = filters.query();
        long n;
        // a file is written under a temporary name beside it and renamed when complete, so that a killed or
        // failed export never leaves a partial file under the name asked for (nor spoils an earlier one); a
        // link is followed to the file it names, and a device or pipe (/dev/stdout, a FIFO) is written as it is
        Path target = output == null ? null : destination(output);
        boolean special = target != null && Files.exists(target) && !Files.isRegularFile(target);
        if (special && f.equals("parquet")) {
            throw new IllegalArgumentException("--output " + output + ": not a regular file; --format parquet writes a file");
        }
        Path partial = target == null || special ? null
                : target.resolveSibling("." + target.getFileName() + ".part-" + ProcessHandle.current().pid());
        boolean done = false;
        try (EventStore s = QueryCommand.open(parquet, store.db)) {
            if (f.equals("parquet")) {
                n = Exports.parquet(s, q, partial);
            } else {
                Writer out = output == null ? new OutputStreamWriter(Output.stdout(), StandardCharsets.UTF_8)
                        : special ? new OutputStreamWriter(Files.newOutputStream(target, StandardOpenOption.WRITE), StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                try (Writer w = new BufferedWriter(out)) {
                    n = switch (f) {
                        case "plover" -> Exports.plover(s, q, "dyad " + DyadCommand.version(), w);
                        case "csv" -> Exports.csv(s, q, w);
                        default -> Exports.cameo(s, q, w, header);
                    };
                }
            }
            if (partial != null) {
                moveIntoPlace(partial, target);
            }
            done = true;
        } catch (StoreException e) {
            System.err.println("dyad: " + e.getMessage());
            return DyadCommand.USAGE;
        } catch (UncheckedIOException | IOException e) {
            if (output == null) {
                throw e;
            }
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            System.err.println("dyad: cannot write " + output + ": " + reason(cause));
            return DyadCommand.NOTHING_PROCESSED;
        } finally {
            if (!done && partial != null) {
                Files.deleteIfExists(partial);
            }
        }
        System.err.printf(Locale.ROOT, "export: %d %s events%s%n", n, q.unfused() ? "per-article" : "fused",
                output == null ? "" : " to " + output);
        return DyadCommand.OK;
    }

    /**
     * The file an export writes: the name given, or the file a link there names (followed to the end, so
     * that the link stays a link); refused when it is a folder or its folder does not exist.
     */
    static Path destination(Path output) {
        Path p = output.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new IllegalArgumentException("--output " + output + ": too many levels of links");
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                throw new IllegalArgumentException("--output " + output + ": cannot read the link: " + reason(e));
            }
        }
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException("--output " + output + " is a folder; name a file");
        }
        Path parent = p.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--output " + output + ": no such folder " + parent);
        }
        return p;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Renames in one step where the file system can; the rename replaces an earlier export of that name. */
    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
