package dev.dyad.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The lines a child process writes, read on a thread of their own, so that a test waits for a line with a
 * deadline instead of blocking on a child that neither says it nor ends.
 */
final class ChildLines {
    private static final String END = new String("end of stream");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> said = new ArrayList<>();
    private boolean ended;

    ChildLines(InputStream in) {
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child is gone: the end below says so
            }
            lines.add(END);
        }, "child-lines");
        reader.setDaemon(true);
        reader.start();
    }

    /** The first line from now that {@code wanted} accepts, or null once the child ends or {@code within} passes. */
    String await(Predicate<String> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!ended) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line == END) {
                ended = true;
                return null;
            }
            said.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        return null;
    }

    /** Every line read so far, for a failure's message. */
    String said() {
        return String.join("\n", said);
    }
}
