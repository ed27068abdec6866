package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar of {@code dyad events} and {@code dyad actors}: drawn on a terminal (a real pseudo-terminal,
 * through util-linux's {@code script}, in a child JVM as a user runs the command), never on a pipe, and never
 * on the line of a record, an error record least of all. What the terminal shows is worked out from what was
 * written to it, carriage returns and line erasures included.
 */
class ProgressBarTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The lines a terminal shows after receiving {@code raw}: a carriage return goes back to the line's start, ESC[2K clears it. */
    static List<String> screen(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                cursor = 0;
            } else if (ch == '\r') {
                cursor = 0;
            } else if (ch == '\u001b' && raw.startsWith("[2K", i + 1)) {
                line.setLength(0);
                i += 3;
            } else {
                if (cursor < line.length()) {
                    line.setCharAt(cursor, ch);
                } else {
                    line.append(ch);
                }
                cursor++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean record(String line) {
        try {
            return line.startsWith("{") && JSON.readTree(line).isObject();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Both streams on one terminal, as a user sees them: each record stands on a line of its own. */
    @Test
    void onATerminalTheBarNeverSharesALineWithARecord() throws Exception {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        PrintStream shared = new PrintStream(tty, true, StandardCharsets.UTF_8);
        Progress bar = new Progress(shared, true, List.of(), "events", false);
        ExtractCommand.BatchOutput out = new ExtractCommand.BatchOutput(shared, bar, "events");
        for (int doc = 0; doc < 4; doc++) {
            Thread.sleep(250);
            if (doc % 2 == 0) {
                out.write(false, "{\"source\":\"bad" + doc + "\",\"error\":{\"code\":\"not_text\",\"message\":\"binary\"}}");
            } else {
                out.count();
                out.line("{\"id\":\"e" + doc + "a\"}");
                out.line("{\"id\":\"e" + doc + "b\"}");
                out.flush();
            }
        }
        String raw = tty.toString(StandardCharsets.UTF_8);
        assertTrue(raw.contains("events: 3 documents (2 rejected), 2 events"), raw);
        List<String> shown = screen(raw);
        assertEquals(6, shown.stream().filter(ProgressBarTest::record).count(), shown.toString());
        for (String l : shown) {
            assertTrue(record(l) || l.startsWith("events: ") && !l.contains("{"), "a line shared: " + l);
        }
        assertEquals(DyadCommand.SOME_REJECTED, out.finish("events", shared), "two documents refused of four");
        List<String> end = screen(tty.toString(StandardCharsets.UTF_8));
        assertEquals("events: 4 documents, 2 rejected", end.get(end.size() - 1), "the summary ends the bar's line");
        assertTrue(end.stream().filter(l -> l.startsWith("events: ")).count() == 1, "the bar left no line behind: " + end);

        // off a terminal, nothing but the records and the summary
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        ExtractCommand.BatchOutput piped = new ExtractCommand.BatchOutput(new PrintStream(pipe, true, StandardCharsets.UTF_8),
                new Progress(errStream, false, List.of(), "events", false), "events");
        Thread.sleep(250);
        piped.write(false, "{\"source\":\"bad\",\"error\":{}}");
        piped.finish("events", errStream);
        assertEquals("events: 1 documents, 1 rejected\n", err.toString(StandardCharsets.UTF_8));
    }

    /** The ingest's bar leaves the line before an error record too. */
    @Test
    void theIngestBarLeavesTheLineForAnErrorRecord() {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        PrintStream shared = new PrintStream(tty, true, StandardCharsets.UTF_8);
        Progress bar = new Progress(shared, true, List.of());
        bar.update(new dev.dyad.store.StoreIngest.Counts(0, 0, 0, 0, 0, 1), true);
        bar.erase();
        shared.println("{\"source\":\"x\",\"error\":{\"code\":\"empty\"}}");
        bar.update(new dev.dyad.store.StoreIngest.Counts(0, 0, 0, 0, 0, 1), true);
        List<String> shown = screen(tty.toString(StandardCharsets.UTF_8));
        assertEquals("{\"source\":\"x\",\"error\":{\"code\":\"empty\"}}", shown.get(0), shown.toString());
        assertTrue(shown.get(1).startsWith("ingest: 0 documents"), shown.toString());
    }

    /** The command itself on a pseudo-terminal: the bar is drawn, and every line the user is left with is whole. */
    @Test
    void eventsDrawsItsBarOnARealTerminalAndNotOnAPipe() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no util-linux script here");
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(in.resolve("a-image.txt"), png);
        Files.copy(Path.of("..", "samples", "independent-2018-05-30-lavrov-north-korea.txt"), in.resolve("b-article.txt"));
        Files.write(in.resolve("c-image.txt"), png);
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss16m", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName(), "events", "--threads", "1",
                in.toString());
        StringBuilder command = new StringBuilder();
        for (String a : java) {
            command.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        Process p = new ProcessBuilder("script", "-qfec", command.toString(), "/dev/null").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(DyadCommand.SOME_REJECTED, p.exitValue(), raw);
        assertTrue(raw.contains("\u001b[2Kevents: [") && raw.contains("docs/s"), "a bar was drawn: " + raw);
        List<String> shown = screen(raw);
        long errors = 0;
        long events = 0;
        for (String l : shown) {
            if (record(l)) {
                if (JSON.readTree(l).has("error")) {
                    errors++;
                } else {
                    events++;
                }
            } else {
                assertTrue(l.startsWith("dyad: loading") || l.equals("events: 3 documents, 2 rejected") || l.isEmpty(),
                        "a line the user is left with is whole: " + l);
            }
        }
        assertEquals(2, errors, String.join("\n", shown));
        assertTrue(events >= 10, "the article's events: " + events);

        // on pipes the same command writes no bar
        Process piped = new ProcessBuilder(java).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(piped.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(piped.waitFor(300, TimeUnit.SECONDS));
        assertFalse(err.contains("\r") || err.contains("\u001b"), err);
        assertEquals(List.of("dyad: loading the language models (10 to 40 seconds)...", "events: 3 documents, 2 rejected"),
                err.lines().toList());
    }
}
