package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import dev.dyad.model.ContentHash;
import dev.dyad.model.Event;
import dev.dyad.pipeline.PipelineBatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode on two cores, with real CoreNLP, over a folder of every input kind: two
 * bundled articles (one of them twice), a JSON Lines file, a WARC file whose second record is cut off, a
 * truncated gzip and a binary file. Its Parquet is checked against the local runner on the same folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
    private static final String SEED = "000_33b13eb07131111b.txt";
    private static final String ZYTE = "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.txt";

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path in;
    private String out;
    private DyadSparkJob.Summary summary;
    private final List<String> localEvents = new ArrayList<>();
    private final Set<List<String>> localRejections = new HashSet<>();
    private int localDocuments;

    @BeforeAll
    void run() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("articles"));
        Files.createDirectories(in.resolve("again"));
        Files.createDirectories(in.resolve("broken"));
        byte[] seed = resource(SEED);
        Files.write(in.resolve("articles").resolve(SEED), seed);
        Files.write(in.resolve("articles").resolve(ZYTE), resource(ZYTE));
        Files.write(in.resolve("again/seed-copy.txt"), seed);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(gz)) {
            z.write(seed);
        }
        Files.write(in.resolve("broken/truncated.txt.gz"), java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        Files.write(in.resolve("broken/binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"feed-1\", \"published\": \"2019-11-20\", \"text\": "
                + "\"Moscow talks\\n\\nRussian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi "
                + "in Moscow on Monday. The two ministers discussed trade and security.\"}\n"
                + "this line is not JSON\n", StandardCharsets.UTF_8);
        Files.write(in.resolve("crawl.warc.gz"), warc());

        // the local runner, as `dyad events IN` runs it
        PipelineBatch local = new PipelineBatch(ExecutorPipeline.get(new JobConfig(List.of(), 1)), 2);
        local.run(List.of(in.toString()), InputStream.nullInputStream(), r -> {
            if (!r.extraction().ok()) {
                localRejections.add(List.of(r.source(), r.extraction().rejection().code(),
                        r.extraction().rejection().message()));
                return;
            }
            localDocuments++;
            for (Event e : r.events()) {
                localEvents.add(Records.line(Records.event(e)));
            }
        });

        spark = DyadSparkJob.session("local[2]");
        out = tmp.resolve("out").toString();
        summary = DyadSparkJob.code(spark, List.of(in.toString()), out, new JobConfig(List.of(), 4));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream s = SparkJobTest.class.getResourceAsStream("/articles/" + name)) {
            assertNotNull(s, name);
            return s.readAllBytes();
        }
    }

    /**
     * A WARC file as Common Crawl publishes it, each record its own gzip member: one HTML response, then a
     * second record cut off in its header.
     */
    private static byte[] warc() throws IOException {
        String html = "<html><head><title>Envoys meet in Geneva</title></head><body><article>"
                + "<h1>Envoys meet in Geneva</h1><p>GENEVA, 12 March 2020. The United States and Iran held talks "
                + "in Geneva on Thursday, officials said.</p><p>The envoys agreed to meet again next month.</p>"
                + "</article></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n" + html;
        byte[] httpBytes = http.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\n"
                + "WARC-Record-ID: <urn:uuid:7b2f3c1e-2f5a-4c1b-9a59-3d0c6f1f2a10>\r\n"
                + "WARC-Date: 2020-03-12T10:00:00Z\r\nWARC-Target-URI: https://example.org/news/envoys\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + httpBytes.length + "\r\n\r\n";
        String cut = "WARC/1.0\r\nWARC-Type: resp";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(header.getBytes(StandardCharsets.UTF_8));
            z.write(httpBytes);
            z.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(cut.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    @Test
    void eventsAreThoseOfTheLocalRunnerLineForLine() {
        assertFalse(localEvents.isEmpty());
        List<String> spark = this.spark.read().parquet(out + "/events").select("record").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        TreeSet<String> missing = new TreeSet<>(localEvents);
        spark.forEach(missing::remove);
        TreeSet<String> extra = new TreeSet<>(spark);
        localEvents.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "only local: " + missing + "\nonly spark: " + extra);
        assertEquals(localEvents.size(), spark.size());
        assertEquals(localEvents.size(), summary.events());
    }

    @Test
    void eventsArePartitionedByTheMonthTheyBegin() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(out, "events"))) {
            List<String> months = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertFalse(months.isEmpty());
            months.forEach(m -> assertTrue(m.matches("event_month=(\\d{4}-\\d{2}|unknown)"), m));
        }
        for (Row r : spark.read().parquet(out + "/events")
                .select("id", "date_start", "event_month", "record", "source", "actor_codes").collectAsList()) {
            String start = r.getString(1);
            assertEquals(start == null ? "unknown" : start.substring(0, 7), r.getString(2));
            JsonNode record = parse(r.getString(3));
            assertEquals(record.get("id").asText(), r.getString(0));
            assertEquals(record.get("source").asText(), r.getString(4));
            assertEquals(record.get("actor").size() > 0 && record.get("actor").get(0).hasNonNull("code"),
                    !r.getList(5).isEmpty());
        }
    }

    @Test
    void documentsAreKeyedByTheHashOfTheirBytes() throws IOException {
        Map<String, String> coded = new HashMap<>();
        Map<String, JsonNode> refused = new HashMap<>();
        for (Row r : spark.read().parquet(out + "/documents")
                .select("doc_id", "source", "content_hash", "record", "actors").collectAsList()) {
            assertEquals(r.getString(0), r.getString(2));
            JsonNode record = parse(r.getString(3));
            assertEquals(r.getString(1), record.get("source").asText());
            if (r.isNullAt(4)) {
                refused.put(r.getString(1), record);
            } else {
                assertEquals(r.getString(1), parse(r.getString(4)).get("source").asText());
                coded.put(r.getString(1), r.getString(0));
            }
        }
        assertEquals(localDocuments, coded.size());
        assertEquals(localDocuments, summary.documents());
        String seedHash = ContentHash.of(Files.readAllBytes(in.resolve("articles").resolve(SEED)));
        assertEquals(seedHash, coded.get(in.resolve("articles").resolve(SEED).toString()));
        assertEquals(seedHash, coded.get(in.resolve("again/seed-copy.txt").toString()));
        assertTrue(coded.containsKey("feed-1"), coded.keySet().toString());
        assertTrue(coded.containsKey("urn:uuid:7b2f3c1e-2f5a-4c1b-9a59-3d0c6f1f2a10"), coded.keySet().toString());
        // a document read and refused is a document too, with the error record `dyad extract` writes for it
        JsonNode binary = refused.get(in.resolve("broken/binary.txt").toString());
        assertNotNull(binary, refused.keySet().toString());
        assertEquals("not_text", binary.get("error").get("code").asText());
        Set<String> rejectedSources = new HashSet<>();
        localRejections.forEach(r -> rejectedSources.add(r.get(0)));
        assertTrue(rejectedSources.containsAll(refused.keySet()), refused.keySet().toString());
        assertFalse(refused.containsKey(in.resolve("broken/truncated.txt.gz").toString()));
    }

    @Test
    void badInputLandsInTheRejectionsWithItsReason() {
        Set<List<String>> rejected = new HashSet<>();
        for (Row r : spark.read().parquet(out + "/rejected").collectAsList()) {
            rejected.add(List.of(r.getString(r.fieldIndex("source")), r.getString(r.fieldIndex("code")),
                    r.getString(r.fieldIndex("message"))));
        }
        assertEquals(localRejections, rejected);
        assertEquals(rejected.size(), summary.rejected());
        String truncated = in.resolve("broken/truncated.txt.gz").toString();
        assertTrue(rejected.stream().anyMatch(r -> r.get(0).equals(truncated) && r.get(2).contains("truncated")),
                rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.get(0).equals(in.resolve("broken/binary.txt").toString())),
                rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.get(0).equals(in.resolve("feed.jsonl") + ":2")
                && r.get(1).equals("bad_record")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.get(0).startsWith(in.resolve("crawl.warc.gz").toString())
                && r.get(1).equals("unreadable")), rejected.toString());
    }

    @Test
    void theFusionPassJoinsTheSameEventAcrossArticles() {
        long fused = FusionPass.run(spark, out);
        assertTrue(fused > 0);
        List<Row> rows = spark.read().parquet(out + "/fused").select("id", "reports", "sources", "members", "record")
                .collectAsList();
        assertEquals(fused, rows.size());
        assertEquals(summary.events(), rows.stream().mapToLong(r -> r.getInt(1)).sum());
        String seed = in.resolve("articles").resolve(SEED).toString();
        String copy = in.resolve("again/seed-copy.txt").toString();
        int both = 0;
        for (Row r : rows) {
            List<String> sources = r.getList(2);
            List<String> members = r.getList(3);
            assertEquals(r.getInt(1), members.size());
            JsonNode record = parse(r.getString(4));
            assertEquals(r.getString(0), record.get("id").asText());
            assertEquals(r.getInt(1), record.get("reports").asInt());
            if (sources.contains(seed)) {
                // the copy of the seed reports every event the seed does, in the same window
                assertTrue(sources.contains(copy), sources.toString());
                both++;
            }
        }
        assertTrue(both > 0);
    }

    private static JsonNode parse(String json) {
        try {
            return Records.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
