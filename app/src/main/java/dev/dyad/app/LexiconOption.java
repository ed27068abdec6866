package dev.dyad.app;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --lexicon FILE} (repeatable): the user's own knowledge, layered over the built-in lexicons.
 * The user's config folder holds a default one ({@code $XDG_CONFIG_HOME/dyad/lexicon.tsv}, else
 * {@code ~/.config/dyad/lexicon.tsv}), read first when it exists.
 */
final class LexiconOption {
    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A lexicon file of your own (people, organisations, metonyms, roles, aliases, places, "
                    + "triggers); repeatable. Default: ~/.config/dyad/lexicon.tsv when it exists.")
    List<Path> files = new ArrayList<>();

    static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("dyad").resolve("lexicon.tsv");
    }

    List<Path> all() {
        List<Path> all = new ArrayList<>();
        Path d = defaultFile();
        if (Files.isRegularFile(d)) {
            all.add(d);
        }
        all.addAll(files);
        return all;
    }

    Triggers triggers() throws IOException {
        List<Path> all = all();
        return all.isEmpty() ? Triggers.builtIn() : Triggers.withUserFiles(all);
    }

    Lexicon load() throws IOException {
        List<Path> all = all();
        return all.isEmpty() ? Lexicon.builtIn() : Lexicon.withUserFiles(all);
    }
}
