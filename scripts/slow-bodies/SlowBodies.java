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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Slow request bodies against a running {@code dyad serve} on this machine: CONNECTIONS clients each
 * announce a 1 MB {@code POST /api/analyze} body and send it one byte per MS_PER_BYTE; a client that is
 * answered or cut off connects again at once. Meanwhile one client reads {@code GET /api/events} (a new
 * offset each time, so that the store answers and not the cache), one request after another, and the
 * latencies of those reads are printed with how the slow clients' requests ended. Loopback only.
 *
 * <pre>java scripts/slow-bodies/SlowBodies.java PORT [CONNECTIONS=300] [SECONDS=60] [MS_PER_BYTE=200]</pre>
 */
public final class SlowBodies {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java SlowBodies.java PORT [CONNECTIONS] [SECONDS] [MS_PER_BYTE]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long every = args.length > 3 ? Long.parseLong(args[3]) : 200;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<String, Integer> ends = Collections.synchronizedMap(new TreeMap<>());
        long[] opened = new long[1];
        Thread attack = new Thread(() -> slowClients(port, connections, every, end, ends, opened), "slow-bodies");
        attack.start();
        // the slow clients take hold before the reads are timed
        Thread.sleep(Math.min(5000, seconds * 200L));
        HttpClient http = HttpClient.newBuilder().connectTimeout(READ_TIMEOUT).build();
        List<Double> ms = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Random offsets = new Random(1);
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            String status;
            try {
                status = String.valueOf(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/events?limit=50&offset=" + offsets.nextInt(10_000))).timeout(READ_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            } catch (IOException e) {
                status = "timeout or error";
            }
            ms.add((System.nanoTime() - t0) / 1e6);
            statuses.merge(status, 1, Integer::sum);
            Thread.sleep(20);
        }
        attack.join();
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%d slow-body connections (a byte per %d ms each) for %d s; GET /api/events: "
                        + "%d reads, statuses %s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", connections, every, seconds,
                ms.size(), statuses, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1),
                ms.get(ms.size() - 1));
        System.out.printf(Locale.ROOT, "slow clients: %d connections opened; their requests ended: %s%n", opened[0], ends);
    }

    private static void slowClients(int port, int connections, long every, long end, Map<String, Integer> ends,
                                    long[] opened) {
        byte[] head = ("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<SocketChannel> open = new ArrayList<>();
        ByteBuffer in = ByteBuffer.allocate(4096);
        try {
            while (System.nanoTime() < end) {
                long round = System.nanoTime();
                while (open.size() < connections) {
                    SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                    c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    c.write(ByteBuffer.wrap(head));
                    c.configureBlocking(false);
                    open.add(c);
                    opened[0]++;
                }
                for (Iterator<SocketChannel> it = open.iterator(); it.hasNext(); ) {
                    SocketChannel c = it.next();
                    String ended = step(c, in);
                    if (ended != null) {
                        ends.merge(ended, 1, Integer::sum);
                        c.close();
                        it.remove();
                    }
                }
                long left = every * 1_000_000L - (System.nanoTime() - round);
                if (left > 0) {
                    Thread.sleep(left / 1_000_000L);
                }
            }
            for (SocketChannel c : open) {
                c.close();
            }
        } catch (IOException | InterruptedException e) {
            ends.merge("attack failed: " + e, 1, Integer::sum);
        }
    }

    /** How the request ended (the answer's status, {@code closed} or {@code reset}), or null: one more byte sent. */
    private static String step(SocketChannel c, ByteBuffer in) {
        in.clear();
        try {
            int n = c.read(in);
            if (n < 0) {
                return "closed";
            }
            if (n > 0) {
                String answer = new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII);
                return answer.length() >= 12 ? answer.substring(9, 12) : "partial";
            }
            c.write(ByteBuffer.wrap(new byte[] {'a'}));
            return null;
        } catch (IOException e) {
            return "reset";
        }
    }
}
