package dev.dyad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.store.EventQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of {@code dyad serve}: the JSON API over a read-only store, {@code POST /api/analyze},
 * the OpenAPI document, and the web UI's static pages and modules (from the classpath folder
 * {@code dev/dyad/app/web/static}, and ECharts from its webjar). Handlers only read parameters, call
 * {@link StoreReader} or {@link Analyzer}, and write JSON.
 *
 * <p>Every response carries a content security policy that allows scripts from this origin only (no
 * inline script, no eval), so that article text, which is untrusted, can never run even where a page
 * forgot to treat it as text; Jetty's own error pages carry it too. A request whose {@code Host} the
 * server does not listen under is answered 421, and a write whose {@code Origin} is another site's
 * 403 ({@link HostCheck}), so that neither DNS rebinding nor a foreign page reaches the store.
 *
 * <p>Reads are never starved by analyses: at most {@link #ANALYZE_SLOTS} {@code POST /api/analyze}
 * requests are taken at once (reading their body, waiting for the analyser or analysing), others are
 * answered 503 with {@code Retry-After} at once, without a thread waiting for them; and a body must
 * arrive within {@link Config#bodyTimeout()} (408 otherwise), so that clients sending a byte now and
 * then hold a slot for that long at most. Errors of the store are logged on standard error and answered
 * without its path or its SQL. Thread-safe once started; {@link #close()} stops it.
 */
public final class WebServer implements AutoCloseable {
    /** The content security policy of every response. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> EVENT_PARAMS = Set.copyOf(concat(EventQuery.FILTERS, "limit", "offset", "format"));
    private static final Set<String> DYAD_PARAMS = Set.copyOf(concat(EventQuery.FILTERS, "limit"));
    private static final Set<String> MAP_PARAMS = DYAD_PARAMS;
    private static final Set<String> TIMELINE_PARAMS = Set.copyOf(concat(EventQuery.FILTERS, "interval"));
    private static final int MAX_ID = 200;
    /**
     * Analyze requests taken at once: the analyser's two and the rest reading their body or waiting for
     * the analyser. Room for the queue of a busy load ({@code dyad-bench load}: 50 clients, one request
     * in 25 an analysis), and few beside Jetty's 250 threads, so that reads always find one.
     */
    public static final int ANALYZE_SLOTS = 16;
    /** The time a request body may take to arrive, unless configured otherwise. */
    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);
    /** Seconds a client told to wait ({@code busy}) is asked to wait before trying again. */
    static final int RETRY_AFTER = 5;
    /** The headers of every answer, the application's and Jetty's own error pages alike. */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    /**
     * How to run the server.
     *
     * @param bind         the address to listen on (loopback unless the user chose otherwise)
     * @param port         the port; 0 for any free one
     * @param store        the store to query, or null when there is none
     * @param storeProblem why there is no store, or null; the store endpoints answer 503 without it (it
     *                     names the file), so the caller logs it
     * @param analyzer     the analyser of {@code POST /api/analyze}
     * @param maxBody      the largest request body accepted, in bytes; larger ones get 413
     * @param cacheBytes   how many bytes of store answers to keep for repeated requests (0: none)
     * @param allowHosts   names, besides those of the bound address, under which the server answers
     *                     (a name a proxy forwards under, a name of this machine); see {@link HostCheck}
     * @param bodyTimeout  the time a request body may take to arrive, the connection's idle time too
     */
    public record Config(String bind, int port, StoreReader store, String storeProblem, Analyzer analyzer,
                         long maxBody, long cacheBytes, List<String> allowHosts, Duration bodyTimeout) {
        public Config {
            allowHosts = List.copyOf(allowHosts);
            if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
                throw new IllegalArgumentException("the body timeout must be positive: " + bodyTimeout);
            }
        }

        /** A server answering under the bound address's names only, with the default body timeout. */
        public Config(String bind, int port, StoreReader store, String storeProblem, Analyzer analyzer, long maxBody,
                      long cacheBytes) {
            this(bind, port, store, storeProblem, analyzer, maxBody, cacheBytes, List.of(), BODY_TIMEOUT);
        }
    }

    private final Javalin app;
    private final Api api;
    private final Config config;

    private WebServer(Javalin app, Config config, Api api) {
        this.app = app;
        this.config = config;
        this.api = api;
    }

    /**
     * Starts listening; returns once the port is bound.
     *
     * @throws IllegalArgumentException when the address to bind to names no address
     */
    public static WebServer start(Config config) {
        HostCheck hosts = HostCheck.of(config.bind(), config.allowHosts());
        Api api = new Api(config);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBody();
            c.http.generateEtags = true;
            // a blocked read of a request body ends after this long without a byte
            c.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(config.bodyTimeout().toMillis()));
            c.jetty.modifyServer(server -> server.setErrorHandler(new HeaderedErrorHandler(SECURITY_HEADERS)));
            // files are compressed once and kept (precompress): compressing ECharts' megabyte on every
            // request cost more than sending it whole over loopback
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/dev/dyad/app/web/static";
                s.location = Location.CLASSPATH;
                s.precompressMaxSize = 1 << 20;
                s.headers = Map.of("Cache-Control", "no-cache");
            });
            c.staticFiles.add(s -> {
                s.hostedPath = "/webjars";
                s.directory = "META-INF/resources/webjars";
                s.location = Location.CLASSPATH;
                s.precompressMaxSize = 4 << 20;
                // a webjar's path names its version: what it holds never changes
                s.headers = Map.of("Cache-Control", "max-age=31536000, immutable");
            });
            c.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            c.routes.before(ctx -> checkHost(ctx, hosts));
            c.routes.get("/openapi.json", api::openapi);
            c.routes.get("/api/events", api::events);
            c.routes.get("/api/events/{id}", api::event);
            c.routes.get("/api/actors", api::actors);
            c.routes.get("/api/dyads", api::dyads);
            c.routes.get("/api/map", api::map);
            c.routes.get("/api/timeline", api::timeline);
            c.routes.get("/api/articles/{id}", api::article);
            c.routes.post("/api/analyze", api::analyze);
            c.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.code().equals(ApiException.BUSY)) {
                    ctx.header("Retry-After", String.valueOf(RETRY_AFTER));
                }
                error(ctx, e.status(), e.code(), e.getMessage());
            });
            c.routes.exception(StoreReader.StoreException.class, (e, ctx) -> {
                // the message names the store's file and the failing SQL: for the server's log, not the client
                System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e.getMessage());
                error(ctx, 500, "store_error", "the store could not answer this request; the server's log says why");
            });
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "too_large" : "http_" + e.getStatus(), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                error(ctx, 500, "internal", "the server failed on this request");
            });
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
        app.start(config.bind(), config.port());
        return new WebServer(app, config, api);
    }

    public int port() {
        return app.port();
    }

    /** The store was written by someone other than a request (a watched folder): answers kept before may be out of date. */
    public void storeChanged() {
        api.cache.clear();
    }

    public Config config() {
        return config;
    }

    @Override
    public void close() {
        app.stop();
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }

    /** 421 for a request under a host the server does not listen under; 403 for a foreign write. */
    private static void checkHost(Context ctx, HostCheck hosts) {
        String host = ctx.header("Host");
        if (!hosts.allowsHost(host)) {
            throw new ApiException(421, "unknown_host", "this server does not answer under the host name it was "
                    + "sent (start dyad serve with --allow-host NAME to answer under another name)");
        }
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
                && !hosts.allowsOrigin(ctx.header("Origin"), host)) {
            throw new ApiException(403, "foreign_origin", "writes are taken from this server's own pages only");
        }
    }

    static void error(Context ctx, int status, String code, String message) {
        ObjectNode o = Records.mapper().createObjectNode();
        o.putObject("error").put("code", code).put("message", message);
        json(ctx.status(status), o);
    }

    static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Records.line((ObjectNode) node).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> a, String... more) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(more)).toList();
    }

    /** The handlers: read parameters, call the store or the analyser, write JSON. */
    private static final class Api {
        private final Config config;
        private final byte[] openapi;
        private final ResponseCache cache;
        private final Semaphore analyzeSlots = new Semaphore(ANALYZE_SLOTS);

        Api(Config config) {
            this.config = config;
            this.cache = new ResponseCache(config.cacheBytes());
            try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json missing from the jar");
                }
                this.openapi = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private StoreReader store() {
            if (config.store() == null) {
                throw new ApiException(503, "no_store", "no store is open; the server's log says why");
            }
            return config.store();
        }

        void openapi(Context ctx) {
            ctx.contentType("application/json; charset=utf-8").result(openapi);
        }

        void events(Context ctx) {
            Map<String, List<String>> p = ctx.queryParamMap();
            EventQuery f = Params.query(p, EVENT_PARAMS);
            String format = Params.one(p, "format");
            if (format != null) {
                download(ctx, f, format);
                return;
            }
            int limit = Params.integer(p, "limit", 50, 1, 500);
            int offset = Params.integer(p, "offset", 0, 0, 10_000_000);
            StoreReader store = store();
            cached(ctx, () -> store.events(f, limit, offset));
        }

        /**
         * Every event the filter selects, as a file: {@code format=csv} (the columns of {@code dyad export
         * --format csv}) or {@code format=jsonl} (the records); no page limit, streamed as the store gives it.
         */
        private void download(Context ctx, EventQuery f, String format) {
            if (!format.equals("csv") && !format.equals("jsonl")) {
                throw ApiException.badRequest("format must be csv or jsonl (leave it out for a page of JSON)");
            }
            StoreReader store = store();
            boolean csv = format.equals("csv");
            ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"dyad-" + (f.unfused() ? "events" : "fused-events")
                    + "." + format + "\"");
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            store.download(f, csv, out);
        }

        void event(Context ctx) {
            String id = id(ctx);
            StoreReader store = store();
            cached(ctx, () -> store.event(id));
        }

        void actors(Context ctx) {
            Map<String, List<String>> p = ctx.queryParamMap();
            Params.known(p, Set.of("q", "limit", "offset"));
            int limit = Params.integer(p, "limit", 100, 1, 1000);
            int offset = Params.integer(p, "offset", 0, 0, 10_000_000);
            String q = Params.one(p, "q");
            StoreReader store = store();
            cached(ctx, () -> store.actors(q, limit, offset));
        }

        void dyads(Context ctx) {
            Map<String, List<String>> p = ctx.queryParamMap();
            EventQuery f = Params.query(p, DYAD_PARAMS);
            int limit = Params.integer(p, "limit", 300, 1, 5000);
            StoreReader store = store();
            cached(ctx, () -> store.dyads(f, limit));
        }

        void map(Context ctx) {
            Map<String, List<String>> p = ctx.queryParamMap();
            EventQuery f = Params.query(p, MAP_PARAMS);
            int limit = Params.integer(p, "limit", 2000, 1, 10_000);
            StoreReader store = store();
            cached(ctx, () -> store.map(f, limit));
        }

        void timeline(Context ctx) {
            Map<String, List<String>> p = ctx.queryParamMap();
            EventQuery f = Params.query(p, TIMELINE_PARAMS);
            String interval = Params.one(p, "interval");
            String period = interval == null ? "day" : interval.toLowerCase(Locale.ROOT);
            StoreReader store = store();
            cached(ctx, () -> store.timeline(f, period));
        }

        void article(Context ctx) {
            String id = id(ctx);
            StoreReader store = store();
            cached(ctx, () -> store.article(id));
        }

        /** Answers from the cache, or from the store (then kept); errors are thrown, never kept. */
        private void cached(Context ctx, java.util.function.Supplier<ObjectNode> query) {
            byte[] body = cache.get(ResponseCache.key(ctx.path(), ctx.queryParamMap()),
                    () -> Records.line(query.get()).getBytes(StandardCharsets.UTF_8));
            ctx.contentType("application/json; charset=utf-8").result(body);
        }

        private static String id(Context ctx) {
            String id = ctx.pathParam("id");
            if (id.isBlank() || id.length() > MAX_ID) {
                throw ApiException.badRequest("an id is 1 to " + MAX_ID + " characters");
            }
            return id;
        }

        /**
         * Takes one of the analyze slots for the whole request, or answers 503 at once: a request waiting
         * for a slot would hold a server thread, and enough of them would leave none for reads.
         */
        void analyze(Context ctx) {
            // a body declared over the limit is refused before it takes a slot: nothing of it is read
            declaredLength(ctx, config.maxBody());
            if (!analyzeSlots.tryAcquire()) {
                throw ApiException.busy(ANALYZE_SLOTS + " analyses are under way; try again in a few seconds");
            }
            try {
                analyzeTaken(ctx);
            } finally {
                analyzeSlots.release();
            }
        }

        private void analyzeTaken(Context ctx) {
            byte[] body = body(ctx, config.maxBody(), config.bodyTimeout());
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            String mime = type.split(";", 2)[0].strip();
            ObjectNode answer;
            switch (mime) {
                case "application/json" -> {
                    JsonNode req;
                    try {
                        req = Records.mapper().readTree(body);
                    } catch (JsonProcessingException e) {
                        throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
                    } catch (IOException e) {
                        throw ApiException.badRequest("the body could not be read: " + e.getMessage());
                    }
                    if (req == null || !req.isObject()) {
                        throw ApiException.badRequest("the body must be a JSON object with \"text\" or \"html\"");
                    }
                    String text = field(req, "text");
                    String html = field(req, "html");
                    if ((text == null) == (html == null)) {
                        throw ApiException.badRequest("give exactly one of \"text\" and \"html\"");
                    }
                    if (req.has("store") && !req.get("store").isBoolean()) {
                        throw ApiException.badRequest("\"store\" must be true or false");
                    }
                    boolean store = req.path("store").asBoolean(false);
                    if (store && !config.analyzer().canStore()) {
                        throw new ApiException(403, "read_only", "this server opened the store read-only; "
                                + "start dyad serve with --writable to store analysed articles, or use dyad ingest");
                    }
                    DocumentHints hints = new DocumentHints(field(req, "url"), field(req, "published"),
                            field(req, "title"));
                    answer = config.analyzer().analyze(text != null ? text : html,
                            text != null ? MediaType.TEXT : MediaType.HTML, hints, store);
                    if (answer.path("stored").asBoolean(false)) {
                        // the store changed: answers kept before may be out of date
                        cache.clear();
                    }
                }
                case "text/plain", "text/html" -> answer = config.analyzer().analyze(utf8(body),
                        mime.equals("text/html") ? MediaType.HTML : MediaType.TEXT, DocumentHints.NONE, false);
                default -> throw new ApiException(415, "unsupported_media_type",
                        "send application/json ({\"text\": ...} or {\"html\": ...}), text/plain or text/html");
            }
            if (answer.has("error")) {
                ctx.status(422);
            }
            json(ctx, answer);
        }

        private static String field(JsonNode req, String name) {
            JsonNode v = req.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw ApiException.badRequest("\"" + name + "\" must be a string");
            }
            return v.asText();
        }

        private static String utf8(byte[] body) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                throw ApiException.badRequest("the body is not UTF-8");
            }
        }

        /**
         * The request body, refused with 413 as soon as it passes the limit as it streams (its declared
         * length was checked before the request took its slot), and with 408 once it has taken longer than
         * {@code timeout} to arrive: checked after every read, and a read that gets no byte for that long
         * ends with the connection's idle timeout.
         */
        private static byte[] body(Context ctx, long max, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try (InputStream in = ctx.bodyInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[65536];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > max) {
                        throw tooLarge(max);
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw tooSlow(timeout);
                    }
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            } catch (IOException e) {
                if (System.nanoTime() - deadline > 0 || hasCause(e, TimeoutException.class)) {
                    throw tooSlow(timeout);
                }
                throw ApiException.badRequest("the body could not be read: " + e.getMessage());
            }
        }

        /** 413 for a body whose declared length is over the limit, 400 for a length that is no number. */
        private static void declaredLength(Context ctx, long max) {
            String length = ctx.header("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > max) {
                        throw tooLarge(max);
                    }
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("Content-Length is not a number");
                }
            }
        }

        private static ApiException tooSlow(Duration timeout) {
            return new ApiException(408, "timeout", "the request body did not arrive within " + timeout.toSeconds()
                    + " s");
        }

        private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }

        private static ApiException tooLarge(long max) {
            return new ApiException(413, "too_large", "request body over the limit of " + max + " bytes");
        }
    }
}
