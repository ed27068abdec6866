package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve --watch DIR} in a child JVM, as a user runs it: the articles in the folder are ingested
 * at the start, an article copied in while the server runs has its events in {@code /api/events} within
 * 30 seconds, and every read made meanwhile is answered.
 */
class ServeWatchTest {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String SECOND = """
            Ministers meet in Beijing

            BEIJING, 3 June 2019 - Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in
            Beijing on Monday to discuss trade and security, the two governments said.

            The ministers agreed to hold further talks in Moscow next month, officials said.
            """;

    @TempDir
    Path dir;

    @Test
    void anArticleCopiedIntoTheWatchedFolderIsServedWithinThirtySeconds() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("..", "samples", "independent-2018-05-30-lavrov-north-korea.txt"), watched.resolve("first.txt"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-Xmx2g", "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName(),
                "serve", "--db", dir.resolve("s.duckdb").toString(), "--port", "0", "--watch", watched.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        try {
            ChildLines out = new ChildLines(p.getInputStream());
            String address = out.await(l -> ADDRESS.matcher(l).find(), Duration.ofMinutes(4));
            assertNotNull(address, "the server says where it listens: " + out.said());
            Matcher m = ADDRESS.matcher(address);
            assertTrue(m.find());
            int port = Integer.parseInt(m.group(1));
            URI events = URI.create("http://127.0.0.1:" + port + "/api/events?unfused=true");
            HttpClient http = HttpClient.newHttpClient();
            long first = waitForMoreThan(http, events, 0, 240);
            assertTrue(first > 0, "the folder's first article is ingested at the start");

            // written in two steps, as a copy over a network is: the half-written file is not read as it is
            Path secondFile = watched.resolve("second.txt");
            Files.writeString(secondFile, SECOND.substring(0, SECOND.length() / 2), StandardCharsets.UTF_8);
            Thread.sleep(500);
            Files.writeString(secondFile, SECOND, StandardCharsets.UTF_8);
            long copied = System.nanoTime();
            long second = waitForMoreThan(http, events, first, 60);
            double seconds = (System.nanoTime() - copied) / 1e9;
            System.out.printf("serve --watch: the copied article's events served %.1f s after the copy%n", seconds);
            assertTrue(second > first);
            assertTrue(seconds <= 30, "served after " + seconds + " s");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the event count every quarter second until it passes {@code than}; every read must be answered 200. */
    private static long waitForMoreThan(HttpClient http, URI events, long than, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ObjectMapper json = new ObjectMapper();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(events).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            long total = json.readTree(r.body()).get("total").asLong();
            if (total > than) {
                return total;
            }
            Thread.sleep(250);
        }
        return than;
    }
}
