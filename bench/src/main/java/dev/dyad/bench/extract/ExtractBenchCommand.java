package dev.dyad.bench.extract;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.extract.HtmlArticleExtractor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * means; the mean and JMH's 99.9% error are printed beside them. Forked JMH JVMs get this JVM's
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
                    case "--forks" -> forks = count(arg, value, 0);
                    case "--warmup" -> warmups = count(arg, value, 0);
                    case "--iterations" -> iterations = count(arg, value, 1);
                    case "--time" -> seconds = seconds(arg, value);
                    default -> throw new UsageException("unknown option: " + arg);
                }
            } else if (dir == null) {
                dir = Path.of(arg);
            } else {
                throw new UsageException("one directory only, got also: " + arg);
            }
        }
        if (dir == null) {
            throw new UsageException("missing page directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such directory: " + dir);
        }
        return new Settings(dir.toAbsolutePath().normalize(), forks, warmups, iterations, seconds);
    }

    private static int count(String option, String value, int min) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " wants a whole number of at least " + min + ", got " + value);
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

        Map<String, Result<?>> byTool = new LinkedHashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            byTool.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        for (String tool : TOOLS) {
            if (!byTool.containsKey(tool)) {
                err.println("dyad-bench extract: no result for " + tool);
                return 1;
            }
        }
        report(out, settings, pages.size(), byTool, failures);
        return 0;
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

    private static void report(PrintStream out, Settings s, int pageCount, Map<String, Result<?>> byTool,
            Map<String, Integer> failures) {
        out.printf(Locale.ROOT, "extraction speed: %d pages, JMH average time, %d fork(s), %d warm-up + %d measured"
                + " iterations of %.1f s%n", pageCount, s.forks(), s.warmups(), s.iterations(), s.seconds());
        out.printf(Locale.ROOT, "%-14s %10s %10s %10s %7s%n", "tool", "ms/page", "mean", "± 99.9%", "failed");
        Map<String, Double> median = new LinkedHashMap<>();
        for (String tool : TOOLS) {
            Result<?> r = byTool.get(tool);
            double med = r.getStatistics().getPercentile(50) / pageCount;
            median.put(tool, med);
            double error = r.getScoreError() / pageCount;
            out.printf(Locale.ROOT, "%-14s %10.3f %10.3f %10s %7d%n", tool, med, r.getScore() / pageCount,
                    Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.3f", error), failures.get(tool));
        }
        out.println("(ms/page: median over measured iterations; mean ± 99.9% confidence half-width from JMH)");
        List<String> ratios = new ArrayList<>();
        ratios.add(ratio(median, Contenders.BOILERPIPE));
        ratios.add(ratio(median, Contenders.READABILITY4J));
        ratios.forEach(out::println);
    }

    private static String ratio(Map<String, Double> median, String other) {
        return String.format(Locale.ROOT, "ratio dyad/%s = %.2f", other, median.get(Contenders.DYAD) / median.get(other));
    }
}
