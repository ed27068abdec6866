package dev.dyad.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import dev.dyad.store.Exports;
import dev.dyad.store.Periods;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API against a real server on a free port over a real DuckDB store, with the real pipeline
 * behind {@code POST /api/analyze}.
 */
class ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    static Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(web.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), parse(r.body()), r);
    }

    static Answer post(String path, String type, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), parse(r.body()), r);
    }

    /**
     * A body over the limit: the server answers 413 and closes at once, which HTTP allows, so a client
     * still sending may see its connection reset before it reads the answer. Such a reset is retried (a
     * few times); what must never come is any answer but 413.
     */
    static Answer postTooLarge(String path, String type, byte[] body) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return post(path, type, body);
            } catch (IOException reset) {
                last = reset;
            }
        }
        throw last;
    }

    private static JsonNode parse(String body) {
        try {
            return Records.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyMatchingEventDownloadsAsCsvOrJsonLines() throws Exception {
        for (String filter : List.of("", "&unfused=true", "&type=CONSULT&unfused=true", "&actor=PRK")) {
            Answer page = get("/api/events?limit=500" + filter);
            long total = page.json().get("total").asLong();
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(web.uri("/api/events?format=csv" + filter)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, csv.statusCode(), csv.body());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            List<String> lines = csv.body().lines().toList();
            boolean unfused = filter.contains("unfused");
            assertEquals(String.join(",", Exports.csvColumns(unfused)), lines.get(0), "the export's columns");
            assertEquals(total, lines.size() - 1, "every matching event, with no page limit: " + filter);
            HttpResponse<String> jsonl = HTTP.send(HttpRequest.newBuilder(web.uri("/api/events?format=jsonl" + filter)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, jsonl.statusCode());
            List<String> records = jsonl.body().lines().toList();
            assertEquals(total, records.size());
            List<String> ids = new ArrayList<>();
            for (String r : records) {
                ids.add(Records.mapper().readTree(r).get("id").asText());
            }
            List<String> paged = new ArrayList<>();
            page.json().get("events").forEach(e -> paged.add(e.get("id").asText()));
            assertEquals(paged, ids.subList(0, paged.size()), "in the page's order");
        }
        assertEquals(400, get("/api/events?format=xml").status());
    }

    @Test
    void quadClassesByNumberAndMonthsForDatesAsOnTheCommandLine() throws Exception {
        for (int n = 1; n <= 4; n++) {
            assertEquals(get("/api/events?quad=" + enc(Periods.QUADS.get(n - 1))).json().get("total"),
                    get("/api/events?quad=" + n).json().get("total"), "quad " + n);
        }
        assertEquals(get("/api/events?from=2018-05-01&to=2018-05-31").json().get("total"),
                get("/api/events?from=2018-05&to=2018-05").json().get("total"));
        assertEquals(get("/api/events?from=2018-01-01&to=2018-12-31").json().get("total"),
                get("/api/events?from=2018&to=2018").json().get("total"));
        assertEquals(400, get("/api/events?quad=5").status());
        assertEquals(400, get("/api/events?from=2018-13").status());
    }

    @Test
    void eventsPageThroughFilters() throws Exception {
        Answer all = get("/api/events?limit=500");
        assertEquals(200, all.status());
        long total = all.json().get("total").asLong();
        assertTrue(total >= 10, "the fixture's fused events: " + total);
        assertEquals(total, all.json().get("events").size());
        // the seed and its variant report the same events: fused, two reports each
        assertTrue(has(all.json().get("events"), e -> e.get("reports").asInt() >= 2));

        Answer rus = get("/api/events?actor=RUS");
        assertEquals(200, rus.status());
        assertTrue(rus.json().get("total").asLong() > 0);
        assertTrue(rus.json().get("total").asLong() < total);
        for (JsonNode e : rus.json().get("events")) {
            assertTrue(contains(e.get("actor_codes"), "RUS"), e.toString());
        }
        Answer byName = get("/api/events?actor=" + enc("sergei lavrov"));
        assertTrue(byName.json().get("total").asLong() > 0);
        for (JsonNode e : byName.json().get("events")) {
            assertTrue(contains(e.get("actor_names"), "Sergei Lavrov"), e.toString());
        }

        Answer page = get("/api/events?limit=3&offset=3");
        assertEquals(3, page.json().get("events").size());
        assertEquals(total, page.json().get("total").asLong());
        Set<String> first = ids(get("/api/events?limit=3").json().get("events"));
        assertTrue(first.stream().noneMatch(ids(page.json().get("events"))::contains), "pages do not overlap");

        Answer future = get("/api/events?modality=future&type=consult");
        for (JsonNode e : future.json().get("events")) {
            assertEquals("future", e.get("modality").asText());
            assertEquals("CONSULT", e.get("event").asText());
        }
        Answer unfused = get("/api/events?unfused=true&limit=500");
        assertTrue(unfused.json().get("total").asLong() > total, "more article events than fused ones");
        assertTrue(unfused.json().get("events").get(0).has("doc_id"));

        Answer text = get("/api/events?text=" + enc("PYONGYANG"));
        assertTrue(text.json().get("total").asLong() > 0);
        for (JsonNode e : text.json().get("events")) {
            assertTrue(e.get("sentence").asText().contains("Pyongyang"));
        }
        Answer range = get("/api/events?from=2018-05-31&to=2018-05-31");
        for (JsonNode e : range.json().get("events")) {
            assertTrue(e.get("date_start").asText().compareTo("2018-05-31") <= 0
                    && e.get("date_end").asText().compareTo("2018-05-31") >= 0, e.toString());
        }
    }

    @Test
    void parametersAreBoundNotPasted() throws Exception {
        Answer inj = get("/api/events?actor=" + enc("RUS' OR '1'='1") + "&text=" + enc("%' OR 1=1 --"));
        assertEquals(200, inj.status());
        assertEquals(0, inj.json().get("total").asLong());
        Answer drop = get("/api/events?source=" + enc("x'); DROP TABLE events; --"));
        assertEquals(0, drop.json().get("total").asLong());
        assertTrue(get("/api/events").json().get("total").asLong() > 0, "the table is still there");
    }

    @Test
    void sqlPayloadsThroughEveryFilterOfEveryQueryEndpointAreValuesOnly() throws Exception {
        long total = get("/api/events?limit=1").json().get("total").asLong();
        long unfusedTotal = get("/api/events?unfused=true&limit=1").json().get("total").asLong();
        int refused = 0;
        java.util.Map<String, List<String>> own = java.util.Map.of("/api/events", List.of("limit", "offset"),
                "/api/dyads", List.of("limit"), "/api/map", List.of("limit"), "/api/timeline", List.of("interval"));
        for (String endpoint : own.keySet()) {
            List<String> names = new java.util.ArrayList<>(List.of("actor", "recipient", "type", "mode", "modality",
                    "from", "to", "source", "text", "quad", "unfused"));
            names.addAll(own.get(endpoint));
            for (String name : names) {
                for (String payload : dev.dyad.app.HostileInputs.SQL_PAYLOADS) {
                    String q = endpoint + "?" + name + "=" + enc(payload);
                    Answer a = get(q);
                    assertTrue(a.status() == 200 || a.status() == 400, q + " -> " + a.status());
                    if (a.status() == 400) {
                        refused++;
                        assertEquals("bad_request", a.json().get("error").get("code").asText(), q);
                    } else if (endpoint.equals("/api/events")) {
                        assertEquals(0, a.json().get("total").asLong(), q);
                    }
                }
            }
        }
        for (String payload : dev.dyad.app.HostileInputs.SQL_PAYLOADS) {
            for (String q : List.of("/api/actors?q=" + enc(payload), "/api/events/" + enc(payload), "/api/articles/" + enc(payload))) {
                Answer a = get(q);
                assertTrue(a.status() == 200 || a.status() == 400 || a.status() == 404, q + " -> " + a.status());
                if (a.status() == 200) {
                    assertEquals(0, a.json().get("actors").size(), q);
                }
            }
        }
        assertTrue(refused > 0, "malformed values were refused");
        assertEquals(total, get("/api/events?limit=1").json().get("total").asLong(), "the store is intact");
        assertEquals(unfusedTotal, get("/api/events?unfused=true&limit=1").json().get("total").asLong());
    }

    /**
     * The bad-input corpus posted to analyze as the text or HTML it claims to be (gzip undone): each answer
     * is a 200 or a 4xx with a JSON error, never a 500; the 50 MB page passes the body limit and is 413.
     */
    @Test
    void badInputCorpusPostedToAnalyzeNeverGives500() throws Exception {
        java.nio.file.Path corpus = dev.dyad.app.HostileInputs.CORPUS;
        int answered = 0;
        for (String file : dev.dyad.app.HostileInputs.expected().keySet()) {
            byte[] bytes = java.nio.file.Files.readAllBytes(corpus.resolve(file));
            String name = file;
            if (name.endsWith(".gz")) {
                name = name.substring(0, name.length() - 3);
                bytes = gunzip(bytes, WebFixture.MAX_BODY + 1);
            }
            String type = name.endsWith(".html") ? "text/html" : "text/plain";
            Answer a = bytes.length > WebFixture.MAX_BODY ? postTooLarge("/api/analyze", type, bytes)
                    : post("/api/analyze", type, bytes);
            String what = file + " (" + bytes.length + " bytes as " + type + ") -> " + a.status() + " " + a.raw().body();
            if (bytes.length > WebFixture.MAX_BODY) {
                assertEquals(413, a.status(), what);
            }
            assertTrue(a.status() == 200 || a.status() >= 400 && a.status() < 500, what);
            if (a.status() != 200) {
                assertNotNull(a.json(), what);
                assertFalse(a.json().get("error").get("message").asText().isBlank(), what);
            } else {
                assertTrue(a.json().has("extraction") && a.json().has("events"), what);
            }
            answered++;
        }
        assertEquals(dev.dyad.app.HostileInputs.expected().size(), answered);
    }

    /** The first {@code max} bytes a gzip file holds (all of it when shorter); a truncated file gives what it had. */
    private static byte[] gunzip(byte[] gz, long max) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] buf = new byte[1 << 16];
            int n;
            while (out.size() < max && (n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (java.io.EOFException truncated) {
            // what was read before the cut is posted
        }
        return out.toByteArray();
    }

    @Test
    void malformedParametersAre400WithAMessage() throws Exception {
        for (String q : new String[] {"limit=abc", "limit=0", "limit=100000", "offset=-1", "type=BOMBARD",
                "modality=maybe", "from=2018-13-01", "from=2019-01-01&to=2018-01-01", "unfused=perhaps", "colour=red",
                "actor=a&actor=b", "quad=warm"}) {
            Answer a = get("/api/events?" + q);
            assertEquals(400, a.status(), q);
            assertEquals("bad_request", a.json().get("error").get("code").asText(), q);
            assertFalse(a.json().get("error").get("message").asText().isBlank(), q);
        }
        assertEquals(400, get("/api/timeline?interval=year").status());
        assertTrue(List.of("day", "week", "month").contains(get("/api/timeline?interval=auto").json().get("interval").asText()));
        assertEquals(400, get("/api/dyads?limit=x").status());
        assertEquals(400, get("/api/actors?sort=name").status());
        assertEquals(400, get("/api/events/" + "x".repeat(300)).status());
        assertEquals(404, get("/api/events/no-such-event").status());
        assertEquals(404, get("/api/articles/no-such-article").status());
        assertEquals(404, get("/api/nothing").status());
    }

    @Test
    void fusedEventCarriesItsReportsAndTheirEvidence() throws Exception {
        JsonNode list = get("/api/events?limit=500").json().get("events");
        JsonNode fused = null;
        for (JsonNode e : list) {
            if (e.get("reports").asInt() >= 2) {
                fused = e;
                break;
            }
        }
        assertNotNull(fused);
        Answer one = get("/api/events/" + enc(fused.get("id").asText()));
        assertEquals(200, one.status());
        assertEquals("fused", one.json().get("kind").asText());
        assertEquals(fused.get("event").asText(), one.json().get("event").get("event").asText());
        JsonNode reports = one.json().get("reports");
        assertEquals(fused.get("reports").asInt(), reports.size());
        Set<String> docs = new HashSet<>();
        for (JsonNode r : reports) {
            docs.add(r.get("doc_id").asText());
            JsonNode art = get("/api/articles/" + r.get("doc_id").asText()).json();
            String body = art.get("article").get("body").asText();
            JsonNode ev = r.get("event").get("evidence");
            assertEquals(ev.get("sentence").asText(), body.substring(ev.get("start").asInt(), ev.get("end").asInt()),
                    "evidence offsets point into the stored body");
        }
        assertEquals(reports.size(), docs.size(), "each report from its own article");
        // an article's own event is found by its id too
        String member = reports.get(0).get("event").get("id").asText();
        Answer report = get("/api/events/" + enc(member));
        assertEquals("report", report.json().get("kind").asText());
        assertEquals(member, report.json().get("event").get("id").asText());
    }

    @Test
    void articleHasCleanTextRemovedBlocksActorsAndEvents() throws Exception {
        Answer a = get("/api/articles/" + web.seedDocId);
        assertEquals(200, a.status());
        JsonNode art = a.json();
        assertTrue(art.get("article").get("title").asText().contains("Lavrov"));
        assertTrue(art.get("article").get("removed").size() > 0, "the seed's boilerplate is kept as removed blocks");
        String body = art.get("article").get("body").asText();
        assertFalse(body.contains("Support truly"), "the donation appeal is not in the clean text");
        assertTrue(art.get("actors").size() > 3);
        for (JsonNode actor : art.get("actors")) {
            for (JsonNode m : actor.get("mentions")) {
                if (!m.has("field")) {
                    assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()));
                }
            }
        }
        assertTrue(art.get("events").size() >= 10);
        for (JsonNode e : art.get("events")) {
            assertFalse(e.get("fused_id").asText().isBlank(), "every article event belongs to a fused event");
        }
    }

    @Test
    void actorsDyadsAndTimelineCount() throws Exception {
        JsonNode actors = get("/api/actors").json().get("actors");
        assertTrue(actors.size() > 3);
        assertTrue(has(actors, a -> a.get("code").asText().equals("RUS") && a.get("mentions").asInt() > 1));
        JsonNode lavrov = get("/api/actors?q=lavrov").json().get("actors");
        assertEquals(1, lavrov.size(), lavrov.toString());
        assertEquals(2, lavrov.get(0).get("documents").asInt(), "the seed and its variant");

        JsonNode dyads = get("/api/dyads").json().get("dyads");
        assertTrue(dyads.size() > 0);
        long sum = 0;
        for (JsonNode d : dyads) {
            assertFalse(d.get("actor").asText().equals(d.get("recipient").asText()));
            assertTrue(Periods.QUADS.contains(d.get("quad_class").asText()));
            sum += d.get("count").asLong();
        }
        assertTrue(has(dyads, d -> d.get("actor").asText().equals("RUS") && d.get("recipient").asText().equals("PRK")));
        JsonNode consult = get("/api/dyads?type=CONSULT").json().get("dyads");
        long consultSum = 0;
        for (JsonNode d : consult) {
            consultSum += d.get("count").asLong();
        }
        assertTrue(consultSum > 0 && consultSum < sum);

        JsonNode days = get("/api/timeline").json();
        assertEquals("day", days.get("interval").asText());
        long dated = 0;
        for (JsonNode c : days.get("counts")) {
            assertTrue(c.get("period").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            dated += c.get("count").asLong();
        }
        assertTrue(dated > 0);
        JsonNode weeks = get("/api/timeline?interval=week").json();
        long weekly = 0;
        for (JsonNode c : weeks.get("counts")) {
            weekly += c.get("count").asLong();
        }
        assertEquals(dated, weekly, "the same events, in coarser periods");
        assertTrue(weeks.get("counts").size() <= days.get("counts").size());
    }

    /** What {@code dyad query ARGS --format jsonl} writes on the fixture's store, a line a record. */
    private static List<String> commandLine(String... args) throws Exception {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        int code;
        synchronized (System.class) {
            try {
                System.setOut(new java.io.PrintStream(o, true, StandardCharsets.UTF_8));
                List<String> all = new ArrayList<>(List.of("query", "--db", web.store.toString(), "--format", "jsonl"));
                all.addAll(List.of(args));
                code = dev.dyad.app.DyadCommand.run(all.toArray(String[]::new));
            } finally {
                System.setOut(out);
            }
        }
        assertEquals(0, code, String.join(" ", args));
        return o.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * One filter model and one SQL serve both: each option of {@code dyad query} and its parameter of the API,
     * lists written with commas, select the same events in the same order (the download is every match, the
     * page its first rows).
     */
    @Test
    void theCommandLineAndTheApiSelectTheSameEventsInTheSameOrder() throws Exception {
        String[][] cases = {
            {"actor=USA,RUS", "--actor", "USA,RUS"},
            {"actor=" + enc("sergei lavrov,PRK"), "--actor", "sergei lavrov,PRK"},
            {"recipient=PRK,USA&type=CONSULT,REJECT", "--recipient", "PRK,USA", "--type", "CONSULT,REJECT"},
            {"between=USA,PRK", "--between", "USA,PRK"},
            {"modality=future,negated&quad=1,3", "--modality", "future,negated", "--quad", "1,3"},
            {"from=2018-06&to=2018&unfused=true", "--from", "2018-06", "--to", "2018", "--unfused"},
            {"source=summit&unfused=true", "--source", "summit", "--unfused"},
            {"text=summit", "--text", "summit"},
            {"", },
        };
        long total = get("/api/events?limit=1").json().get("total").asLong();
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            List<String> cli = commandLine(args);
            String q = c[0].isEmpty() ? "" : c[0] + "&";
            List<String> api = get("/api/events?" + q + "format=jsonl").raw().body().lines().toList();
            assertEquals(cli, api, c[0]);
            List<String> page = new ArrayList<>();
            get("/api/events?" + q + "limit=500").json().get("events").forEach(e -> page.add(e.get("id").asText()));
            List<String> ids = new ArrayList<>();
            for (String line : cli) {
                ids.add(Records.mapper().readTree(line).get("id").asText());
            }
            assertEquals(ids, page, c[0]);
            if (!c[0].isEmpty() && !c[0].contains("unfused")) {
                assertTrue(cli.size() > 0 && cli.size() < total, c[0] + " selects some events, not all: " + cli.size());
            }
        }
        // a list selects what its members select, together
        Set<String> usa = ids(get("/api/events?actor=USA&limit=500").json().get("events"));
        Set<String> rus = ids(get("/api/events?actor=RUS&limit=500").json().get("events"));
        Set<String> both = new HashSet<>(usa);
        both.addAll(rus);
        assertTrue(usa.size() > 0 && rus.size() > 0 && !usa.equals(rus));
        assertEquals(both, ids(get("/api/events?actor=USA,RUS&limit=500").json().get("events")));
        // newest first, undated last: the order of the page and of the command line
        List<String> starts = new ArrayList<>();
        get("/api/events?limit=500").json().get("events").forEach(e -> starts.add(e.get("date_start").isNull()
                ? "" : e.get("date_start").asText()));
        List<String> dated = starts.stream().filter(d -> !d.isEmpty()).toList();
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
        assertEquals(dated, starts.subList(0, dated.size()), "undated events last");
        assertEquals(400, get("/api/events?type=CONSULT,BOMBARD").status(), "each member of a list is checked");
        assertEquals(400, get("/api/events?quad=1,9").status());
    }

    /** The map's events are the filter's events that have coordinates, each with them, the most reported first. */
    @Test
    void theMapAnswersTheFiltersPlacedEvents() throws Exception {
        for (String filter : List.of("", "?unfused=true", "?actor=USA", "?type=REJECT")) {
            Answer map = get("/api/map" + filter);
            assertEquals(200, map.status(), filter);
            List<JsonNode> records = new java.util.ArrayList<>();
            for (String line : get("/api/events" + (filter.isEmpty() ? "?" : filter + "&") + "format=jsonl").raw().body()
                    .lines().toList()) {
                records.add(Records.mapper().readTree(line));
            }
            Set<String> placed = new HashSet<>();
            for (JsonNode r : records) {
                if (r.path("location").hasNonNull("lat") && r.path("location").hasNonNull("lon")) {
                    placed.add(r.get("id").asText());
                }
            }
            assertEquals(records.size(), map.json().get("total").asLong(), filter);
            assertEquals(placed.size(), map.json().get("placed").asLong(), filter);
            Set<String> shown = new HashSet<>();
            long last = Long.MAX_VALUE;
            for (JsonNode e : map.json().get("events")) {
                shown.add(e.get("id").asText());
                assertTrue(e.get("lat").isNumber() && e.get("lon").isNumber(), e.toString());
                assertTrue(e.get("reports").asLong() <= last, "the most reported first: " + map.json());
                last = e.get("reports").asLong();
            }
            assertEquals(placed, shown, filter);
        }
        assertTrue(get("/api/map").json().get("placed").asLong() > 0, "the fixture has placed events");
        Answer one = get("/api/map?limit=1");
        assertEquals(1, one.json().get("events").size());
        assertEquals(1, one.json().get("shown").asLong());
        assertEquals(400, get("/api/map?limit=0").status());
        assertEquals(400, get("/api/map?offset=3").status(), "the map has no pages");
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        Answer doc = get("/openapi.json");
        assertEquals(200, doc.status());
        assertTrue(doc.json().get("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        doc.json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(Set.of("/api/events", "/api/events/{id}", "/api/actors", "/api/dyads", "/api/map", "/api/timeline",
                "/api/articles/{id}", "/api/analyze"), paths);
        // every filter the server reads is documented on /api/events
        Set<String> documented = new HashSet<>();
        for (JsonNode p : doc.json().get("paths").get("/api/events").get("get").get("parameters")) {
            documented.add(p.get("name").asText());
        }
        assertTrue(documented.containsAll(dev.dyad.store.EventQuery.FILTERS), documented.toString());
    }

    @Test
    void analyzeReturnsExtractionActorsAndEvents() throws Exception {
        String body = Records.mapper().createObjectNode().put("text", new String(WebFixture.seed(), StandardCharsets.UTF_8))
                .toString();
        Answer a = post("/api/analyze", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, a.status(), a.raw().body());
        assertEquals(false, a.json().get("stored").asBoolean());
        assertTrue(a.json().get("extraction").get("title").asText().contains("Lavrov"));
        assertTrue(a.json().get("actors").size() > 3);
        assertTrue(a.json().get("events").size() >= 10);
        assertEquals(web.seedDocId, a.json().get("doc_id").asText());

        String html = "<html><head><title>Talks</title></head><body><article><h1>Ministers meet in Rome</h1>"
                + "<p>The Italian prime minister met the Spanish prime minister in Rome on Monday to discuss migration, "
                + "officials said.</p></article></body></html>";
        Answer h = post("/api/analyze", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, h.status(), h.raw().body());
        assertTrue(h.json().get("extraction").get("body").asText().contains("Spanish prime minister"));

        Answer empty = post("/api/analyze", "text/plain", "   ".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, empty.status());
        assertEquals("empty", empty.json().get("error").get("code").asText());
    }

    @Test
    void analyzeRefusesBadBodies() throws Exception {
        byte[] big = new byte[(int) WebFixture.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Answer tooBig = postTooLarge("/api/analyze", "text/plain", big);
        assertEquals(413, tooBig.status());
        assertEquals("too_large", tooBig.json().get("error").get("code").asText());
        assertEquals(413, chunked(big), "a streamed body without a declared length is cut off too");

        assertEquals(400, post("/api/analyze", "application/json", "{not json".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, post("/api/analyze", "application/json", "[1]".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, post("/api/analyze", "application/json", "{\"text\": 3}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, post("/api/analyze", "application/json",
                "{\"text\": \"a\", \"html\": \"b\"}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, post("/api/analyze", "application/json",
                "{\"text\": \"Ministers met.\", \"store\": true}".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(415, post("/api/analyze", "image/png", new byte[] {1, 2}).status());
        assertEquals(400, post("/api/analyze", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}).status());
    }

    @Test
    void aWritableServerStoresAnAnalysedArticleWhenAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("new.duckdb");
        try (dev.dyad.store.EventStore store = dev.dyad.store.EventStore.open(file, java.time.Duration.ofSeconds(5));
             StoreReader reader = StoreReader.open(file, 2, false);
             WebServer writable = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null,
                     new Analyzer(() -> web.pipeline, 1, Analyzer.storingTo(store)), WebFixture.MAX_BODY, 1 << 20))) {
            String base = "http://127.0.0.1:" + writable.port();
            assertEquals(0, Records.mapper().readTree(HTTP.send(HttpRequest.newBuilder(java.net.URI.create(base
                    + "/api/events")).build(), HttpResponse.BodyHandlers.ofString()).body()).get("total").asLong());
            String text = new String(WebFixture.seed(), StandardCharsets.UTF_8);
            for (boolean keep : new boolean[] {false, true, true}) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(base + "/api/analyze"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                Records.mapper().createObjectNode().put("text", text).put("store", keep).toString()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode a = Records.mapper().readTree(r.body());
                assertEquals(keep, a.get("stored").asBoolean());
                JsonNode events = Records.mapper().readTree(HTTP.send(HttpRequest.newBuilder(java.net.URI.create(base
                        + "/api/events?unfused=true&limit=500")).build(), HttpResponse.BodyHandlers.ofString()).body());
                // not stored until asked; once stored, the same article again adds nothing
                assertEquals(keep ? a.get("events").size() : 0, events.get("total").asInt(), "cached answers are dropped");
            }
            HttpResponse<String> art = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(base + "/api/articles/"
                    + web.seedDocId)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, art.statusCode());
        }
    }

    /** Sends a body in chunks with no Content-Length, the way a client streaming a large paste would. */
    private static int chunked(byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < body.length; i += 65536) {
                    int n = Math.min(65536, body.length - i);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, i, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    @Test
    void noPathOutsideTheStaticFolderIsServed() throws Exception {
        assertEquals(200, raw("/").code());
        assertTrue(raw("/").body().contains("<title>Events"));
        assertEquals(200, raw("/js/common.js").code());
        assertEquals(200, raw("/webjars/echarts/5.3.1/dist/echarts.esm.min.js").code());
        for (String p : new String[] {"/../dev/dyad/app/version.properties", "/%2e%2e/dev/dyad/app/version.properties",
                "/js/..%2f..%2fversion.properties", "/js/..%2f..%2f..%2fversion.properties", "/dev/dyad/app/version.properties",
                "/dev/dyad/app/web/openapi.json", "/js/%2e%2e/%2e%2e/%2e%2e/version.properties",
                "/webjars/../dev/dyad/app/version.properties", "/webjars/%2e%2e/%2e%2e/%2e%2e/dev/dyad/app/version.properties",
                "/META-INF/MANIFEST.MF", "/dev/dyad/app/DyadCommand.class", "/..%5c..%5cversion.properties",
                "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/js/..;/..;/version.properties"}) {
            Raw r = raw(p);
            assertTrue(r.code() == 400 || r.code() == 404, p + " -> " + r.code());
            assertFalse(r.body().contains("version="), p);
            assertFalse(r.body().contains("root:"), p);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String p : new String[] {"/", "/js/events.js", "/api/events", "/api/events?limit=x", "/openapi.json"}) {
            HttpResponse<String> r = get(p).raw();
            assertEquals(WebServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), p);
            assertTrue(WebServer.CSP.contains("script-src 'self'") && !WebServer.CSP.contains("unsafe-inline"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), p);
        }
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        int port = web.server.port();
        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414);
        requests.put("GARBAGE\r\n\r\n", 400);
        requests.put("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nnot a header\r\n\r\n", 400);
        requests.put("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n", 431);
        for (Map.Entry<String, Integer> r : requests.entrySet()) {
            Raw answer = send(port, r.getKey(), new byte[0]);
            String what = r.getKey().substring(0, Math.min(40, r.getKey().length())) + " -> " + answer.body();
            assertEquals(r.getValue(), answer.code(), what);
            for (Map.Entry<String, String> h : WebServer.SECURITY_HEADERS.entrySet()) {
                assertEquals(h.getValue(), header(answer, h.getKey()), h.getKey() + " of " + what);
            }
        }
    }

    @Test
    void foreignHostsAreRefusedAndForeignOriginsCannotWrite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        int port = web.server.port();
        // DNS rebinding: a foreign name pointed at this machine gets neither the data nor the pages
        for (String host : List.of("rebind.evil.example", "rebind.evil.example:" + port, "localhost.evil.example",
                "127.0.0.1.evil.example", "10.1.2.3", "[::2]:" + port, "")) {
            for (String path : List.of("/api/events", "/", "/openapi.json", "/js/common.js")) {
                Raw r = send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n", new byte[0]);
                assertTrue(r.code() == 421 || host.isEmpty() && r.code() == 400, host + path + " -> " + r.body());
                assertFalse(r.body().contains("\"total\"") || r.body().contains("<title>Events") || r.body().contains("\"openapi\""),
                        host + path + " -> " + r.body());
                assertEquals(WebServer.CSP, header(r, "Content-Security-Policy"), host + path);
            }
        }
        // the names and addresses the server listens under
        for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "LOCALHOST", "localhost.",
                "[::1]:" + port, "127.0.0.2:" + port)) {
            Raw r = send(port, "GET /api/events?limit=1 HTTP/1.1\r\nHost: " + host + "\r\n\r\n", new byte[0]);
            assertEquals(200, r.code(), host + " -> " + r.body());
        }

        java.nio.file.Path file = dir.resolve("writable.duckdb");
        try (dev.dyad.store.EventStore store = dev.dyad.store.EventStore.open(file, java.time.Duration.ofSeconds(5));
             StoreReader reader = StoreReader.open(file, 2, false);
             WebServer writable = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null,
                     new Analyzer(() -> web.pipeline, 1, Analyzer.storingTo(store)), WebFixture.MAX_BODY, 1 << 20,
                     List.of("dyad.example"), WebServer.BODY_TIMEOUT))) {
            int p = writable.port();
            byte[] keep = Records.mapper().createObjectNode().put("text", new String(WebFixture.seed(),
                    StandardCharsets.UTF_8)).put("store", true).toString().getBytes(StandardCharsets.UTF_8);
            // a foreign page posting to this server, and a rebound name posting as its own origin
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("Host: 127.0.0.1:" + p + "\r\nOrigin: http://evil.example", "403");
            refused.put("Host: 127.0.0.1:" + p + "\r\nOrigin: null", "403");
            refused.put("Host: 127.0.0.1:" + p + "\r\nOrigin: http://127.0.0.1:" + (p == 65535 ? 1 : p + 1), "403");
            refused.put("Host: 127.0.0.1:" + p + "\r\nOrigin: http://127.0.0.1.evil.example:" + p, "403");
            refused.put("Host: rebind.evil.example:" + p + "\r\nOrigin: http://rebind.evil.example:" + p, "421");
            refused.put("Host: rebind.evil.example:" + p, "421");
            for (Map.Entry<String, String> h : refused.entrySet()) {
                Raw r = send(p, "POST /api/analyze HTTP/1.1\r\n" + h.getKey() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + keep.length + "\r\n\r\n", keep);
                assertEquals(h.getValue(), String.valueOf(r.code()), h.getKey() + " -> " + r.body());
                assertTrue(r.body().contains("\"error\""), r.body());
            }
            assertEquals(0, store.count("documents"), "nothing was stored");
            assertEquals(0, Records.mapper().readTree(body(send(p, "GET /api/events?unfused=true HTTP/1.1\r\nHost: "
                    + "127.0.0.1:" + p + "\r\n\r\n", new byte[0]))).get("total").asLong());

            // a name given with --allow-host is the server's own, with its origin
            Raw allowed = send(p, "POST /api/analyze HTTP/1.1\r\nHost: dyad.example\r\nOrigin: http://dyad.example\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n", "{}".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, allowed.code(), "past the checks, to the body's own error: " + allowed.body());
            // the server's own page stores, as the analyze page does in a browser
            Raw own = send(p, "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:" + p + "\r\nOrigin: http://127.0.0.1:" + p
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + keep.length + "\r\n\r\n", keep);
            assertEquals(200, own.code(), own.body());
            assertEquals(1, store.count("documents"));
        }
    }

    @Test
    void aFailingStoreAnswersWithoutItsPathOrItsSql(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // a DuckDB file without the store's tables: every query of the API fails in DuckDB
        java.nio.file.Path file = dir.resolve("secret-name.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE unrelated (i INTEGER)");
        }
        try (StoreReader reader = StoreReader.open(file, 1);
             WebServer broken = WebServer.start(new WebServer.Config("127.0.0.1", 0, reader, null,
                     new Analyzer(() -> web.pipeline, 1), WebFixture.MAX_BODY, 0));
             WebServer none = WebServer.start(new WebServer.Config("127.0.0.1", 0, null,
                     "no store at " + file + ": run dyad ingest first", new Analyzer(() -> web.pipeline, 1),
                     WebFixture.MAX_BODY, 0))) {
            for (String path : List.of("/api/events", "/api/events/x", "/api/actors", "/api/dyads", "/api/timeline",
                    "/api/articles/x")) {
                Raw r = send(broken.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", new byte[0]);
                assertEquals(500, r.code(), path + " -> " + r.body());
                assertEquals("store_error", Records.mapper().readTree(body(r)).get("error").get("code").asText());
                for (String leak : List.of(dir.toString(), "secret-name", "fused_events", "Catalog", "SELECT")) {
                    assertFalse(r.body().contains(leak), path + " names " + leak + ": " + r.body());
                }
                Raw n = send(none.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", new byte[0]);
                assertEquals(503, n.code(), path + " -> " + n.body());
                assertFalse(n.body().contains(dir.toString()) || n.body().contains("secret-name"), n.body());
            }
        }
    }

    /**
     * A request written whole by hand ({@code head}: request line and headers, ending in an empty
     * line; then {@code body}), so that it reaches the server exactly as given: a Host header of any
     * value, a malformed line. The connection closes after the answer, which is returned whole.
     */
    private static Raw send(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            String h = head.endsWith("\r\n\r\n") && head.contains("\r\nHost")
                    ? head.substring(0, head.length() - 2) + "Connection: close\r\n\r\n" : head;
            OutputStream out = s.getOutputStream();
            out.write(h.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(all.substring(9, 12)), all);
        }
    }

    /** A header of a hand-read answer, by name without case; null when absent. */
    private static String header(Raw r, String name) {
        String head = r.body().substring(0, Math.max(0, r.body().indexOf("\r\n\r\n")));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** The body of a hand-read answer (not chunked: the server sends a length). */
    private static String body(Raw r) {
        return r.body().substring(r.body().indexOf("\r\n\r\n") + 4);
    }

    record Raw(int code, String body) {
    }

    /** A request written by hand, so that the path reaches the server exactly as given (no normalising client). */
    private static Raw raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(all.substring(9, 12)), all);
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(JsonNode events) {
        Set<String> out = new HashSet<>();
        events.forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    private static boolean has(JsonNode array, java.util.function.Predicate<JsonNode> p) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (p.test(it.next())) {
                return true;
            }
        }
        return false;
    }
}
