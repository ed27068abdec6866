package dev.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.json.Records;
import dev.dyad.model.ContentHash;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Cross-article fusion as a keyed pass on the cluster, for corpora whose events do not fit one machine:
 * reads {@code OUTPUT/events} and {@code OUTPUT/documents}, writes {@code OUTPUT/fused}.
 *
 * <p>The rule, kept simple on purpose: two article events are one real-world event when they have the
 * same PLOVER type, the same dyad and the same date window. The dyad is the pair of the actor side's codes
 * and the recipient side's codes (each side its sorted distinct codes), taken in sorted order, so "A met
 * B" and "B met A" fuse. The window is the ISO week of the event's first day for day, week and range
 * dates, and the month or year itself for coarser dates; undated events are never fused (each stands
 * alone). The fused event shows the fields of its most confident member (ties: the smallest id), plus
 * {@code reports}, {@code sources}, {@code members} and {@code first_reported} / {@code last_reported}
 * (the earliest and latest publication dates, as written, of the articles that report it; null when none
 * gave one). Its id is {@code f-} and 16 hex digits of the SHA-256 of its key, so reruns give the same ids.
 * Stateless.
 */
public final class FusionPass {
    static final StructType SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.StringType), field("event", DataTypes.StringType), field("mode", DataTypes.StringType),
        field("modality", DataTypes.StringType), field("date_value", DataTypes.StringType),
        field("date_precision", DataTypes.StringType), field("date_start", DataTypes.StringType),
        field("date_end", DataTypes.StringType), field("quad_class", DataTypes.StringType),
        field("intensity", DataTypes.DoubleType), field("actor_codes", strings()), field("recipient_codes", strings()),
        field("actor_names", strings()), field("recipient_names", strings()), field("location_name", DataTypes.StringType),
        field("location_country", DataTypes.StringType), field("lat", DataTypes.DoubleType),
        field("lon", DataTypes.DoubleType), field("sentence", DataTypes.StringType),
        field("reports", DataTypes.IntegerType), field("sources", strings()), field("members", strings()),
        field("first_reported", DataTypes.StringType), field("last_reported", DataTypes.StringType),
        field("record", DataTypes.StringType),
    });

    private FusionPass() {
    }

    /** One article event as the pass reads it. */
    record Member(String id, String source, String record, String published) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Fuses the events under {@code output} and writes {@code output/fused} (replacing an earlier pass); answers the count. */
    public static long run(SparkSession spark, String output) {
        Dataset<Row> events = spark.read().parquet(output + "/events").select("id", "source", "doc_id", "record");
        Dataset<Row> published = spark.read().parquet(output + "/documents")
                .select(functions.col("doc_id"), functions.get_json_object(functions.col("record"), "$.published")
                        .as("published"))
                .dropDuplicates("doc_id");
        JavaRDD<Row> fused = events.join(published, events.col("doc_id").equalTo(published.col("doc_id")), "left")
                .select(events.col("id"), events.col("source"), events.col("record"), published.col("published"))
                .javaRDD()
                .map(r -> new Member(r.getString(0), r.getString(1), r.getString(2), r.getString(3)))
                .mapToPair(m -> new Tuple2<>(key(Records.mapper().readTree(m.record())), m))
                .groupByKey()
                .map(group -> fuse(group._1(), group._2()));
        Dataset<Row> table = spark.createDataFrame(fused, SCHEMA);
        table.write().mode(SaveMode.Overwrite).parquet(output + "/fused");
        return spark.read().parquet(output + "/fused").count();
    }

    /** The fusion key of one event record: type, dyad, window. */
    static String key(JsonNode event) {
        String dyad = sortedPair(side(event.get("actor")), side(event.get("recipient")));
        return event.get("event").asText() + "|" + dyad + "|" + window(event);
    }

    private static String side(JsonNode participants) {
        TreeSet<String> codes = new TreeSet<>();
        if (participants != null) {
            for (JsonNode p : participants) {
                JsonNode code = p.get("code");
                if (code != null && !code.isNull()) {
                    codes.add(code.asText());
                }
            }
        }
        return String.join(",", codes);
    }

    private static String sortedPair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String window(JsonNode event) {
        JsonNode date = event.get("date");
        if (date == null || date.isNull()) {
            return "undated " + event.get("id").asText();
        }
        String precision = date.get("precision").asText();
        if (precision.equals("month") || precision.equals("year")) {
            return date.get("value").asText();
        }
        LocalDate start = LocalDate.parse(date.get("start").asText());
        return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** One fused event from the members of one key. */
    static Row fuse(String key, Iterable<Member> group) {
        List<Member> members = new ArrayList<>();
        group.forEach(members::add);
        members.sort(Comparator.comparing(Member::id));
        Member best = null;
        double bestConfidence = -1;
        ObjectNode fused = null;
        for (Member m : members) {
            ObjectNode o = parse(m.record());
            double c = o.path("confidence").asDouble(0);
            if (c > bestConfidence) {
                best = m;
                bestConfidence = c;
                fused = o;
            }
        }
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> dates = new TreeSet<>();
        for (Member m : members) {
            sources.add(m.source());
            if (m.published() != null) {
                dates.add(m.published());
            }
        }
        String id = "f-" + ContentHash.of(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        fused.put("id", id);
        fused.remove("source");
        fused.remove("mentions");
        fused.put("reports", members.size());
        ArrayNode srcs = fused.putArray("sources");
        sources.forEach(srcs::add);
        ArrayNode ids = fused.putArray("members");
        members.forEach(m -> ids.add(m.id()));
        fused.put("first_reported", dates.isEmpty() ? null : dates.first());
        fused.put("last_reported", dates.isEmpty() ? null : dates.last());
        JsonNode date = fused.path("date");
        JsonNode location = fused.path("location");
        return RowFactory.create(id, text(fused, "event"), text(fused, "mode"), text(fused, "modality"),
                text(date, "value"), text(date, "precision"), text(date, "start"), text(date, "end"),
                text(fused, "quad_class"), fused.path("intensity").asDouble(), list(fused.path("actor"), "code"),
                list(fused.path("recipient"), "code"), list(fused.path("actor"), "name"),
                list(fused.path("recipient"), "name"), text(location, "name"), text(location, "country"),
                number(location, "lat"), number(location, "lon"), text(fused.path("evidence"), "sentence"),
                members.size(), sources.toArray(String[]::new), members.stream().map(Member::id).toArray(String[]::new),
                dates.isEmpty() ? null : dates.first(), dates.isEmpty() ? null : dates.last(), Records.line(fused));
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Records.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("an events record that is not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String[] list(JsonNode participants, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : participants) {
            String v = text(p, field);
            if (v != null) {
                out.add(v);
            }
        }
        return out.toArray(String[]::new);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, true);
    }
}
