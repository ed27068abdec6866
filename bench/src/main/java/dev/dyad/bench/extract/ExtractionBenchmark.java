package dev.dyad.bench.extract;

import dev.dyad.extract.HtmlArticleExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction speed of dyad, Readability4J and boilerpipe on the same pages. One operation is one
 * pass over every page of {@link #dir}, so the score divided by the page count is the mean time per
 * page. Pages are read and decoded once per trial, outside the measured code.
 *
 * <p>Beside wall time, each pass adds the CPU time of the whole forked JVM (extraction, garbage
 * collection and compilation alike) to {@link CpuCounters}: on a machine shared with other work, time
 * spent waiting for a core inflates wall time but not CPU time.
 *
 * <p>A page that makes a tool throw counts as done (the exception is consumed), so one bad page
 * cannot end the run; {@link ExtractBenchCommand} counts such failures before measuring.
 * JMH makes one instance per benchmark thread; the benchmark runs single-threaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Sums over each measured iteration; JMH reports them as secondary results and adds up iterations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuCounters {
        /** Process CPU time spent in passes, in nanoseconds. */
        public long cpuNanos;
        /** Passes over all pages. */
        public long passes;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            passes = 0;
        }

        void add(long startNanos) {
            cpuNanos += OS.getProcessCpuTime() - startNanos;
            passes++;
        }
    }

    /** The page directory; {@link ExtractBenchCommand} sets it. */
    @Param({""})
    public String dir;

    private List<Page> pages;
    private HtmlArticleExtractor extractor;

    @Setup(Level.Trial)
    public void load() throws IOException {
        pages = new PageLoader().load(Path.of(dir)).pages();
        if (pages.isEmpty()) {
            throw new IllegalStateException("no decodable .html or .html.gz page under " + dir);
        }
        // built once, as the pipeline builds its extractor once per batch
        extractor = new HtmlArticleExtractor();
    }

    @Benchmark
    public void dyad(Blackhole bh, CpuCounters cpu) {
        long start = OS.getProcessCpuTime();
        for (Page page : pages) {
            try {
                bh.consume(Contenders.dyad(extractor, page));
            } catch (RuntimeException | StackOverflowError e) {
                bh.consume(e);
            }
        }
        cpu.add(start);
    }

    @Benchmark
    public void readability4j(Blackhole bh, CpuCounters cpu) {
        long start = OS.getProcessCpuTime();
        for (Page page : pages) {
            try {
                bh.consume(Contenders.readability4j(page));
            } catch (RuntimeException | StackOverflowError e) {
                bh.consume(e);
            }
        }
        cpu.add(start);
    }

    @Benchmark
    public void boilerpipe(Blackhole bh, CpuCounters cpu) {
        long start = OS.getProcessCpuTime();
        for (Page page : pages) {
            try {
                bh.consume(Contenders.boilerpipe(page));
            } catch (Exception | StackOverflowError e) {
                bh.consume(e);
            }
        }
        cpu.add(start);
    }
}
