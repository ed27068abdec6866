package dev.dyad.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.app.FusedStores;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server while clients send {@code POST /api/analyze} bodies a byte at a time: reads must go on
 * being answered, and the slow clients must be answered too (503 when every analyze slot is taken, 408
 * when a body takes too long) rather than hold server threads. Loopback only; the attack is bounded in
 * connections and time and stops by itself. No language model loads: no analysis runs.
 */
class SlowBodyTest {
    /** As many slow clients as starved the server: more than Jetty's 250 threads. */
    private static final int CONNECTIONS = 300;
    private static final Duration ATTACK = Duration.ofSeconds(10);
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration GET_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void slowBodiesNeitherStarveReadsNorHoldTheAnalyzer() throws Exception {
        Path db = FusedStores.of(dir.resolve("slow.duckdb"), 20_000);
        Analyzer analyzer = new Analyzer(() -> {
            throw new AssertionError("no analysis runs in this test");
        }, 2);
        try (StoreReader reader = StoreReader.open(db, 4);
             WebServer server = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null, analyzer, 1 << 20,
                     0, List.of(), BODY_TIMEOUT))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(GET_TIMEOUT).build();
            URI events = URI.create("http://127.0.0.1:" + server.port() + "/api/events?limit=50");
            assertEquals(200, http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "the store answers before the attack");
            SlowClients attack = new SlowClients(server.port(), CONNECTIONS, Duration.ofMillis(100));
            Thread attacker = new Thread(() -> attack.run(ATTACK), "slow-bodies");
            attacker.start();
            List<Double> ms = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            try {
                Thread.sleep(1000);
                long end = System.nanoTime() + ATTACK.minusSeconds(2).toNanos();
                for (int i = 0; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        // a new offset each time: answers come from the store, not the cache
                        status = http.send(HttpRequest.newBuilder(URI.create(events + "&offset=" + (i * 37 % 10_000)))
                                .timeout(GET_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException timedOut) {
                        status = 0;
                    }
                    ms.add((System.nanoTime() - t0) / 1e6);
                    statuses.merge(status, 1, Integer::sum);
                    Thread.sleep(20);
                }
            } finally {
                attacker.join(ATTACK.plusSeconds(10).toMillis());
            }
            Collections.sort(ms);
            double p99 = ms.get((int) Math.ceil(ms.size() * 0.99) - 1);
            String what = String.format(Locale.ROOT, "%d slow clients: %d reads, statuses %s, p99 %.0f ms, max %.0f ms; "
                    + "slow clients' answers %s", CONNECTIONS, ms.size(), statuses, p99, ms.get(ms.size() - 1),
                    attack.answers);
            System.out.println(what);
            assertTrue(ms.size() >= 20, what);
            assertEquals(Map.of(200, ms.size()), statuses, what);
            assertTrue(p99 <= 1000, "reads answered within a second during the attack: " + what);
            assertTrue(attack.answers.getOrDefault("503", 0) > 0, "a full analyzer answers 503 at once: " + what);
            assertTrue(attack.answers.getOrDefault("408", 0) > 0, "a body too slow to arrive gets 408: " + what);
            assertTrue(attack.retryAfter, "503 says when to try again: " + what);

            // the slots are free again once the slow clients are gone: at the latest when the body timeout has cut
            // off the last of them, which a loaded machine may reach a little after the attacker stops
            HttpRequest empty = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/analyze"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            long freeBy = System.nanoTime() + BODY_TIMEOUT.multipliedBy(2).toNanos();
            HttpResponse<String> after = http.send(empty, HttpResponse.BodyHandlers.ofString());
            while (after.statusCode() == 503 && System.nanoTime() < freeBy) {
                Thread.sleep(200);
                after = http.send(empty, HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(400, after.statusCode(), after.body());
        }
    }


    /**
     * Clients that each announce a large analyze body and send it one byte per {@code every}; a client
     * answered (or cut off) connects again at once, so that as many are open as asked throughout. One
     * thread drives them all, over non-blocking sockets.
     */
    static final class SlowClients {
        private static final byte[] HEAD = ("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 500000\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

        private final int port;
        private final int connections;
        private final Duration every;
        /** How the clients' requests ended: the status of the answer, or {@code closed}. */
        final Map<String, Integer> answers = Collections.synchronizedMap(new TreeMap<>());
        volatile boolean retryAfter;

        SlowClients(int port, int connections, Duration every) {
            this.port = port;
            this.connections = connections;
            this.every = every;
        }

        void run(Duration length) {
            List<SocketChannel> open = new ArrayList<>();
            ByteBuffer in = ByteBuffer.allocate(4096);
            long end = System.nanoTime() + length.toNanos();
            try {
                while (System.nanoTime() < end) {
                    long round = System.nanoTime();
                    while (open.size() < connections) {
                        SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                        c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        c.write(ByteBuffer.wrap(HEAD));
                        c.configureBlocking(false);
                        open.add(c);
                    }
                    for (Iterator<SocketChannel> it = open.iterator(); it.hasNext(); ) {
                        SocketChannel c = it.next();
                        if (!step(c, in)) {
                            c.close();
                            it.remove();
                        }
                    }
                    long left = every.toNanos() - (System.nanoTime() - round);
                    if (left > 0) {
                        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                    }
                }
            } catch (IOException | InterruptedException e) {
                answers.merge("attack failed: " + e, 1, Integer::sum);
            } finally {
                for (SocketChannel c : open) {
                    try {
                        c.close();
                    } catch (IOException ignored) {
                        // closing a socket the server already closed
                    }
                }
            }
        }

        /** Reads what the server said, or sends one more byte; false once the request has ended. */
        private boolean step(SocketChannel c, ByteBuffer in) {
            in.clear();
            try {
                int n = c.read(in);
                if (n < 0) {
                    answers.merge("closed", 1, Integer::sum);
                    return false;
                }
                if (n > 0) {
                    String head = new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII);
                    answers.merge(head.length() >= 12 ? head.substring(9, 12) : "partial", 1, Integer::sum);
                    if (head.startsWith("HTTP/1.1 503") && head.contains("\r\nRetry-After: ")) {
                        retryAfter = true;
                    }
                    return false;
                }
                c.write(ByteBuffer.wrap(new byte[] {'a'}));
                return true;
            } catch (IOException reset) {
                answers.merge("reset", 1, Integer::sum);
                return false;
            }
        }
    }
}
