package dev.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Parquet the Spark job writes ({@code documents/}, {@code events/event_month=…/},
 * {@code rejected/}), loaded into a store as if its documents had been ingested here: the same rows,
 * one transaction per document, documents already stored skipped by content hash. DuckDB reads the
 * Parquet itself. Not thread-safe.
 */
final class SparkOutput {
    /**
     * What a load did.
     *
     * @param unread rejections of what was never read as a document (no row of {@code documents/}): a
     *               document refused is a row of both tables, and counts once, as a document
     */
    record Loaded(long stored, long skipped, long rejected, long unread) {
    }

    private final EventStore store;

    SparkOutput(EventStore store) {
        this.store = store;
    }

    /** A directory the Spark job wrote: it has Parquet files under {@code documents/}. */
    static boolean isSparkOutput(Path dir) {
        return Files.isDirectory(dir) && hasParquet(dir.resolve("documents"));
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            return false;
        }
    }

    Loaded load(Path dir, Set<String> known, BiConsumer<String, Rejection> rejections, Consumer<StoredDocument> written,
                Runnable progress) throws StoreException {
        String where = dir.toString();
        Map<String, List<ObjectNode>> events = new HashMap<>();
        List<String[]> docs = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        Set<String> rejectedSources = new HashSet<>();
        long skipped = 0;
        long rejected = 0;
        long unread = 0;
        try (Statement s = store.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT doc_id, source, content_hash, record, actors FROM read_parquet("
                    + glob(dir.resolve("documents")) + ", union_by_name = true) ORDER BY source")) {
                while (rs.next()) {
                    sources.add(rs.getString(2));
                    String hash = rs.getString(3) != null ? rs.getString(3) : rs.getString(1);
                    if (hash == null || !known.add(hash)) {
                        skipped++;
                        continue;
                    }
                    docs.add(new String[] {hash, rs.getString(2), rs.getString(4), rs.getString(5)});
                }
            }
            if (!docs.isEmpty() && hasParquet(dir.resolve("events"))) {
                try (ResultSet rs = s.executeQuery("SELECT doc_id, record FROM read_parquet(" + glob(dir.resolve("events"))
                        + ", hive_partitioning = true, union_by_name = true)")) {
                    while (rs.next()) {
                        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(object(rs.getString(2), where));
                    }
                }
            }
            if (hasParquet(dir.resolve("rejected"))) {
                try (ResultSet rs = s.executeQuery("SELECT source, code, message FROM read_parquet("
                        + glob(dir.resolve("rejected")) + ", union_by_name = true)")) {
                    while (rs.next()) {
                        rejected++;
                        rejectedSources.add(rs.getString(1));
                        if (!sources.contains(rs.getString(1))) {
                            unread++;
                        }
                        rejections.accept(rs.getString(1), new Rejection(orElse(rs.getString(2), "rejected"),
                                orElse(rs.getString(3), "refused by the Spark job")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the Spark output " + where + ": " + e.getMessage(), e);
        }
        long stored = 0;
        for (String[] d : docs) {
            StoredDocument doc = document(d[0], d[1], d[2], d[3], events.getOrDefault(d[0], List.of()), where);
            if (store.write(doc)) {
                stored++;
                written.accept(doc);
                if (doc.rejection() != null && !rejectedSources.contains(doc.source())) {
                    // reported here only when rejected/ did not report it already
                    rejections.accept(doc.source(), doc.rejection());
                }
                progress.run();
            }
        }
        return new Loaded(stored, skipped, rejected, unread);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static StoredDocument document(String hash, String source, String record, String actorsLine,
                                           List<ObjectNode> events, String where) throws StoreException {
        ObjectNode r = object(record, where);
        if (source == null) {
            source = r.path("source").asText(hash);
        }
        List<ObjectNode> actors = new ArrayList<>();
        if (actorsLine != null) {
            for (JsonNode a : object(actorsLine, where).path("actors")) {
                if (a instanceof ObjectNode o) {
                    actors.add(o);
                }
            }
        }
        JsonNode error = r.get("error");
        Rejection rejection = error == null || error.isNull() ? null
                : new Rejection(orElse(EventRow.text(error, "code"), "rejected"), orElse(EventRow.text(error, "message"), "refused"));
        return new StoredDocument(hash, source, EventRow.text(r, "url"), EventRow.text(r, "title"),
                EventRow.text(r, "published"), rejection, Records.line(r), actors, events);
    }

    private static ObjectNode object(String json, String where) throws StoreException {
        try {
            JsonNode n = json == null ? null : Records.mapper().readTree(json);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("a record in the Spark output " + where + " is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new StoreException("a record in the Spark output " + where + " is not a JSON object");
    }

    private static String glob(Path dir) {
        return "'" + dir.toString().replace("'", "''") + "/**/*.parquet'";
    }
}
