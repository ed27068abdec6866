package dev.dyad.app;

import dev.dyad.json.Records;
import dev.dyad.pipeline.ExtractBatch;
import dev.dyad.pipeline.ExtractionStage;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad extract PATH...}: one clean-article record (or error record) per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract clean articles (title, subtitle, authors, date, body, removed blocks) as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        ExtractionStage stage = new ExtractionStage();
        BatchOutput out = new BatchOutput(Output.stdout());
        new ExtractBatch(stage, input.threads).run(input.inputs, System.in, e -> out.write(e.ok(), Records.line(Records.extraction(e))));
        return out.finish("extract", System.err);
    }

    /** Writes records and counts documents processed and rejected, for the exit code. */
    static final class BatchOutput {
        private final PrintStream out;
        private final Progress progress;
        private final String unit;
        private int ok;
        private int rejected;
        private long lines;

        BatchOutput(PrintStream out) {
            this(out, null, null);
        }

        /**
         * Output that keeps {@code progress} up to date after each document (null for none), counting its
         * lines as {@code unit} (null: not counted in the progress).
         */
        BatchOutput(PrintStream out, Progress progress, String unit) {
            this.out = out;
            this.progress = progress;
            this.unit = unit;
        }

        /** Writes a document's one record and hands it on at once (a reader that is gone ends the batch here). */
        void write(boolean processed, String line) {
            erase();
            out.println(line);
            out.flush();
            if (processed) {
                ok++;
            } else {
                rejected++;
            }
            progress(false);
        }

        /** Counts a processed document whose records are written with {@link #line}. */
        void count() {
            ok++;
        }

        void line(String line) {
            erase();
            out.println(line);
            lines++;
        }

        /** Hands on the lines of a document written with {@link #line}. */
        void flush() {
            out.flush();
            progress(false);
        }

        private void erase() {
            if (progress != null) {
                progress.erase();
            }
        }

        private void progress(boolean force) {
            if (progress != null) {
                progress.batch(ok + rejected, rejected, lines, unit, force);
            }
        }

        int finish(String what, PrintStream err) {
            out.flush();
            erase();
            err.printf(java.util.Locale.ROOT, "%s: %d documents, %d rejected%n", what, ok + rejected, rejected);
            if (rejected == 0 && ok > 0) {
                return DyadCommand.OK;
            }
            return ok == 0 ? DyadCommand.NOTHING_PROCESSED : DyadCommand.SOME_REJECTED;
        }
    }
}
