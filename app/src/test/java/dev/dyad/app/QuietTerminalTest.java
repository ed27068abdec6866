package dev.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a user sees on standard error when a command loads the language models, in a child JVM as they
 * run it: one line while the models load and the command's summary, no library's INFO or WARN lines;
 * {@code --verbose} brings the libraries' progress lines back.
 */
class QuietTerminalTest {
    private static List<String> stderr(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-Xmx2g", "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return err.lines().toList();
    }

    @Test
    void modelsLoadWithOneLineAndLibrariesKeepQuietUnlessAsked() throws Exception {
        String sample = Path.of("..", "samples", "independent-2018-05-30-lavrov-north-korea.txt").toString();
        List<String> quiet = stderr("events", "--threads", "1", sample);
        assertEquals(List.of("dyad: loading the language models (10 to 40 seconds)...", "events: 1 documents, 0 rejected"),
                quiet);
        List<String> verbose = stderr("actors", "--threads", "1", "--verbose", sample);
        assertTrue(verbose.stream().anyMatch(l -> l.contains("INFO edu.stanford.nlp")), String.join("\n", verbose));
    }
}
