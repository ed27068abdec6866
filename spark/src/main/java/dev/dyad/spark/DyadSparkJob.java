package dev.dyad.spark;

import dev.dyad.ingest.InputReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
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
 * <p>{@code dyad-spark [--master URL] [--conf spark.KEY=VALUE]... [--partitions N] [--lexicon FILE]... [--fuse]
 * INPUT... OUTPUT}, or {@code dyad-spark [--master URL] [--conf spark.KEY=VALUE]... --fuse-only OUTPUT} for the
 * fusion pass alone over an earlier output; {@code --conf} as spark-submit's.
 * Without {@code --master} (and without a master set by {@code spark-submit}) it runs in local mode on
 * every core. The driver lists the files; the executors read them, spread the documents over the
 * partitions, and build their pipeline once per JVM from the configuration, which is all that travels.
 * A file, record or document that cannot be read or coded becomes a row of {@code rejected/}; the job
 * goes on. Exit codes as {@code dyad}'s: 0 every document coded, 1 some rejected, 2 usage (an OUTPUT that
 * cannot be written included), 3 none coded, also when the job could not run or was aborted (a master that
 * cannot be reached, a stage that failed on every try); then one line on standard error says why.
 */
public final class DyadSparkJob {
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int NOTHING_PROCESSED = 3;
    /** At most this many tasks per partition of the job read and code the files of one document each. */
    static final int SLICES_PER_PARTITION = 8;
    /**
     * An executor's heap unless {@code spark.executor.memory} is set, for two cores: over the 88 Zyte pages an
     * executor of two cores held 0.55 GB once the models were loaded and at most 1.1 GB while coding; the rest
     * is room for the collector and Spark's own buffers (README, "On a cluster").
     */
    static final String EXECUTOR_MEMORY = "3g";
    /** Spark's own Log4j 2 profile, a resource of its jars (spark-common-utils) since Spark 3.3. */
    private static final String SPARK_LOG_PROFILE = "org/apache/spark/log4j2-defaults.properties";
    /** How long the driver tries to reach a standalone master before saying it cannot. */
    private static final int CONNECT_MILLIS = 5_000;

    private static final String USAGE_LINE = "usage: dyad-spark [--master URL] [--conf KEY=VALUE]... [--partitions N] "
            + "[--lexicon FILE]... [--fuse] INPUT... OUTPUT\n       dyad-spark [--master URL] [--conf KEY=VALUE]... "
            + "--fuse-only OUTPUT\n"
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
        Map<String, String> conf = new LinkedHashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = value(args, ++i, "--master");
                    case "--conf" -> {
                        String kv = value(args, ++i, "--conf");
                        int eq = kv.indexOf('=');
                        if (eq < 1 || !kv.startsWith("spark.")) {
                            throw new IllegalArgumentException("--conf takes spark.KEY=VALUE, not " + kv);
                        }
                        conf.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
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
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        String unreachable = unreachable(m);
        if (unreachable != null) {
            err.println("dyad-spark: " + unreachable);
            return NOTHING_PROCESSED;
        }
        SparkSession spark = null;
        try {
            spark = session(m, conf);
            if (printEvents) {
                printEvents(spark, output);
                return OK;
            }
            if (fuseOnly) {
                long n = FusionPass.run(spark, output);
                err.printf(Locale.ROOT, "dyad-spark: %d fused events -> %s/fused%n", n, output);
                return OK;
            }
            String refused = refusedOutput(spark, output);
            if (refused != null) {
                err.println("dyad-spark: " + refused);
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
        } catch (Exception e) {
            // Spark throws its SparkException undeclared; whatever stopped the job, the user gets its first line
            err.println("dyad-spark: the job did not run to its end: " + firstLine(e));
            return NOTHING_PROCESSED;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getName();
        }
        List<String> lines = m.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        // "Error while instantiating 'X':" says why on its next line, or in its cause
        if (lines.get(0).endsWith(":")) {
            if (lines.size() > 1) {
                return lines.get(0) + " " + lines.get(1);
            }
            if (e.getCause() != null && e.getCause() != e) {
                return lines.get(0) + " " + firstLine(e.getCause());
            }
        }
        return lines.get(0);
    }

    /**
     * Why a standalone master ({@code spark://HOST:PORT[,HOST:PORT...]}) cannot be reached, or null when one
     * of its hosts answers, or for any other kind of master. Spark itself would retry for a minute and then
     * stop the job with a stack trace for each try.
     */
    static String unreachable(String master) {
        if (!master.startsWith("spark://")) {
            return null;
        }
        String why = null;
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                return "the master URL " + master + " has no port number after " + hostPort.substring(0, colon);
            }
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
                return null;
            } catch (IOException e) {
                why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
        }
        return "cannot reach the Spark master " + master + " (" + why + "); nothing was run";
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
     * OUTPUT's tables but there. On a cluster, unless set otherwise ({@code --conf} of spark-submit, or
     * {@code -Dspark...}): executors of {@link #EXECUTOR_MEMORY} with the deep thread stacks the parser needs.
     * Everywhere: warnings only, on the driver and the executors.
     */
    public static SparkSession session(String master) {
        return session(master, Map.of());
    }

    /** A session for the job, with these settings over those of spark-submit or {@code -Dspark...}. */
    static SparkSession session(String master, Map<String, String> conf) {
        SparkSession.Builder b = SparkSession.builder().appName("dyad");
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        b.master(m);
        // what spark-submit, -D options or --conf set
        SparkConf given = new SparkConf();
        conf.forEach(given::set);
        conf.forEach(b::config);
        if (m.startsWith("local")) {
            String tmp = System.getProperty("java.io.tmpdir");
            b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.warehouse.dir", Path.of(tmp, "dyad-spark-warehouse").toUri().toString());
        } else {
            if (!given.contains("spark.executor.memory")) {
                b.config("spark.executor.memory", EXECUTOR_MEMORY);
            }
            String opts = given.get("spark.executor.extraJavaOptions", "");
            if (!opts.contains("-Xss")) {
                // CoreNLP's parser recurses deeply on long sentences
                opts = "-Xss16m " + opts;
            }
            if (!opts.contains("log4j2.configurationFile")) {
                // An executor without a Log4j file of its own (Spark's default profile) drops the level the driver
                // sends it as it registers, and logs at INFO; started from Spark's own profile named as a file, it
                // keeps it. A cluster that wants its own file on the executors names it in extraJavaOptions.
                opts = opts + " -Dlog4j2.configurationFile=" + SPARK_LOG_PROFILE;
            }
            b.config("spark.executor.extraJavaOptions", opts.strip());
        }
        // Spark's own configuration logs at INFO on a cluster (a thousand lines an executor); the executors
        // take the driver's level as they register (CoreNLP's notes are silenced by ExecutorPipeline)
        if (!given.contains("spark.log.level")) {
            b.config("spark.log.level", "WARN");
        }
        if (!given.contains("spark.executor.syncLogLevel.enabled")) {
            b.config("spark.executor.syncLogLevel.enabled", "true");
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

    /**
     * Why OUTPUT cannot take the job's tables, or null: it holds an earlier run's tables, or it cannot be
     * created (checked on the driver, before any work).
     */
    private static String refusedOutput(SparkSession spark, String output) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String table : new String[] {"events", "documents", "rejected"}) {
                if (fs.exists(new org.apache.hadoop.fs.Path(out, table))) {
                    return output + " already holds a job's output; give a new OUTPUT";
                }
            }
            if (fs.exists(out) ? !fs.getFileStatus(out).isDirectory() : !fs.mkdirs(out)) {
                return "cannot write " + output + ": " + (fs.exists(out) ? "it is a file" : "cannot create the folder");
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot write " + output + ": " + firstLine(e);
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
            // blocking: the executors' answers must not arrive after the session stops (Spark prints a stack
            // trace for each answer whose thread pool is gone)
            all.unpersist(true);
            job.destroy(true);
            conf.destroy(true);
        }
    }

    private static DataFrameWriter<Row> write(Dataset<Row> all, int files, String[] columns, Object... kinds) {
        return all.coalesce(files).filter(functions.col("kind").isin(kinds))
                .selectExpr(columns)
                .write();
    }
}
