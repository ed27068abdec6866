package dev.dyad.app;

import dev.dyad.store.EventStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE}: the store a command reads or writes. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (a DuckDB file; default: ./" + EventStore.DEFAULT_FILE + ").")
    Path db = Path.of(EventStore.DEFAULT_FILE);
}
