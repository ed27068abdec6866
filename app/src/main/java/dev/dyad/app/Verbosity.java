package dev.dyad.app;

import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.nlp.Parser;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * How much the commands that load the language models say on standard error: one line while the models
 * load, and the libraries' own warnings and errors; {@code --verbose} adds their progress lines (CoreNLP's
 * "Adding annotator", "Loading classifier ... done"). The libraries log through SLF4J's simple provider,
 * which reads its levels once, when the first logger is made: the option sets them before that.
 */
final class Verbosity {
    @Option(names = "--verbose", description = "Also show the libraries' progress lines (model loading) on standard error.")
    void verbose(boolean on) {
        if (on) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp.time.TimeAnnotator", "warn");
        }
    }

    /**
     * The shared parser, saying once on {@code err} that the models are loading when they first are. On a
     * terminal the line first clears the one it is written on, where a progress bar may stand (the bar is
     * written in one piece and so is this line, so neither cuts into the other).
     */
    static Supplier<Parser> parser(PrintStream err) {
        AtomicBoolean said = new AtomicBoolean();
        String clear = System.console() != null ? "\r\u001b[2K" : "";
        return () -> {
            if (!CoreNlpParser.isLoaded() && said.compareAndSet(false, true)) {
                err.println(clear + "dyad: loading the language models (10 to 40 seconds)...");
            }
            return CoreNlpParser.shared();
        };
    }
}
