package dev.dyad.bench.extract;

import dev.dyad.bench.BenchCommand;
import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.extract.HtmlArticleExtractor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code dyad-bench extract [options] DIR}: runs {@link ExtractionBenchmark} for dyad, Readability4J
 * and boilerpipe in one JMH run and prints, per tool, the time per page, then the ratios
 * {@code dyad/boilerpipe} and, as the last line, {@code dyad/readability4j}.
 *
 * <p>The ratios divide medians of the measured iterations, which a busy machine disturbs less than
 * means; the mean and JMH's 99.9% error are printed beside them, and so is the CPU time per page
 * (see {@link ExtractionBenchmark}), with its own ratios on a line above the two wall-time ones. Forked JMH JVMs get this JVM's
 * class path and options (so the launcher's {@code -Xss} reaches them). Not thread-safe; one run per instance.
 */
public final class ExtractBenchCommand implements Subcommand {
    private static final List<String> TOOLS = List.of(Contenders.DYAD, Contenders.READABILITY4J, Contenders.BOILERPIPE);

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String usage() {
        return "extract [--forks N] [--warmup N] [--iterations N] [--time SECONDS] DIR"
                + "   (defaults: 1 fork, 5 warm-up and 5 measured iterations of 4 s each)";
    }

    /** What the command line asked for. */
    record Settings(Path dir, int forks, int warmups, int iterations, double seconds) {
    }

    static Settings parse(List<String> args) throws UsageException {
        Path dir = null;
        int forks = 1;
        // a cold pass over a news corpus takes seconds on a busy machine, and the JIT needs several
        // passes before the time per page settles: shorter warm-ups measured compilation, not extraction
        int warmups = 5;
        int iterations = 5;
        double seconds = 4;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--forks" -> forks = UsageException.wholeNumber(arg, value, 0);
                    case "--warmup" -> warmups = UsageException.wholeNumber(arg, value, 0);
                    case "--iterations" -> iterations = UsageException.wholeNumber(arg, value, 1);
                    case "--time" -> seconds = seconds(arg, value);
                    default -> throw new UsageException("unknown option: " + arg);
                }
            } else if (dir == null) {
                dir = Path.of(arg);
            } else {
                throw new UsageException("one directory only, got also: " + arg);
            }
        }
        dir = UsageException.existingDirectory(dir);
        return new Settings(dir.toAbsolutePath().normalize(), forks, warmups, iterations, seconds);
    }

    private static double seconds(String option, String value) throws UsageException {
        try {
            double s = Double.parseDouble(value);
            if (s >= 0.1 && s <= 600) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " wants seconds between 0.1 and 600, got " + value);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Settings settings = parse(args);
        PageLoader.Loaded loaded = new PageLoader().load(settings.dir());
        List<Page> pages = loaded.pages();
        if (pages.isEmpty()) {
            throw new UsageException("no decodable .html or .html.gz page under " + settings.dir());
        }
        for (String name : loaded.skipped()) {
            err.println("dyad-bench extract: skipped " + name + ": not decodable as text");
        }
        Map<String, Integer> failures = failures(pages);

        TimeValue time = TimeValue.milliseconds(Math.round(settings.seconds() * 1000));
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(ExtractionBenchmark.class.getName()) + "\\.")
                .param("dir", settings.dir().toString())
                .forks(settings.forks())
                .warmupIterations(settings.warmups())
                .warmupTime(time)
                .measurementIterations(settings.iterations())
                .measurementTime(time)
                .threads(1)
                .shouldFailOnError(true)
                .build();
        // JMH's progress goes to standard error, so standard output holds only the report
        Collection<RunResult> results = new Runner(options,
                OutputFormatFactory.createFormatInstance(err, VerboseMode.NORMAL)).run();

        Map<String, RunResult> byTool = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            byTool.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r);
        }
        for (String tool : TOOLS) {
            if (!byTool.containsKey(tool)) {
                err.println("dyad-bench extract: no result for " + tool);
                return BenchCommand.FAILED;
            }
        }
        report(out, settings, pages.size(), byTool, failures);
        return BenchCommand.OK;
    }

    /** Runs each tool once over every page, outside JMH, and counts the pages it threw on. */
    private static Map<String, Integer> failures(List<Page> pages) {
        HtmlArticleExtractor dyad = new HtmlArticleExtractor();
        Map<String, Integer> failed = new LinkedHashMap<>();
        for (String tool : TOOLS) {
            int n = 0;
            for (Page page : pages) {
                try {
                    switch (tool) {
                        case Contenders.DYAD -> Contenders.dyad(dyad, page);
                        case Contenders.READABILITY4J -> Contenders.readability4j(page);
                        case Contenders.BOILERPIPE -> Contenders.boilerpipe(page);
                        default -> throw new IllegalStateException("unknown tool " + tool);
                    }
                } catch (Exception | StackOverflowError e) {
                    n++;
                }
            }
            failed.put(tool, n);
        }
        return failed;
    }

    private static void report(PrintStream out, Settings s, int pageCount, Map<String, RunResult> byTool,
            Map<String, Integer> failures) {
        out.printf(Locale.ROOT, "extraction speed: %d pages, JMH average time, %d fork(s), %d warm-up + %d measured"
                + " iterations of %.1f s%n", pageCount, s.forks(), s.warmups(), s.iterations(), s.seconds());
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s %7s%n", "tool", "ms/page", "mean", "± 99.9%", "cpu ms", "failed");
        Map<String, Double> wall = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String tool : TOOLS) {
            Result<?> r = byTool.get(tool).getPrimaryResult();
            double median = r.getStatistics().getPercentile(50) / pageCount;
            double error = r.getScoreError() / pageCount;
            wall.put(tool, median);
            cpu.put(tool, cpuMillisPerPage(byTool.get(tool), pageCount));
            out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9s %9.3f %7d%n", tool, median, r.getScore() / pageCount,
                    Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.3f", error), cpu.get(tool),
                    failures.get(tool));
        }
        out.println("ms/page: median of the measured iterations; mean ± 99.9% confidence half-width from JMH;");
        out.println("cpu ms: CPU time of the benchmark JVM per page, less disturbed by other work on the machine");
        out.printf(Locale.ROOT, "cpu ratios: dyad/boilerpipe = %.2f, dyad/readability4j = %.2f%n",
                cpu.get(Contenders.DYAD) / cpu.get(Contenders.BOILERPIPE),
                cpu.get(Contenders.DYAD) / cpu.get(Contenders.READABILITY4J));
        out.println(ratio(wall, Contenders.BOILERPIPE));
        out.println(ratio(wall, Contenders.READABILITY4J));
    }

    /** Process CPU time per page over the measured iterations, from the benchmark's counters. */
    private static double cpuMillisPerPage(RunResult r, int pageCount) {
        // JMH declares the map with a raw Result; reading through a wildcard keeps -Xlint quiet
        Result<?> nanos = r.getSecondaryResults().get("cpuNanos");
        Result<?> passes = r.getSecondaryResults().get("passes");
        if (nanos == null || passes == null || passes.getScore() <= 0) {
            return Double.NaN;
        }
        return nanos.getScore() / passes.getScore() / pageCount / 1e6;
    }

    private static String ratio(Map<String, Double> median, String other) {
        return String.format(Locale.ROOT, "ratio dyad/%s = %.2f", other, median.get(Contenders.DYAD) / median.get(other));
    }
}
