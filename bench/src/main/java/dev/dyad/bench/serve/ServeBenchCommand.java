package dev.dyad.bench.serve;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code dyad-bench serve}: {@code dyad serve} under load. Builds a store of synthetic events (direct
 * inserts into the store's tables), starts the real command on a loopback port as a child process, and
 * runs closed-loop clients (each sends its next request when the last one answered) against
 * {@code /api/events?actor=X&recipient=Y} for the store's busiest dyad; prints the latency percentiles
 * and the errors. With {@code --page-load DIR}, it also ingests DIR into a second store with
 * {@code dyad ingest}, serves it, and loads the events page in Debian's headless chromium, each time
 * with a fresh profile (nothing cached): the Navigation Timing load end and the moment the timeline's
 * canvas is drawn. Every request goes to 127.0.0.1 only, and the load stops by itself.
 */
public final class ServeBenchCommand implements Subcommand {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "serve [--events N] [--clients N] [--seconds N] [--warmup N] [--dyad COMMAND] [--cache-mb MB] "
                + "[--page-load DIR] [--loads N]   (defaults: 100000 events, 50 clients, 30 s after 5 s of warm-up, "
                + "./dyad, the server's cache, 5 page loads)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int events = 100_000;
        int clients = 50;
        int seconds = 30;
        int warmup = 5;
        int loads = 5;
        String dyad = "./dyad";
        String cacheMb = null;
        Path pageLoad = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--events" -> events = number(a, v, 1, 50_000_000);
                case "--clients" -> clients = number(a, v, 1, 1000);
                case "--seconds" -> seconds = number(a, v, 1, 3600);
                case "--warmup" -> warmup = number(a, v, 0, 600);
                case "--loads" -> loads = number(a, v, 1, 100);
                case "--dyad" -> dyad = v;
                case "--cache-mb" -> cacheMb = Integer.toString(number(a, v, 0, 1 << 20));
                case "--page-load" -> pageLoad = Path.of(v);
                default -> throw new UsageException("unknown option: " + a);
            }
        }
        if (pageLoad != null && !Files.exists(pageLoad)) {
            throw new UsageException("no such file or directory: " + pageLoad);
        }
        Path dir = Files.createTempDirectory("dyad-bench-serve");
        Path db = dir.resolve("synthetic.duckdb");
        long t0 = System.nanoTime();
        SyntheticStore.Dyad dyadPair = SyntheticStore.build(db, events);
        err.printf(Locale.ROOT, "store of %d synthetic events built in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
        String path = "/api/events?actor=" + enc(dyadPair.actor()) + "&recipient=" + enc(dyadPair.recipient());
        List<String> extra = cacheMb == null ? List.of() : List.of("--cache-mb", cacheMb);
        try (Server server = Server.start(dyad, db, extra, dir.resolve("serve.log"), err)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + server.port + path);
            err.printf(Locale.ROOT, "warm-up: %d s of %d clients on %s%n", warmup, clients, path);
            load(http, uri, clients, warmup);
            err.printf(Locale.ROOT, "measuring: %d s%n", seconds);
            Result r = load(http, uri, clients, seconds);
            out.printf(Locale.ROOT, "dyad serve%s, /api/events filtered by one dyad (%s -> %s, %d of %d fused events), "
                    + "%d concurrent clients on loopback, %d s%n", extra.isEmpty() ? "" : " " + String.join(" ", extra),
                    dyadPair.actor(), dyadPair.recipient(), dyadPair.events(), events, clients, seconds);
            out.printf(Locale.ROOT, "requests %d  throughput %.0f/s  errors %d%n", r.count(), r.count() / (double) seconds,
                    r.errors());
            out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", r.percentile(50),
                    r.percentile(90), r.percentile(99), r.percentile(100));
        }
        if (pageLoad != null) {
            pageLoad(dyad, pageLoad, dir, loads, out, err);
        }
        return 0;
    }

    private static void pageLoad(String dyad, Path articles, Path dir, int loads, PrintStream out, PrintStream err)
            throws Exception {
        Path db = dir.resolve("ingested.duckdb");
        err.println("ingesting " + articles + " with dyad ingest...");
        Process p = new ProcessBuilder(dyad, "ingest", "--db", db.toString(), articles.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        if (p.waitFor() > 1) {
            throw new IllegalStateException("dyad ingest failed; see " + dir.resolve("ingest.log"));
        }
        try (Server server = Server.start(dyad, db, List.of(), dir.resolve("serve-page.log"), err)) {
            String url = "http://127.0.0.1:" + server.port + "/";
            List<double[]> times = new ArrayList<>();
            for (int i = 0; i <= loads; i++) {
                ChromeDriver browser = browser(dir.resolve("profile-" + i));
                try {
                    browser.get(url);
                    // the page marks (User Timing) when its timeline is drawn and its table filled; the
                    // canvas is looked for as well, so that "drawn" means a chart is on the page
                    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                            !d.findElements(By.cssSelector("#timeline[data-drawn=true] canvas")).isEmpty()
                                    && !d.findElements(By.cssSelector("#events tbody tr.event-row")).isEmpty()
                                    && Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                                    "return performance.getEntriesByName('dyad-table-filled').length > 0;")));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) browser.executeScript(
                            "const n = performance.getEntriesByType('navigation')[0];"
                                    + "const m = name => performance.getEntriesByName(name)[0].startTime;"
                                    + "return {load: n.loadEventEnd, "
                                    + "drawn: Math.max(m('dyad-timeline-drawn'), m('dyad-table-filled'))};");
                    double[] v = {((Number) t.get("load")).doubleValue(), ((Number) t.get("drawn")).doubleValue()};
                    // the first load warms the server's JIT and the OS's caches: reported, not counted
                    err.printf(Locale.ROOT, "load %d%s: load event %.0f ms, charts drawn by %.0f ms%n", i,
                            i == 0 ? " (warm-up)" : "", v[0], v[1]);
                    if (i > 0) {
                        times.add(v);
                    }
                } finally {
                    browser.quit();
                }
            }
            double[] load = times.stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] drawn = times.stream().mapToDouble(v -> v[1]).sorted().toArray();
            out.printf(Locale.ROOT, "first page load of the events page (%s ingested), %d loads with a fresh browser "
                    + "profile: load event median %.0f ms (max %.0f); timeline and table drawn median %.0f ms (max %.0f)%n",
                    articles, loads, load[load.length / 2], load[load.length - 1], drawn[drawn.length / 2],
                    drawn[drawn.length - 1]);
        }
    }

    private static ChromeDriver browser(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(new File("/usr/bin/chromium"));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), o);
    }

    record Result(long[] nanos, long errors) {
        long count() {
            return nanos.length;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    /** Closed-loop load: {@code clients} threads, each sending its next request as soon as the last answered. */
    private static Result load(HttpClient http, URI uri, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] perClient = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] times = new long[1 << 14];
                int n = 0;
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"events\"")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - s;
                }
                perClient[client] = Arrays.copyOf(times, n);
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, errors.get());
    }

    static int number(String option, String v, int min, int max) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " wants a whole number");
        }
        if (n < min || n > max) {
            throw new UsageException(option + " must lie between " + min + " and " + max);
        }
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code dyad serve} as a child process on a free loopback port, stopped when closed. */
    static final class Server implements AutoCloseable {
        final Process process;
        final int port;

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Server start(String dyad, Path db, List<String> extra, Path log, PrintStream err) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(dyad, "serve", "--db", db.toString(), "--port",
                    Integer.toString(port), "--bind", "127.0.0.1"));
            command.addAll(extra);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Server server = new Server(p, port);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("dyad serve stopped; see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi.json")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        err.println("dyad serve listening on 127.0.0.1:" + port + " (pid " + p.pid() + ")");
                        return server;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            server.close();
            throw new IllegalStateException("dyad serve did not answer within 300 s; see " + log);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
