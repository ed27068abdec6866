package dev.dyad.app;

import dev.dyad.app.web.Analyzer;
import dev.dyad.app.web.StoreReader;
import dev.dyad.app.web.WebServer;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad serve}: the store as a web UI and a JSON API, on loopback unless told otherwise. The
 * store is opened read-only (with {@code --writable}, for writing too, so that analysed articles can be
 * stored); without one, the pages and {@code POST /api/analyze} still work. The API has no
 * authentication: bound to an address other machines can reach, it says so on standard error.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store as a web UI (timeline, network, events in their articles) and a JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dyad.duckdb");

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any).")
    int port = 7070;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Answer requests sent under this host name too (repeatable): a name of this machine, or "
                    + "one a proxy forwards under. Others get 421; loopback names and the bound address always work.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--body-timeout", paramLabel = "SECONDS",
            description = "Time a request body may take to arrive, and a connection may stay idle "
                    + "(default: ${DEFAULT-VALUE}); a slower body gets 408.")
    int bodyTimeout = (int) WebServer.BODY_TIMEOUT.toSeconds();

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted by POST /api/analyze (default: ${DEFAULT-VALUE}).")
    long maxBody = 4L << 20;

    @Option(names = "--cache-mb", paramLabel = "MB",
            description = "Memory for answers to repeated queries, in MiB (default: ${DEFAULT-VALUE}; 0 for none).")
    long cacheMb = 64;

    @Option(names = "--writable",
            description = "Open the store for writing too (creating it when missing), so that POST /api/analyze "
                    + "stores an article when asked; no other process can read or write it meanwhile.")
    boolean writable;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Ingest the articles in DIR, and those that appear there while the server runs (a file is "
                    + "read once it has stopped growing); implies --writable.")
    Path watch;

    @Mixin
    LexiconOption lexicon;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must lie between 0 and 65535");
        }
        if (cacheMb < 0 || cacheMb > 1 << 20) {
            throw new IllegalArgumentException("--cache-mb must lie between 0 and 1048576");
        }
        if (maxBody < 1024) {
            throw new IllegalArgumentException("--max-body must be at least 1024 bytes");
        }
        if (bodyTimeout < 1 || bodyTimeout > 3600) {
            throw new IllegalArgumentException("--body-timeout must lie between 1 and 3600 seconds");
        }
        String exposed = exposure(bind);
        if (exposed != null) {
            System.err.println(exposed);
        }
        // the lexicons are read now, so that a bad file is a usage error and not a failing request later
        var lex = lexicon.load();
        var triggers = lexicon.triggers();
        if (watch != null && !Files.isDirectory(watch)) {
            throw new IllegalArgumentException("--watch " + watch + ": no such folder");
        }
        boolean writes = writable || watch != null;
        EventStore writer = writes ? EventStore.open(db, Duration.ofSeconds(10)) : null;
        StoreReader store = null;
        String problem = null;
        try {
            store = StoreReader.open(db, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), !writes);
        } catch (SQLException e) {
            problem = e.getMessage();
            System.err.println("dyad serve: " + problem + " (the store endpoints answer 503)");
        }
        Analyzer.Writer write = writer == null ? null : Analyzer.storingTo(writer);
        Lazy<Pipeline> pipeline = new Lazy<>(() -> new Pipeline(new ExtractionStage(), CoreNlpParser::shared, lex, triggers));
        Analyzer analyzer = new Analyzer(pipeline, 2, write);
        WebServer server = WebServer.start(new WebServer.Config(bind, port, store, problem, analyzer, maxBody,
                cacheMb << 20, allowHosts, Duration.ofSeconds(bodyTimeout)));
        System.err.println("dyad serve: http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port()
                + "/" + (store == null ? "" : " (store " + db + (writes ? ", writable" : ", read-only") + ")")
                + (watch == null ? "" : "; watching " + watch));
        FolderWatch watching = watch == null ? null
                : new FolderWatch(watch, writer, doc -> pipeline.get().process(doc), server::storeChanged, System.err, "dyad serve")
                        .start(Duration.ofSeconds(2));
        CountDownLatch stopped = new CountDownLatch(1);
        StoreReader opened = store;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watching != null) {
                watching.close();
            }
            server.close();
            if (opened != null) {
                opened.close();
            }
            if (writer != null) {
                try {
                    writer.close();
                } catch (StoreException e) {
                    System.err.println("dyad serve: " + e.getMessage());
                }
            }
            stopped.countDown();
        }));
        stopped.await();
        return DyadCommand.OK;
    }

    /**
     * The warning for an address other machines may reach (anything but loopback), or null. The API
     * has no authentication: whoever reaches the port reads the store, and with {@code --writable}
     * adds to it.
     *
     * @throws IllegalArgumentException when {@code bind} names no address
     */
    static String exposure(String bind) {
        InetAddress a;
        try {
            a = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": no such address");
        }
        if (a.isLoopbackAddress()) {
            return null;
        }
        return "dyad serve: warning: listening on " + bind + ", which other machines may reach; the API has no "
                + "authentication: anyone who reaches this port can read the store (and, with --writable, add to it)";
    }

    /** A value built once, on first use, by any thread. */
    static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
