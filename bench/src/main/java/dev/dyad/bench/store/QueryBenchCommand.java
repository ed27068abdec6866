package dev.dyad.bench.store;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import dev.dyad.store.EventStore;
import dev.dyad.store.Timeline;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code dyad-bench query [--events N] [--queries N]}: fills a store on disk with N generated events
 * (default 1,000,000; no language models) and their fused events, opens it read-only as a reader
 * would, and times a dyad timeline query (two countries, a date range, counts per week by type) with
 * random pairs and ranges. Prints p50, p90, p99 and max; the last line is {@code p99 = … ms}.
 */
public final class QueryBenchCommand implements Subcommand {
    /** The busiest parties first: the generator draws the first codes more often. */
    private static final List<String> CODES = List.of("USA", "CHN", "RUS", "GBR", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR",
            "JPN", "IND", "PAK", "UKR", "TUR", "SYR", "SAU", "EGY", "AFG", "IRQ", "BRA", "MEX", "CAN", "AUS", "NGA",
            "ZAF", "ETH", "SDN", "VEN", "COL", "IGO", "PSE", "LBN", "YEM", "QAT", "ARE", "IDN", "PHL", "VNM", "THA");

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String usage() {
        return "query [--events N] [--queries N]   (defaults: 1000000 events, 500 timed queries after 100 warm-up)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        long events = 1_000_000;
        int queries = 500;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + a + " needs a value");
            }
            long v;
            try {
                v = Long.parseLong(args.get(++i));
            } catch (NumberFormatException e) {
                throw new UsageException(a + " wants a whole number");
            }
            switch (a) {
                case "--events" -> events = v;
                case "--queries" -> queries = (int) v;
                default -> throw new UsageException("unknown option: " + a);
            }
        }
        Path dir = Files.createTempDirectory("dyad-bench-query");
        Path db = dir.resolve("bench.duckdb");
        try {
            long t0 = System.nanoTime();
            try (EventStore s = EventStore.open(db, Duration.ZERO)) {
                Timeline.generate(s, events, CODES);
                err.printf(Locale.ROOT, "generated %d events, %d fused events in %.1f s%n", s.count("events"),
                        s.count("fused_events"), (System.nanoTime() - t0) / 1e9);
            }
            try (EventStore s = EventStore.openReadOnly(db, Duration.ZERO)) {
                Random random = new Random(42);
                long rows = 0;
                for (int i = 0; i < 100; i++) {
                    rows += one(s, random).size();
                }
                double[] ms = new double[queries];
                for (int i = 0; i < queries; i++) {
                    long q0 = System.nanoTime();
                    rows += one(s, random).size();
                    ms[i] = (System.nanoTime() - q0) / 1e6;
                }
                Arrays.sort(ms);
                out.printf(Locale.ROOT, "store: %d events, %s on disk; %d timeline queries (two countries, a date range of "
                                + "3 months to 3 years, counts per week by type), %d rows in all%n",
                        events, mib(Files.size(db)), queries, rows);
                out.printf(Locale.ROOT, "p50 = %.1f ms, p90 = %.1f ms, max = %.1f ms%n", pct(ms, 50), pct(ms, 90), ms[ms.length - 1]);
                out.printf(Locale.ROOT, "p99 = %.1f ms%n", pct(ms, 99));
            }
            return 0;
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir.resolve("bench.duckdb.wal"));
            Files.deleteIfExists(dir);
        }
    }

    private static List<Timeline.Week> one(EventStore s, Random random) throws Exception {
        // pairs among the twenty busiest parties: the timelines people ask for
        String a = CODES.get(random.nextInt(20));
        String b = CODES.get(random.nextInt(20));
        LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(2500));
        LocalDate to = from.plusDays(90 + random.nextInt(1000));
        return Timeline.dyad(s, a, b, from, to);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
