package dev.dyad.app.web;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One server for every web test of the JVM: a store on disk holding the seed article, a variant of
 * it (so that events fuse across two reports) and an article whose title and body carry script
 * payloads; served on a free loopback port with the real pipeline behind {@code POST /api/analyze}.
 * Built on first use, stopped when the JVM exits.
 */
final class WebFixture {
    /** The analyse endpoint's body limit in the tests: small, so that 413 is cheap to provoke. */
    static final long MAX_BODY = 1 << 20;
    /** Script payloads of the hostile article; any of them running sets {@code window.dyadPwned}. */
    static final String XSS_TITLE = "Minister <script>window.dyadPwned = 1</script> visits Paris "
            + "<img src=x onerror=\"window.dyadPwned = 2\">";
    static final String XSS_TEXT = XSS_TITLE + "\n\n"
            + "French officials said on Tuesday that the German foreign minister <img src=x onerror=\"window.dyadPwned = 3\"> "
            + "met President Emmanuel Macron in Paris to discuss trade and energy. "
            + "<script>window.dyadPwned = 4</script>\n\n"
            + "The two governments agreed to strengthen cooperation on energy, the statement said.\n";

    private static WebFixture shared;

    final Path store;
    final WebServer server;
    final Pipeline pipeline;
    final String seedDocId;
    final String xssDocId;

    private WebFixture() throws Exception {
        Path dir = Files.createTempDirectory("dyad-web");
        store = dir.resolve("fixture.duckdb");
        pipeline = new Pipeline(new ExtractionStage(), CoreNlpParser::shared, Lexicon.builtIn(), Triggers.builtIn());
        byte[] seed = seed();
        byte[] variant = (new String(seed, StandardCharsets.UTF_8)
                + "\n\nThe Kremlin confirmed the trip in a second statement on Wednesday.\n").getBytes(StandardCharsets.UTF_8);
        RawDocument a = new RawDocument("seed/000_33b13eb07131111b.txt", seed, MediaType.TEXT, "UTF-8", null);
        RawDocument b = new RawDocument("seed/variant.txt", variant, MediaType.TEXT, "UTF-8", null);
        RawDocument x = new RawDocument("hostile/payloads.txt", XSS_TEXT.getBytes(StandardCharsets.UTF_8), MediaType.TEXT,
                "UTF-8", new DocumentHints(null, "2024-03-05", null));
        List<StoreFixture.Doc> docs = List.of(new StoreFixture.Doc(a, pipeline.process(a)),
                new StoreFixture.Doc(b, pipeline.process(b)), new StoreFixture.Doc(x, pipeline.process(x)));
        StoreFixture.write(store, docs);
        seedDocId = dev.dyad.model.ContentHash.of(a);
        xssDocId = dev.dyad.model.ContentHash.of(x);
        StoreReader reader = StoreReader.open(store, 4);
        server = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null, new Analyzer(() -> pipeline, 2),
                MAX_BODY));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            reader.close();
        }));
    }

    static synchronized WebFixture get() {
        if (shared == null) {
            try {
                shared = new WebFixture();
            } catch (Exception e) {
                throw new IllegalStateException("the web fixture could not be built", e);
            }
        }
        return shared;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static byte[] seed() {
        try (InputStream in = WebFixture.class.getResourceAsStream("/golden/seed/000_33b13eb07131111b.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
