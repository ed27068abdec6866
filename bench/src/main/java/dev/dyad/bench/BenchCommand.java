package dev.dyad.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dyad-bench}: benchmarks of dyad against named baselines. The first argument names a
 * {@link Subcommand}; each subcommand is its own class, registered in {@link #SUBCOMMANDS}.
 *
 * <p>Standard output carries only the report; progress goes to standard error. Exit codes: 0 done,
 * 1 the benchmark failed, 2 usage.
 */
public final class BenchCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Name to subcommand, in the order the usage lists them. */
    private static final Map<String, Subcommand> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        register(new dev.dyad.bench.extract.ExtractBenchCommand());
        register(new dev.dyad.bench.pipeline.PipelineBenchCommand());
        register(new dev.dyad.bench.store.IngestBenchCommand());
        register(new dev.dyad.bench.store.QueryBenchCommand());
        register(new dev.dyad.bench.serve.ServeBenchCommand());
        register(new dev.dyad.bench.spark.SparkBenchCommand());
        register(new dev.dyad.bench.serve.LoadBenchCommand());
    }

    private BenchCommand() {
    }

    private static void register(Subcommand command) {
        SUBCOMMANDS.put(command.name(), command);
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs one subcommand and answers the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Subcommand command = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (command == null) {
            if (args.length > 0) {
                err.println("dyad-bench: unknown subcommand: " + args[0]);
            }
            usage(err);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("dyad-bench " + command.name() + ": " + e.getMessage());
            err.println("usage: dyad-bench " + command.usage());
            return USAGE;
        } catch (Exception e) {
            err.println("dyad-bench " + command.name() + ": " + e);
            return FAILED;
        }
    }

    private static void usage(PrintStream err) {
        err.println("usage:");
        for (Subcommand command : SUBCOMMANDS.values()) {
            err.println("  dyad-bench " + command.usage());
        }
    }
}
