package dev.dyad.bench.spark;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.spark.DyadSparkJob;
import dev.dyad.spark.JobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad-bench spark DIR}: the Spark job over a folder in local mode on one core and on two, in this
 * JVM, each run timed from listing the folder to the last Parquet file written.
 *
 * <p>The ratio is taken at the JVM's steady state. On a two-core machine the JIT compiler's backlog for
 * Spark, CoreNLP and dyad takes most of a core for the first minutes of a JVM: a one-core run then has the
 * compiler on the idle core for free, a two-core run shares its cores with it, and the ratio measures the
 * compiler rather than the job. So the models are loaded and the job runs over the folder (or its first N
 * files with {@code --warmup N}) on two cores, again and again, until it is steady: the compiler's time in
 * a pass is under {@link #STEADY_COMPILER_SHARE} of the pass, and {@link #FLAT_PASSES} passes in a row were
 * no more than {@link #FLAT_GAIN} faster than the fastest pass before them (at most {@code --passes}
 * passes; on a two-core machine it took 12 to 14, about two and a half minutes). Then one-core and two-core
 * runs alternate for {@code --rounds} rounds, so both see the same state of the machine, and the medians are
 * compared. Each timed run starts after a full collection and once the compiler is idle, so that neither
 * the last run's garbage nor the new session's start is charged to it. The compiler's time is printed with
 * every run. The job's output goes to a temporary folder, removed afterwards. The last line is {@code ratio
 * local[2]/local[1] = R}, the ratio of the median articles per second.
 */
public final class SparkBenchCommand implements Subcommand {
    /** The warm-up is steady when the JIT compiler worked less than this share of a pass's time... */
    private static final double STEADY_COMPILER_SHARE = 0.3;
    /** ...and this many passes in a row... */
    private static final int FLAT_PASSES = 3;
    /** ...were no more than this much faster than the fastest pass before them. */
    private static final double FLAT_GAIN = 0.03;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String usage() {
        return "spark [--warmup N] [--passes N] [--rounds N] DIR   (defaults: every file of DIR, at most 16 warm-up "
                + "passes, 5 rounds)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = null;
        int warmup = Integer.MAX_VALUE;
        int passes = 16;
        int rounds = 5;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--warmup" -> warmup = positive(args, ++i, a);
                case "--passes" -> passes = positive(args, ++i, a);
                case "--rounds" -> rounds = positive(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option: " + a);
                    } else if (dir == null) {
                        dir = Path.of(a);
                    } else {
                        throw new UsageException("one directory only");
                    }
                }
            }
        }
        dir = UsageException.existingDirectory(dir);
        List<String> warmupFiles;
        try (Stream<Path> files = Files.list(dir)) {
            warmupFiles = files.filter(Files::isRegularFile).sorted().limit(warmup).map(Path::toString).toList();
        }
        Path work = Files.createTempDirectory("dyad-bench-spark");
        try {
            err.println("dyad-bench spark: loading the models, then warming up on " + warmupFiles.size()
                    + " files until its speed is steady...");
            double fastest = Double.MAX_VALUE;
            int flat = 0;
            for (int pass = 1; pass <= passes; pass++) {
                Measured m = run("local[2]", warmupFiles, work.resolve("warmup-" + pass));
                err.printf(Locale.ROOT, "dyad-bench spark: warm-up pass %d: %.1f s, JIT compiler %.1f s%n", pass,
                        m.seconds, m.compilerSeconds);
                flat = m.seconds > fastest * (1 - FLAT_GAIN) ? flat + 1 : 0;
                fastest = Math.min(fastest, m.seconds);
                if (flat >= FLAT_PASSES && m.compilerSeconds < STEADY_COMPILER_SHARE * m.seconds) {
                    break;
                }
                if (pass == passes) {
                    err.println("dyad-bench spark: not steady after " + passes + " passes; timing anyway");
                }
            }
            List<Measured> ones = new ArrayList<>();
            List<Measured> twos = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Measured one = run("local[1]", List.of(dir.toString()), work.resolve("one-" + round));
                Measured two = run("local[2]", List.of(dir.toString()), work.resolve("two-" + round));
                ones.add(one);
                twos.add(two);
                err.printf(Locale.ROOT, "dyad-bench spark: round %d: local[1] %.1f s (JIT compiler %.1f s), "
                        + "local[2] %.1f s (JIT compiler %.1f s)%n", round, one.seconds, one.compilerSeconds,
                        two.seconds, two.compilerSeconds);
            }
            Measured one = median(ones);
            Measured two = median(twos);
            out.printf(Locale.ROOT, "local[1]: %d documents (%d rejected, %d events), median of %d runs %.1f s = %.2f "
                    + "articles/s%n", one.documents, one.rejected, one.events, rounds, one.seconds, one.rate());
            out.printf(Locale.ROOT, "local[2]: %d documents (%d rejected, %d events), median of %d runs %.1f s = %.2f "
                    + "articles/s%n", two.documents, two.rejected, two.events, rounds, two.seconds, two.rate());
            out.printf(Locale.ROOT, "cores available to this JVM: %d%n", Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "ratio local[2]/local[1] = %.2f%n", two.rate() / one.rate());
            return 0;
        } finally {
            delete(work);
        }
    }

    private static int positive(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return UsageException.wholeNumber(option, args.get(i), 1);
    }

    private record Measured(long documents, long rejected, long events, double seconds, double compilerSeconds) {
        double rate() {
            return documents / seconds;
        }
    }

    /** The run of median time (the upper one of an even count). */
    private static Measured median(List<Measured> runs) {
        List<Measured> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Measured::seconds));
        return sorted.get(sorted.size() / 2);
    }

    private static Measured run(String master, List<String> inputs, Path output) throws InterruptedException {
        SparkSession spark = DyadSparkJob.session(master);
        try {
            int partitions = DyadSparkJob.defaultPartitions(spark);
            CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
            System.gc(); // each timed run starts from a collected heap, not with the last run's garbage
            awaitQuietCompiler(compiler);
            long compiled = compiler.getTotalCompilationTime();
            long start = System.nanoTime();
            DyadSparkJob.Summary s = DyadSparkJob.code(spark, inputs, output.toString(), new JobConfig(List.of(), partitions));
            double seconds = (System.nanoTime() - start) / 1e9;
            double compilerSeconds = (compiler.getTotalCompilationTime() - compiled) / 1000.0;
            return new Measured(s.documents() + s.rejected(), s.rejected(), s.events(), seconds, compilerSeconds);
        } finally {
            spark.stop();
        }
    }

    /**
     * Waits (at most 10 s) until the JIT compiler has been idle for a quarter of a second: starting a
     * session runs much code once, and its compilation would otherwise run on into the timed job.
     */
    private static void awaitQuietCompiler(CompilationMXBean compiler) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long before = compiler.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = compiler.getTotalCompilationTime();
            if (now - before < 5) {
                return;
            }
            before = now;
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
