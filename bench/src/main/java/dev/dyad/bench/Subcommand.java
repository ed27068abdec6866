package dev.dyad.bench;

import java.io.PrintStream;
import java.util.List;

/**
 * One benchmark of {@code dyad-bench}, named by the first command-line argument. Implementations
 * parse their own arguments, throwing {@link UsageException} for bad ones before any work starts.
 */
public interface Subcommand {
    /** The word that selects this subcommand. */
    String name();

    /** The synopsis after {@code dyad-bench}, e.g. {@code "extract [options] DIR"}, options included. */
    String usage();

    /**
     * Runs the benchmark and prints its report to {@code out}, progress to {@code err}.
     *
     * @return the exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
