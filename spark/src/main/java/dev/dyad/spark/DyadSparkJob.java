package dev.dyad.spark;

import dev.dyad.ingest.InputReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads every input kind of the record formats from Hadoop paths or globs, runs the same
 * pipeline objects as the local runner over the documents, and writes Parquet under OUTPUT:
 * {@code events/event_month=YYYY-MM/} (or {@code unknown}), {@code documents/} and {@code rejected/}; with
 * {@code --fuse}, also {@code fused/} ({@link FusionPass}).
 *
 * <p>{@code dyad-spark [--master URL] [--partitions N] [--lexicon FILE]... [--fuse] INPUT... OUTPUT}, or
 * {@code dyad-spark [--master URL] --fuse-only OUTPUT} for the fusion pass alone over an earlier output.
 * Without {@code --master} (and without a master set by {@code spark-submit}) it runs in local mode on
 * every core. The driver lists the files; the executors read them, spread the documents over the
 * partitions, and build their pipeline once per JVM from the configuration, which is all that travels.
 * A file, record or document that cannot be read or coded becomes a row of {@code rejected/}; the job
 * goes on. Exit codes as {@code dyad}'s: 0 every document coded, 1 some rejected, 2 usage, 3 none coded.
 */
public final class DyadSparkJob {
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int NOTHING_PROCESSED = 3;
    /** At most this many tasks per partition of the job read and code the files of one document each. */
    static final int SLICES_PER_PARTITION = 8;

    private static final String USAGE_LINE = "usage: dyad-spark [--master URL] [--partitions N] [--lexicon FILE]... "
            + "[--fuse] INPUT... OUTPUT\n       dyad-spark [--master URL] --fuse-only OUTPUT\n"
            + "       dyad-spark --print-events OUTPUT";

    /** What one run of the job did. */
    public record Summary(long documents, long rejected, long events) {
    }

    private DyadSparkJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        String master = null;
        boolean fuse = false;
        boolean fuseOnly = false;
        boolean printEvents = false;
        int partitions = 0;
        List<Path> lexicons = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = value(args, ++i, "--master");
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    case "--lexicon" -> lexicons.add(Path.of(value(args, ++i, "--lexicon")));
                    case "--fuse" -> fuse = true;
                    case "--fuse-only" -> fuseOnly = true;
                    case "--print-events" -> printEvents = true;
                    case "-h", "--help" -> {
                        err.println(USAGE_LINE);
                        return OK;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (fuseOnly || printEvents ? positional.size() != 1 : positional.size() < 2) {
                throw new IllegalArgumentException(fuseOnly || printEvents ? "--fuse-only and --print-events take OUTPUT alone"
                        : "INPUT and OUTPUT are required");
            }
        } catch (IllegalArgumentException e) {
            err.println("dyad-spark: " + e.getMessage());
            err.println(USAGE_LINE);
            return USAGE;
        }
        String output = positional.get(positional.size() - 1);
        List<JobConfig.LexiconText> texts = new ArrayList<>();
        try {
            for (Path l : userLexicons(lexicons)) {
                texts.add(new JobConfig.LexiconText(l.toString(), Files.readString(l, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            err.println("dyad-spark: cannot read lexicon: " + e.getMessage());
            return USAGE;
        }
        SparkSession spark = session(master);
        try {
            if (printEvents) {
                printEvents(spark, output);
                return OK;
            }
            if (fuseOnly) {
                long n = FusionPass.run(spark, output);
                err.printf(Locale.ROOT, "dyad-spark: %d fused events -> %s/fused%n", n, output);
                return OK;
            }
            if (exists(spark, output)) {
                err.println("dyad-spark: " + output + " already holds a job's output; give a new OUTPUT");
                return USAGE;
            }
            int p = partitions > 0 ? partitions : defaultPartitions(spark);
            Summary s = code(spark, positional.subList(0, positional.size() - 1), output, new JobConfig(texts, p));
            err.printf(Locale.ROOT, "dyad-spark: %d documents, %d rejected, %d events -> %s%n",
                    s.documents() + s.rejected(), s.rejected(), s.events(), output);
            if (fuse) {
                long n = FusionPass.run(spark, output);
                err.printf(Locale.ROOT, "dyad-spark: %d fused events -> %s/fused%n", n, output);
            }
            if (s.documents() == 0) {
                return NOTHING_PROCESSED;
            }
            return s.rejected() == 0 ? OK : SOME_REJECTED;
        } finally {
            spark.stop();
        }
    }

    /**
     * Writes the {@code record} column of {@code OUTPUT/events} to standard output, one line per event in id
     * order: the lines {@code dyad events} writes for the same documents, for comparing the two runners.
     */
    static void printEvents(SparkSession spark, String output) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out),
                false, StandardCharsets.UTF_8);
        spark.read().parquet(output + "/events").orderBy("id").select("record").toLocalIterator()
                .forEachRemaining(r -> {
                    out.print(r.getString(0));
                    out.print('\n');
                });
        out.flush();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** As {@code dyad}: the user's default lexicon file first when it exists, then those given. */
    private static List<Path> userLexicons(List<Path> given) {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path d = base.resolve("dyad").resolve("lexicon.tsv");
        List<Path> all = new ArrayList<>();
        if (Files.isRegularFile(d)) {
            all.add(d);
        }
        all.addAll(given);
        return all;
    }

    /**
     * A session for the job. In local mode: no web UI, loopback only, and Spark's scratch space (shuffle
     * files, the SQL warehouse it never uses) under the temporary directory, so nothing lands beside
     * OUTPUT's tables but there.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("dyad");
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        b.master(m);
        if (m.startsWith("local")) {
            String tmp = System.getProperty("java.io.tmpdir");
            b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.warehouse.dir", Path.of(tmp, "dyad-spark-warehouse").toUri().toString());
        }
        return b.getOrCreate();
    }

    /**
     * How many partitions the documents are spread over unless told: eight per core, so that the cores
     * finish together even when articles take very different times to code.
     */
    public static int defaultPartitions(SparkSession spark) {
        return 8 * spark.sparkContext().defaultParallelism();
    }

    private static boolean exists(SparkSession spark, String output) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String table : new String[] {"events", "documents", "rejected"}) {
                if (fs.exists(new org.apache.hadoop.fs.Path(out, table))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Codes the inputs and writes {@code events/}, {@code documents/} and {@code rejected/} under
     * {@code output}; answers what it did. The documents are coded once: their rows are kept (memory, then
     * the local disk) while the three tables are written from them.
     */
    public static Summary code(SparkSession spark, List<String> inputs, String output, JobConfig config) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        InputListing.Listing listing = InputListing.list(hadoop, inputs);
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(new Configuration(hadoop)));
        Broadcast<JobConfig> job = sc.broadcast(config);
        if (sc.master().startsWith("local")) {
            // the driver is the executor: load the models now, once, and fail here on a bad lexicon
            ExecutorPipeline.get(config);
        }
        // A file of one document is one task, or nearly: the files go out longest first, so that the
        // long articles are not left for the end while the other cores wait. Spark starts a stage's tasks
        // in partition order, and the longest files fill the first partitions.
        List<InputFile> single = new ArrayList<>();
        List<InputFile> many = new ArrayList<>();
        for (InputFile f : listing.files()) {
            (InputReader.holdsManyDocuments(f.path()) ? many : single).add(f);
        }
        single.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::source));
        JavaRDD<DocItem> singles = sc.parallelize(single, Math.max(1, Math.min(single.size(), SLICES_PER_PARTITION
                * config.partitions()))).flatMap(f -> FileReading.of(f, conf.value()));
        // a JSON Lines or WARC file holds many documents: spread them so every core codes some (a folder of
        // single documents has no such file, and gets no shuffle and no empty tasks for them)
        JavaRDD<DocItem> items = singles;
        if (!many.isEmpty()) {
            items = items.union(sc.parallelize(many, Math.min(many.size(), config.partitions()))
                    .flatMap(f -> FileReading.of(f, conf.value()))
                    .repartition(config.partitions()));
        }
        if (!listing.rejected().isEmpty()) {
            items = items.union(sc.parallelize(listing.rejected(), 1));
        }
        JavaRDD<Row> rows = items.flatMap(item -> OutputRows.of(item, ExecutorPipeline.get(job.value()),
                ExecutorPipeline.extraction()));
        Dataset<Row> all = spark.createDataFrame(rows, OutputRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long documents = 0;
            long rejected = 0;
            long events = 0;
            // one file per core and table: writing a Parquet file costs the same whether it holds ten rows or a
            // thousand, so a file for every small coding task would cost more than the rows; the count reads
            // as many slices, since a task per small coding slice would cost more than the counting
            int files = Math.max(1, Math.min(config.partitions(), sc.defaultParallelism()));
            for (Row r : all.coalesce(files).groupBy("kind").count().collectAsList()) {
                switch (r.getString(0)) {
                    case OutputRows.DOCUMENT -> documents = r.getLong(1);
                    case OutputRows.REJECTED -> rejected = r.getLong(1);
                    case OutputRows.EVENT -> events = r.getLong(1);
                    case OutputRows.REFUSED_DOCUMENT -> { } // counted by its rejection row
                    default -> throw new IllegalStateException("unknown row kind " + r.getString(0));
                }
            }
            write(all, files, OutputRows.EVENT_COLUMNS, OutputRows.EVENT).partitionBy("event_month").parquet(output + "/events");
            write(all, files, OutputRows.DOCUMENT_COLUMNS, OutputRows.DOCUMENT, OutputRows.REFUSED_DOCUMENT)
                    .parquet(output + "/documents");
            write(all, files, OutputRows.REJECTED_COLUMNS, OutputRows.REJECTED).parquet(output + "/rejected");
            return new Summary(documents, rejected, events);
        } finally {
            all.unpersist();
            job.destroy();
            conf.destroy();
        }
    }

    private static DataFrameWriter<Row> write(Dataset<Row> all, int files, String[] columns, Object... kinds) {
        return all.coalesce(files).filter(functions.col("kind").isin(kinds))
                .selectExpr(columns)
                .write();
    }
}
