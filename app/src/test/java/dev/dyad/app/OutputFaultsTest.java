package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the commands' records go when that place fails or is not a plain file, and where their input is
 * not what it seems: a full disk and a reader that went away end the command at once with one line and a
 * non-zero exit; {@code export -o} writes through a link and into a pipe without replacing either; a
 * closed standard input and an unreadable subfolder are error records, and the rest is read. Most run the
 * command in a child JVM, as a user would; none loads language models but the one that codes events.
 */
class OutputFaultsTest {
    @TempDir
    Path dir;

    private static Path sample() {
        return Path.of("..", "samples", "independent-2018-05-30-lavrov-north-korea.txt").toAbsolutePath().normalize();
    }

    /** A child {@code dyad} JVM with these arguments; standard input, output and error as the builder says. */
    private static ProcessBuilder dyad(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFullDiskOnStandardOutputIsOneLineAndExitThree() throws Exception {
        Path db = FusedStores.of(dir.resolve("s.duckdb"), 2_000);
        for (String[] args : List.of(new String[] {"extract", sample().toString()},
                new String[] {"query", "--db", db.toString(), "--format", "jsonl"},
                new String[] {"sql", "--db", db.toString(), "SELECT * FROM fused_events"},
                new String[] {"export", "--db", db.toString(), "--format", "csv"})) {
            Process p = dyad(args).redirectOutput(new java.io.File("/dev/full")).start();
            String err = text(p.getErrorStream());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(3, p.exitValue(), args[0] + ": " + err);
            List<String> lines = err.lines().filter(l -> l.startsWith("dyad:")).toList();
            assertEquals(List.of("dyad: cannot write standard output: No space left on device"), lines, args[0] + ": " + err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
        }
    }

    @Test
    void aReaderThatGoesAwayEndsTheCommandAtOnce() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 3_000; i++) {
            Files.copy(sample(), many.resolve(String.format(Locale.ROOT, "%04d.txt", i)));
        }
        Process p = dyad("extract", many.toString()).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return text(p.getErrorStream());
            } catch (IOException e) {
                return e.toString();
            }
        });
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertTrue(out.readLine().startsWith("{\"source\""));
        out.close(); // as `head -1` does once it has its line
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ended once its reader was gone");
        assertEquals(3, p.exitValue(), err.get());
        assertTrue(err.get().contains("dyad: cannot write standard output: Broken pipe"), err.get());
        assertFalse(err.get().contains("extract: 3000 documents"), "stopped before the end: " + err.get());
    }

    @Test
    void eventsStopWritingAndExitThreeWhenTheirReaderIsGone() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 6; i++) {
            Files.copy(sample(), articles.resolve(i + ".txt"));
        }
        class GoneAfterFirstLine extends OutputStream {
            int lines;
            int writesAfter;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (lines > 0) {
                    writesAfter++;
                    throw new IOException("Broken pipe");
                }
                for (int i = off; i < off + len; i++) {
                    lines += b[i] == '\n' ? 1 : 0;
                }
            }
        }
        GoneAfterFirstLine gone = new GoneAfterFirstLine();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(gone, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = DyadCommand.run("events", "--threads", "1", articles.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String said = e.toString(StandardCharsets.UTF_8);
        assertEquals(3, code, said);
        assertTrue(said.contains("dyad: cannot write standard output"), said);
        assertFalse(said.contains("events: 6 documents"), "stopped before the last article: " + said);
        assertEquals(1, gone.writesAfter, "one failed write, then nothing more");
    }

    @Test
    void exportFollowsALinkToItsFileAndWritesIntoAPipe() throws Exception {
        Path db = FusedStores.of(dir.resolve("s.duckdb"), 500);
        Path target = dir.resolve("real.csv");
        Files.writeString(target, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
        Process p = dyad("export", "--db", db.toString(), "--format", "csv", "-o", link.toString()).start();
        String err = text(p.getErrorStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(501, Files.readAllLines(target).size(), "the file it names holds the export and its header");

        Path fifo = dir.resolve("events.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, mk.exitValue());
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = Files.newBufferedReader(fifo)) {
                return r.lines().count();
            } catch (IOException e) {
                return -1L;
            }
        });
        Process q = dyad("export", "--db", db.toString(), "--format", "csv", "-o", fifo.toString()).start();
        String qerr = text(q.getErrorStream());
        assertTrue(q.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, q.exitValue(), qerr);
        assertEquals(501L, read.get(30, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");

        Process folder = dyad("export", "--db", db.toString(), "--format", "csv", "-o", dir.toString()).start();
        String ferr = text(folder.getErrorStream());
        assertTrue(folder.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, folder.exitValue(), ferr);
        assertTrue(ferr.contains("is a folder"), ferr);
    }

    @Test
    void aClosedStandardInputIsSaidSoNotRead() throws Exception {
        List<String> cmd = new ArrayList<>(dyad("extract", "-").command());
        String line = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Process p = new ProcessBuilder("bash", "-c", "exec " + line + " <&-").start();
        String out = text(p.getInputStream());
        String err = text(p.getErrorStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("\"code\":\"unreadable\"") && out.contains("standard input is closed"), out);
    }

    @Test
    void anUnreadableSubfolderIsOneErrorAndTheRestIsRead() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(sample(), in.resolve("ok.txt"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.copy(sample(), locked.resolve("hidden.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // root reads any folder; without the capabilities that let it, it is refused as anyone is
            boolean root = "root".equals(System.getProperty("user.name"));
            ProcessBuilder b = dyad("extract", in.toString());
            if (root) {
                List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
                cmd.addAll(b.command());
                b = new ProcessBuilder(cmd);
            }
            Process p = b.start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue(), err);
            assertEquals(2, out.size(), String.join("\n", out));
            assertTrue(out.get(0).contains("\"error\"") && out.get(0).contains("cannot list directory " + locked)
                    && out.get(0).contains("permission denied"), out.get(0));
            assertTrue(out.get(1).startsWith("{\"source\":\"" + in.resolve("ok.txt") + "\",\"title\""), out.get(1));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
