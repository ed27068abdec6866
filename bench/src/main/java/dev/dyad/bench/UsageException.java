package dev.dyad.bench;

/** Bad command-line arguments: the command prints the message and the usage, and exits with 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }

    /** The page directory a benchmark was given, once it is known to be one. */
    public static java.nio.file.Path existingDirectory(java.nio.file.Path dir) throws UsageException {
        if (dir == null) {
            throw new UsageException("missing page directory");
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new UsageException("no such directory: " + dir);
        }
        return dir;
    }

    /** An option's whole-number value, at least {@code min}. */
    public static int wholeNumber(String option, String value, int min) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " wants a whole number of at least " + min + ", got " + value);
    }
}
