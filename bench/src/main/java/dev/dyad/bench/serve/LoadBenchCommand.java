package dev.dyad.bench.serve;

import dev.dyad.bench.Subcommand;
import dev.dyad.bench.UsageException;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dyad-bench load}: {@code dyad serve} under a mixed load. Builds a store of synthetic events, starts
 * the real command as a child process on a loopback port, loads the language models with one analysis,
 * then runs closed-loop clients for a fixed time, each drawing its next request from a fixed mix: event
 * lists under random filters, timelines, dyads, actors, single events by id, analyses of a short article,
 * bodies over the server's limit (413 expected) and malformed parameters (400 expected). Prints counts
 * by kind and status, the requests whose answer was not the one expected, p50/p99 per kind, and the
 * server's live heap (after a full collection) and resident memory at the start, the middle and the end.
 * Every request goes to 127.0.0.1 only, and the load stops by itself.
 */
public final class LoadBenchCommand implements Subcommand {
    /** The server's body limit during the run: small, so that oversized bodies do not flood the loopback. */
    private static final int MAX_BODY = 256 * 1024;
    private static final String[] CODES = SyntheticStore.CODES;
    private static final String[] TYPES = {"AGREE", "CONSULT", "AID", "ACCUSE", "THREATEN", "ASSAULT", "PROTEST"};
    private static final String ARTICLE = "Ministers meet in Rome\n\nThe Italian prime minister met the Spanish prime "
            + "minister in Rome on Monday to discuss migration, officials said. The two governments agreed to hold "
            + "further talks next month.\n";
    private static final String[] MALFORMED = {"/api/events?limit=abc", "/api/events?type=BOMBARD", "/api/events?from=2018-13-01",
        "/api/events?colour=red", "/api/timeline?interval=year", "/api/dyads?limit=x", "/api/events?offset=-1",
        "/api/events?modality=maybe", "/api/actors?sort=name"};

    /** The kinds of request, with their share of the mix (out of 100) and the status each expects. */
    enum Kind {
        EVENTS(30, 200), TIMELINE(12, 200), DYADS(10, 200), ACTORS(10, 200), EVENT(16, 200), ANALYZE(4, 200),
        OVERSIZED(6, 413), MALFORMED(12, 400);

        final int share;
        final int expect;

        Kind(int share, int expect) {
            this.share = share;
            this.expect = expect;
        }
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return "load [--events N] [--clients N] [--seconds N] [--dyad COMMAND]   (defaults: 100000 events, 50 clients, "
                + "60 s, ./dyad)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int events = 100_000;
        int clients = 50;
        int seconds = 60;
        String dyad = "./dyad";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--events" -> events = ServeBenchCommand.number(a, v, 1, 50_000_000);
                case "--clients" -> clients = ServeBenchCommand.number(a, v, 1, 1000);
                case "--seconds" -> seconds = ServeBenchCommand.number(a, v, 3, 3600);
                case "--dyad" -> dyad = v;
                default -> throw new UsageException("unknown option: " + a);
            }
        }
        Path dir = Files.createTempDirectory("dyad-bench-load");
        Path db = dir.resolve("synthetic.duckdb");
        SyntheticStore.build(db, events);
        err.printf(Locale.ROOT, "store of %d synthetic events built%n", events);
        try (ServeBenchCommand.Server server = ServeBenchCommand.Server.start(dyad, db,
                List.of("--max-body", Integer.toString(MAX_BODY)), dir.resolve("serve.log"), err)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port;
            List<String> ids = ids(http, base);
            err.println("loading the language models with a first analysis");
            HttpResponse<String> first = http.send(analyze(base), HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200) {
                throw new IllegalStateException("the first analysis answered " + first.statusCode() + ": " + first.body());
            }
            long pid = server.process.pid();
            List<String> memory = java.util.Collections.synchronizedList(new ArrayList<>());
            memory.add("start  " + memory(pid));
            err.printf(Locale.ROOT, "measuring: %d clients for %d s%n", clients, seconds);
            Load load = new Load(http, base, ids, seconds);
            long half = seconds * 500L;
            Thread mid = new Thread(() -> {
                try {
                    Thread.sleep(half);
                    memory.add("middle " + memory(pid));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "memory-sampler");
            mid.start();
            load.run(clients);
            mid.join();
            memory.add("end    " + memory(pid));
            load.report(out, clients, seconds, events);
            out.println("server memory (live heap after a full collection / resident set):");
            for (String m : memory) {
                out.println("  " + m);
            }
            long bad = load.unexpectedGood();
            out.printf(Locale.ROOT, "errors for good requests: %d%n", bad);
            // an oversized body may also end as a connection reset: the server answers 413 and closes while the
            // client is still sending, which HTTP allows; only good requests decide the exit code
            return bad == 0 ? 0 : 1;
        }
    }

    private static HttpRequest analyze(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/analyze")).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE, StandardCharsets.UTF_8)).build();
    }

    /** Fused event ids to ask for one by one: the first page of a few filters. */
    private static List<String> ids(HttpClient http, String base) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\":\"(f-\\d+)\"");
        for (String code : new String[] {"USA", "CHN", "RUS"}) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events?limit=500&actor=" + code)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = id.matcher(body);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the store answered no event ids");
        }
        return ids;
    }

    /** "live heap N MB / RSS N MB" of a process, from jcmd and /proc. */
    static String memory(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String heap = "?";
        try {
            exec(jcmd, Long.toString(pid), "GC.run");
            String info = exec(jcmd, Long.toString(pid), "GC.heap_info");
            long kb = 0;
            Matcher m = Pattern.compile("(?m)^\\s*(\\S.*?)\\s+total \\d+K, used (\\d+)K").matcher(info);
            while (m.find()) {
                if (!m.group(1).toLowerCase(Locale.ROOT).contains("space")) {
                    kb += Long.parseLong(m.group(2));
                }
            }
            heap = (kb / 1024) + " MB";
        } catch (IOException | InterruptedException e) {
            heap = "? (" + e.getMessage() + ")";
        }
        String rss = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    rss = (Long.parseLong(line.replaceAll("\\D", "")) / 1024) + " MB";
                }
            }
        } catch (IOException e) {
            rss = "? (no /proc)";
        }
        return "live heap " + heap + " / RSS " + rss;
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The clients, their counts and their latencies. */
    private static final class Load {
        private final HttpClient http;
        private final String base;
        private final List<String> ids;
        private final long end;
        private final byte[] oversized = new byte[MAX_BODY + 1024];
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        private final Map<Kind, List<long[]>> times = new ConcurrentHashMap<>();
        final AtomicLong unexpected = new AtomicLong();
        private final Map<Kind, AtomicLong> unexpectedByKind = new ConcurrentHashMap<>();

        Load(HttpClient http, String base, List<String> ids, int seconds) {
            this.http = http;
            this.base = base;
            this.ids = ids;
            this.end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            Arrays.fill(oversized, (byte) 'a');
        }

        void run(int clients) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long seed = 7919L * c + 1;
                Thread t = new Thread(() -> client(new Random(seed)), "client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }

        private void client(Random random) {
            Map<Kind, long[]> mine = new TreeMap<>();
            Map<Kind, Integer> n = new TreeMap<>();
            while (System.nanoTime() < end) {
                Kind kind = draw(random);
                HttpRequest req = request(kind, random);
                long s = System.nanoTime();
                int status;
                try {
                    status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                long took = System.nanoTime() - s;
                counts.computeIfAbsent(kind + " " + (status < 0 ? "io-error" : Integer.toString(status)), k -> new AtomicLong())
                        .incrementAndGet();
                if (status != kind.expect) {
                    unexpected.incrementAndGet();
                    unexpectedByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                }
                long[] t = mine.computeIfAbsent(kind, k -> new long[1 << 10]);
                int i = n.getOrDefault(kind, 0);
                if (i == t.length) {
                    t = Arrays.copyOf(t, i * 2);
                    mine.put(kind, t);
                }
                t[i] = took;
                n.put(kind, i + 1);
            }
            for (Map.Entry<Kind, long[]> e : mine.entrySet()) {
                times.computeIfAbsent(e.getKey(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(Arrays.copyOf(e.getValue(), n.get(e.getKey())));
            }
        }

        private static Kind draw(Random random) {
            int r = random.nextInt(100);
            for (Kind k : Kind.values()) {
                if (r < k.share) {
                    return k;
                }
                r -= k.share;
            }
            return Kind.EVENTS;
        }

        private HttpRequest request(Kind kind, Random random) {
            String code = CODES[random.nextInt(CODES.length)];
            String other = CODES[random.nextInt(CODES.length)];
            String path = switch (kind) {
                case EVENTS -> switch (random.nextInt(4)) {
                    case 0 -> "/api/events?actor=" + code + "&recipient=" + other;
                    case 1 -> "/api/events?type=" + TYPES[random.nextInt(TYPES.length)] + "&from=2018-01-01&to=2019-12-31";
                    case 2 -> "/api/events?text=" + enc("officials of " + code) + "&limit=20";
                    default -> "/api/events?actor=" + code + "&modality=future&offset=" + random.nextInt(200);
                };
                case TIMELINE -> "/api/timeline?interval=auto&actor=" + code + "&recipient=" + other;
                case DYADS -> "/api/dyads?actor=" + code;
                case ACTORS -> "/api/actors?q=" + code.substring(0, 2).toLowerCase(Locale.ROOT);
                case EVENT -> "/api/events/" + ids.get(random.nextInt(ids.size()));
                case MALFORMED -> MALFORMED[random.nextInt(MALFORMED.length)];
                case ANALYZE, OVERSIZED -> "/api/analyze";
            };
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300));
            return switch (kind) {
                case ANALYZE -> analyze(base);
                case OVERSIZED -> b.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(oversized)).build();
                default -> b.GET().build();
            };
        }

        long unexpectedGood() {
            long n = 0;
            for (Kind k : Kind.values()) {
                if (k.expect == 200) {
                    n += unexpectedByKind.getOrDefault(k, new AtomicLong()).get();
                }
            }
            return n;
        }

        void report(PrintStream out, int clients, int seconds, int events) {
            long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
            out.printf(Locale.ROOT, "dyad serve --max-body %d over %d synthetic events, %d closed-loop clients on loopback "
                    + "for %d s: %d requests (%.0f/s)%n", MAX_BODY, events, clients, seconds, total, total / (double) seconds);
            out.println("kind        expect  count   p50 ms   p99 ms   statuses");
            for (Kind k : Kind.values()) {
                long[] all = times.getOrDefault(k, List.of()).stream().flatMapToLong(Arrays::stream).sorted().toArray();
                StringBuilder statuses = new StringBuilder();
                new TreeMap<>(counts).forEach((key, v) -> {
                    if (key.startsWith(k + " ")) {
                        statuses.append(key.substring(k.toString().length() + 1)).append(':').append(v.get()).append(' ');
                    }
                });
                out.printf(Locale.ROOT, "%-10s  %6d  %6d  %7.1f  %7.1f   %s%n", k.toString().toLowerCase(Locale.ROOT), k.expect,
                        all.length, pct(all, 50), pct(all, 99), statuses.toString().trim());
            }
            out.printf(Locale.ROOT, "answers other than expected: %d%n", unexpected.get());
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }
}
