package dev.dyad.bench;

/** Bad command-line arguments: the command prints the message and the usage, and exits with 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
