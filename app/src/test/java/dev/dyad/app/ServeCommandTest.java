package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve} as a user starts it, in a child JVM: what it says on standard error before it
 * answers. No language models load (the first analysis would load them) and no request is sent.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAddressOtherMachinesReachGetsAWarningThatTheApiHasNoAuthentication() throws Exception {
        List<String> open = started("0.0.0.0");
        String warning = open.stream().filter(l -> l.contains("warning")).findFirst().orElse(null);
        assertTrue(warning != null && warning.contains("0.0.0.0") && warning.contains("no authentication"),
                "one warning line: " + open);
        assertEquals(1, open.stream().filter(l -> l.contains("warning")).count(), open.toString());

        List<String> loopback = started("127.0.0.1");
        assertTrue(loopback.stream().noneMatch(l -> l.contains("warning")), loopback.toString());

        for (String address : List.of("0.0.0.0", "::", "192.0.2.7", "10.0.0.1")) {
            assertTrue(ServeCommand.exposure(address) != null, address);
        }
        for (String address : List.of("127.0.0.1", "127.0.0.2", "::1", "localhost")) {
            assertNull(ServeCommand.exposure(address), address);
        }
    }

    /**
     * Starts {@code dyad serve --bind ADDRESS} on any free port without a store, and returns what it said
     * on standard error up to its address line; the child is then stopped.
     */
    private List<String> started(String bind) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                DyadCommand.class.getName(), "serve", "--bind", bind, "--port", "0", "--db",
                dir.resolve("none.duckdb").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread limit = new Thread(() -> {
            try {
                // a child that neither starts nor ends is stopped, which ends the reading below
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        limit.setDaemon(true);
        limit.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            // the address line comes once the port is bound; a child that ends first closes the stream
            for (String line; lines.size() < 50 && (line = err.readLine()) != null; ) {
                lines.add(line);
                if (line.contains("http://")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("http://")), "the server started: " + lines);
        return lines;
    }
}
