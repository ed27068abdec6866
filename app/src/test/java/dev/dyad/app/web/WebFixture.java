package dev.dyad.app.web;

import dev.dyad.actors.Lexicon;
import dev.dyad.events.Triggers;
import dev.dyad.json.Records;
import dev.dyad.model.ContentHash;
import dev.dyad.model.Rejection;
import dev.dyad.nlp.CoreNlpParser;
import dev.dyad.pipeline.ExtractionStage;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.store.EventStore;
import dev.dyad.store.StoreIngest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One server for every web test of the JVM: a store on disk, written by the store's own ingest,
 * holding the seed article, a variant of it (so that events fuse across two reports), a second report
 * of the seed's summit, an HTML page whose meta description is cut short, and an article whose title and
 * body carry script payloads; served on a free loopback port with the real pipeline behind {@code POST /api/analyze}.
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

    /** The standfirst of {@link #STANDFIRST_PAGE}, whose meta description its publisher cut short. */
    static final String STANDFIRST = "The two leaders signed agreements on energy and trade during a two-day state visit, "
            + "officials in Moscow said, as Western governments watched the talks closely for any sign of military aid";
    /** A page whose meta description ends with an ellipsis and whose standfirst stands whole under its heading. */
    static final String STANDFIRST_PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Putin and Xi meet in Moscow | Example News</title>
            <meta name="description" content="The two leaders signed agreements on energy and trade during a two-day state visit, officials in Moscow said, as Western\u2026">
            <meta property="article:published_time" content="2023-03-21T10:00:00Z">
            </head><body><article><h1>Putin and Xi meet in Moscow</h1>
            <p class="standfirst">%s</p>
            <p>Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday, the Kremlin said,
            at the start of a state visit that both sides described as a new chapter in their relations.</p>
            <p>The two presidents held talks for more than four hours and signed agreements on energy supplies, trade
            and transport, according to a statement released by the Kremlin after the meeting.</p>
            <p>Chinese officials said Mr Xi had invited Mr Putin to visit Beijing later in the year, and that the
            two governments would continue to consult closely on international questions.</p>
            </article></body></html>
            """.formatted(STANDFIRST);

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
        // the articles, ingested by the store's own ingest: the seed; the seed again with one more line (a
        // second report of every event, so that they fuse); a wire report of the same summit; and an article
        // whose title and body carry script payloads, as JSON Lines with its dateline
        Path articles = Files.createDirectories(dir.resolve("articles"));
        byte[] seed = seed();
        Files.write(articles.resolve("seed.txt"), seed);
        Files.writeString(articles.resolve("variant.txt"), new String(seed, StandardCharsets.UTF_8)
                + "\n\nThe Kremlin confirmed the trip in a second statement on Wednesday.\n", StandardCharsets.UTF_8);
        Files.write(articles.resolve("summit.txt"), resource("/golden/fusion/singapore-summit-announced.txt"));
        Files.writeString(articles.resolve("standfirst.html"), STANDFIRST_PAGE, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("hostile.jsonl"), Records.mapper().createObjectNode().put("id", "hostile")
                .put("text", XSS_TEXT).put("published", "2024-03-05").toString() + "\n", StandardCharsets.UTF_8);
        try (EventStore s = EventStore.open(store, Duration.ofSeconds(10))) {
            StoreIngest.Counts c = new StoreIngest(s, pipeline::process, 1).run(List.of(articles.toString()), null,
                    new StoreIngest.Listener() {
                        @Override
                        public void progress(StoreIngest.Counts counts) {
                        }

                        @Override
                        public void rejected(String source, Rejection r) {
                            throw new IllegalStateException(source + " rejected: " + r);
                        }
                    });
            if (c.stored() != 5) {
                throw new IllegalStateException("the fixture's articles were not all stored: " + c);
            }
        }
        seedDocId = ContentHash.of(seed);
        xssDocId = ContentHash.of(XSS_TEXT.getBytes(StandardCharsets.UTF_8));
        StoreReader reader = StoreReader.open(store, 4);
        server = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null, new Analyzer(() -> pipeline, 2),
                MAX_BODY, 8 << 20));
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
        return resource("/golden/seed/000_33b13eb07131111b.txt");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebFixture.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
