package dev.dyad.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the evaluation corpus that sits beside the repository ({@code ../shared/corpus}), or the
 * folder named by the {@code DYAD_CORPUS} environment variable. Tests that need it skip, saying so,
 * when it is absent.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Optional<Path> root() {
        String env = System.getenv("DYAD_CORPUS");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path c = dir.resolve("../shared/corpus").normalize();
            if (Files.isDirectory(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The repository's root folder (where {@code accuracy-floors.tsv} lives). */
    public static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("accuracy-floors.tsv"))) {
                return d;
            }
        }
        throw new IllegalStateException("accuracy-floors.tsv not found above " + dir);
    }
}
