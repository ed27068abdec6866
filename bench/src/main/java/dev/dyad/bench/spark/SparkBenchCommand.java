package dev.dyad.bench.spark;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.spark.DyadSparkJob;
import dev.dyad.spark.JobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad-bench spark DIR}: the Spark job over a folder in local mode on one core, then on two, in
 * this JVM, each run timed from listing the folder to the last Parquet file written. Before either run is
 * timed, the models are loaded and the job runs once over the whole folder (or its first N files with
 * {@code --warmup N}): after a shorter warm-up the JIT compiler was still at work during the one-core run,
 * which made it slower and the ratio larger than the job's steady state. The job's output goes to a
 * temporary folder, removed afterwards. The last line is {@code ratio local[2]/local[1] = R}, the ratio
 * of their articles per second.
 */
public final class SparkBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String usage() {
        return "spark [--warmup N] DIR   (default: warm up on every file of DIR)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = null;
        int warmup = Integer.MAX_VALUE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--warmup")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--warmup needs a value");
                }
                try {
                    warmup = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("--warmup wants a whole number");
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option: " + a);
            } else if (dir == null) {
                dir = Path.of(a);
            } else {
                throw new UsageException("one directory only");
            }
        }
        dir = UsageException.existingDirectory(dir);
        List<String> warmupFiles;
        try (Stream<Path> files = Files.list(dir)) {
            warmupFiles = files.filter(Files::isRegularFile).sorted().limit(warmup).map(Path::toString).toList();
        }
        Path work = Files.createTempDirectory("dyad-bench-spark");
        try {
            err.println("dyad-bench spark: loading the models and warming up on " + warmupFiles.size() + " files...");
            run("local[2]", warmupFiles, work.resolve("warmup"));
            Measured one = run("local[1]", List.of(dir.toString()), work.resolve("one"));
            err.printf(Locale.ROOT, "dyad-bench spark: local[1] done in %.1f s%n", one.seconds);
            Measured two = run("local[2]", List.of(dir.toString()), work.resolve("two"));
            out.printf(Locale.ROOT, "local[1]: %d documents (%d rejected, %d events) in %.1f s = %.2f articles/s%n",
                    one.documents, one.rejected, one.events, one.seconds, one.rate());
            out.printf(Locale.ROOT, "local[2]: %d documents (%d rejected, %d events) in %.1f s = %.2f articles/s%n",
                    two.documents, two.rejected, two.events, two.seconds, two.rate());
            out.printf(Locale.ROOT, "cores available to this JVM: %d%n", Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "ratio local[2]/local[1] = %.2f%n", two.rate() / one.rate());
            return 0;
        } finally {
            delete(work);
        }
    }

    private record Measured(long documents, long rejected, long events, double seconds) {
        double rate() {
            return documents / seconds;
        }
    }

    private static Measured run(String master, List<String> inputs, Path output) {
        SparkSession spark = DyadSparkJob.session(master);
        try {
            int partitions = DyadSparkJob.defaultPartitions(spark);
            long start = System.nanoTime();
            DyadSparkJob.Summary s = DyadSparkJob.code(spark, inputs, output.toString(), new JobConfig(List.of(), partitions));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Measured(s.documents() + s.rejected(), s.rejected(), s.events(), seconds);
        } finally {
            spark.stop();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
