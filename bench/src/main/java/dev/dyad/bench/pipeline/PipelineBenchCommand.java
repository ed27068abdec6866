package dev.dyad.bench.pipeline;

import dev.dyad.actors.Lexicon;
import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.events.Triggers;
import dev.dyad.model.RawDocument;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.OrderedParallel;
import dev.dyad.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code dyad-bench pipeline [options] DIR}: the whole pipeline per article against CoreNLP's default
 * annotators alone, under JMH in one forked JVM, one thread; then, in this JVM, dyad's throughput with
 * one and two worker threads over every page of the folder and the process's peak resident memory.
 * The last line is {@code ratio dyad/corenlp-default = R} (medians of the measured iterations).
 */
public final class PipelineBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String usage() {
        return "pipeline [--pages N] [--warmup N] [--iterations N] [--time SECONDS] DIR"
                + "   (defaults: 12 pages, 1 warm-up and 3 measured iterations of 30 s)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dir = null;
        int pages = 12;
        int warmup = 1;
        int iterations = 3;
        int seconds = 30;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + a + " needs a value");
                }
                int v;
                try {
                    v = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException(a + " wants a whole number");
                }
                switch (a) {
                    case "--pages" -> pages = v;
                    case "--warmup" -> warmup = v;
                    case "--iterations" -> iterations = v;
                    case "--time" -> seconds = v;
                    default -> throw new UsageException("unknown option: " + a);
                }
            } else if (dir == null) {
                dir = Path.of(a);
            } else {
                throw new UsageException("one directory only");
            }
        }
        dir = UsageException.existingDirectory(dir);
        dir = dir.toAbsolutePath().normalize();

        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(PipelineBenchmark.class.getName()) + "\\.")
                .param("dir", dir.toString())
                .param("pages", String.valueOf(pages))
                .forks(1)
                .jvmArgsAppend("-Xmx6g", "-Xss16m")
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .threads(1)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options,
                OutputFormatFactory.createFormatInstance(err, VerboseMode.NORMAL)).run();
        double dyad = Double.NaN;
        double corenlp = Double.NaN;
        for (RunResult r : results) {
            String b = r.getParams().getBenchmark();
            double median = median(r);
            out.printf(Locale.ROOT, "%-16s %9.1f ms/article (median of %d iterations; mean %.1f ± %.1f)%n",
                    b.substring(b.lastIndexOf('.') + 1), median, iterations, r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
            if (b.endsWith("dyadPipeline")) {
                dyad = median;
            } else {
                corenlp = median;
            }
        }

        // throughput and memory of dyad alone, in this JVM
        List<RawDocument> all = Articles.load(dir, 0);
        Pipeline pipeline = new Pipeline(new ExtractionStage(), CoreNlpParser::shared, Lexicon.builtIn(), Triggers.builtIn());
        throughput(pipeline, all, 2); // warm
        double one = throughput(pipeline, all, 1);
        double two = throughput(pipeline, all, 2);
        out.printf(Locale.ROOT, "throughput: %.2f articles/s on 1 thread, %.2f on 2 threads (%d articles)%n", one, two,
                all.size());
        out.printf(Locale.ROOT, "peak memory (resident, this JVM with dyad's pipeline): %.2f GB%n", peakRssGb());
        out.printf(Locale.ROOT, "ratio dyad/corenlp-default = %.2f%n", dyad / corenlp);
        return 0;
    }

    private static double median(RunResult r) {
        List<Double> values = new ArrayList<>();
        r.getBenchmarkResults().forEach(br -> br.getIterationResults()
                .forEach(ir -> values.add(ir.getPrimaryResult().getScore())));
        values.sort(Double::compare);
        int n = values.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static double throughput(Pipeline pipeline, List<RawDocument> docs, int threads) {
        long start = System.nanoTime();
        try (OrderedParallel<RawDocument, Pipeline.Result> workers = new OrderedParallel<>(threads, pipeline::process,
                r -> { })) {
            docs.forEach(workers::submit);
        }
        return docs.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double peakRssGb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
            }
        }
        return Double.NaN;
    }
}
