package dev.dyad.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as records need it: UTF-8 whatever the platform's default, buffered, newline "\n", and
 * failures that end the command. Java's own {@code System.out} swallows write errors, so a reader that
 * went away ({@code dyad events DIR | head -1}) or a full disk ({@code > /dev/full}) would go unnoticed
 * while dyad went on analysing; here a failed write throws {@link Failed}, which the command turns into
 * one line and a non-zero exit.
 */
final class Output {
    /** Whether to write the process's descriptor 1 itself (the command line), rather than {@code System.out} (tests). */
    private static volatile boolean descriptor;

    private Output() {
    }

    /** Writes the process's standard output directly, so that a failure carries the system's reason. */
    static void useDescriptor() {
        descriptor = true;
    }

    static PrintStream stdout() {
        OutputStream target = descriptor ? new FileOutputStream(FileDescriptor.out) : System.out;
        return new PrintStream(new Checked(target), false, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                print(x);
                print('\n');
            }
        };
    }

    /** Standard output could not be written: the reader is gone or the disk is full. */
    static final class Failed extends UncheckedIOException {
        Failed(IOException cause) {
            super("cannot write standard output: " + cause.getMessage(), cause);
        }
    }

    /**
     * A buffer in front of standard output that throws {@link Failed} on the first failed write, rather
     * than the {@link IOException} a {@link PrintStream} would catch and keep to itself.
     */
    private static final class Checked extends OutputStream {
        private final OutputStream target;
        private final byte[] buf = new byte[1 << 16];
        private int count;

        Checked(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                spill();
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len >= buf.length) {
                spill();
                pass(b, off, len);
                return;
            }
            if (len > buf.length - count) {
                spill();
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        @Override
        public void flush() {
            spill();
            try {
                target.flush();
            } catch (IOException e) {
                throw new Failed(e);
            }
            check();
        }

        @Override
        public void close() {
            flush();
        }

        private void spill() {
            if (count > 0) {
                int n = count;
                count = 0;
                pass(buf, 0, n);
            }
        }

        private void pass(byte[] b, int off, int len) {
            try {
                target.write(b, off, len);
            } catch (IOException e) {
                throw new Failed(e);
            }
            check();
        }

        /** A print stream below (a test's) keeps its errors: ask it. */
        private void check() {
            if (target instanceof PrintStream p && p.checkError()) {
                throw new Failed(new IOException("write error"));
            }
        }
    }
}
