package dev.dyad.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard input is one to read. A program started with its standard input closed
 * ({@code dyad extract - <&-}) does not get an error when it reads: the Java runtime opens its own files
 * first and the lowest free descriptor, 0, goes to one of them (the runtime's module image), which would
 * then be read as the document. On Linux the descriptor's target says so; elsewhere nothing is checked.
 */
final class StandardInput {
    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    /** Why standard input cannot be read, or null when it can (or cannot be told). */
    static String closedReason() {
        Path target;
        try {
            if (!Files.isSymbolicLink(DESCRIPTOR)) {
                return Files.isDirectory(DESCRIPTOR.getParent()) ? "standard input is closed: nothing to read "
                        + "(name a file, or send a document on standard input)" : null;
            }
            target = Files.readSymbolicLink(DESCRIPTOR);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
        return opensItself(target) ? "standard input is closed: nothing to read (name a file, or send a document "
                + "on standard input)" : null;
    }

    /** Whether the descriptor points at a file the runtime opened for itself: its own files or class path. */
    static boolean opensItself(Path target) {
        if (!target.isAbsolute()) {
            return false;
        }
        String home = System.getProperty("java.home");
        if (home != null && target.startsWith(Path.of(home))) {
            return true;
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && entry.endsWith(".jar") && target.equals(Path.of(entry).toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }
}
