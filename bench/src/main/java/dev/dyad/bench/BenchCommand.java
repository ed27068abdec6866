package dev.dyad.bench;

/** {@code dyad-bench}: benchmarks of dyad against named baselines, run in one JVM session each. */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static void main(String[] args) {
        System.err.println("usage: dyad-bench extract DIR");
        System.exit(2);
    }
}
