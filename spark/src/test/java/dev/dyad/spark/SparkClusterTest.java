package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./dyad-spark --master spark://…} on a real standalone cluster: a master and a worker started from
 * Spark's own classes (the jars of {@code spark/target/spark-lib}, the Spark home they build executors from),
 * as child JVMs on 127.0.0.1. The job codes the bundled articles ({@code samples/}), its models staged on the
 * worker ({@code DYAD_SPARK_MODELS=local:…}), and its events are those of {@code ./dyad events samples}, id for
 * id and line for line; neither the driver nor the executor logs below WARN once the executor has registered.
 * A master nobody listens for is one line and exit 3.
 *
 * <p>With {@code -Ddyad.cluster.kill=true}, also: the job runs again, its models shipped with it, and its
 * executor is killed ({@code kill -9}) once a task has finished; Spark's retries on a new executor give the
 * same events. It takes over two minutes more (two executors load the models), so the default build leaves it
 * out: {@code mvn -B -pl spark -am verify -Dtest=SparkClusterTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddyad.cluster.kill=true}.
 *
 * <p>Runs after {@code package} (the launcher uses the job jar and {@code spark/target/lib}), in the build's
 * {@code cluster-test} execution, which sets {@code dyad.cluster}. Every process it starts is killed at the
 * end, the executors first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "dyad.cluster", matches = "true")
class SparkClusterTest {
    /** The worker's memory: one executor of the job's default heap ({@link DyadSparkJob#EXECUTOR_MEMORY}). */
    private static final String WORKER_MEMORY = "3g";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    static Path tmp;

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final List<Process> cluster = new ArrayList<>();
    private String masterUrl;
    private Process worker;
    private final List<String> localEvents = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        Path home = tmp.resolve("spark-home");
        Files.createDirectories(home);
        // the worker builds each executor's class path from SPARK_HOME/jars
        Files.createSymbolicLink(home.resolve("jars"), root.resolve("spark/target/spark-lib"));
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        cluster.add(daemon(home, "org.apache.spark.deploy.master.Master", "master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitLine(tmp.resolve("master.log"), "I have been elected leader", Duration.ofSeconds(60));
        worker = daemon(home, "org.apache.spark.deploy.worker.Worker", "worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", WORKER_MEMORY, "--webui-port", String.valueOf(freePort()),
                "--work-dir", tmp.resolve("work").toString(), masterUrl);
        cluster.add(worker);
        awaitLine(tmp.resolve("worker.log"), "Successfully registered with master", Duration.ofSeconds(60));

        // the local command, on the same folder given the same way (sources, and so ids, are named from it)
        Run local = run(List.of("./dyad", "events", "samples"), Map.of(), null);
        assertTrue(local.exit() == 0 || local.exit() == 1, local.err());
        for (String line : local.out().split("\n")) {
            if (line.startsWith("{\"id\":")) {
                localEvents.add(line);
            }
        }
        assertFalse(localEvents.isEmpty(), local.out());
    }

    @AfterAll
    void stop() {
        // the executors are the worker's children: killed first, so none outlives the test
        for (int i = cluster.size() - 1; i >= 0; i--) {
            cluster.get(i).descendants().forEach(ProcessHandle::destroyForcibly);
            cluster.get(i).destroyForcibly();
        }
        for (Process p : cluster) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void theClusterCodesTheSamplesAsTheLocalCommandDoes() throws Exception {
        Path out = tmp.resolve("out");
        List<Path> before = applications();
        Run job = run(List.of("./dyad-spark", "--master", masterUrl, "--conf", "spark.ui.enabled=false", "samples",
                out.toString()), Map.of("DYAD_SPARK_MODELS", "local:" + models()), null);
        assertEquals(0, job.exit(), job.err());
        assertSameEvents(printEvents(out));
        // warnings only, on the driver and on the executor once it has registered
        assertFalse(job.err().contains(" INFO "), job.err());
        assertFalse(executorLog().contains("No document date"));
        // what the executor fetched: the job jar and lib/, not the staged models, DuckDB or Spark's own jars
        long shipped = 0;
        for (Path app : applications()) {
            if (!before.contains(app)) {
                shipped += jarBytes(app);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "SparkClusterTest: %d bytes of jars fetched by the job's executor%n", shipped);
        assertTrue(shipped > 0 && shipped < 40_000_000L, "fetched " + shipped + " bytes");
    }

    private List<Path> applications() throws IOException {
        Path work = tmp.resolve("work");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> apps = Files.list(work)) {
            return apps.toList();
        }
    }

    private static long jarBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "dyad.cluster.kill", matches = "true")
    void anExecutorKilledMidJobIsReplacedAndTheEventsAreTheSame() throws Exception {
        Path out = tmp.resolve("out-killed");
        int ui = freePort();
        Run job = run(List.of("./dyad-spark", "--master", masterUrl, "--conf", "spark.ui.port=" + ui,
                "--conf", "spark.ui.showConsoleProgress=false", "samples", out.toString()),
                Map.of(), p -> killExecutorAfterFirstTask(p, ui));
        assertEquals(0, job.exit(), job.err());
        assertTrue(job.err().contains("Lost executor"), job.err());
        assertSameEvents(printEvents(out));
    }

    @Test
    void aMasterNobodyListensForIsOneLineAndExitThree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run job = run(List.of("./dyad-spark", "--master", "spark://127.0.0.1:" + port, "samples",
                tmp.resolve("out-nowhere").toString()), Map.of(), null);
        assertEquals(DyadSparkJob.NOTHING_PROCESSED, job.exit(), job.err());
        assertEquals(1, job.err().strip().lines().count(), job.err());
        assertTrue(job.err().startsWith("dyad-spark: cannot reach the Spark master"), job.err());
    }

    private void assertSameEvents(List<String> spark) {
        assertEquals(new TreeSet<>(ids(localEvents)), new TreeSet<>(ids(spark)));
        TreeSet<String> missing = new TreeSet<>(localEvents);
        spark.forEach(missing::remove);
        TreeSet<String> extra = new TreeSet<>(spark);
        localEvents.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "only local: " + missing + "\nonly spark: " + extra);
        assertEquals(localEvents.size(), spark.size());
    }

    private static List<String> ids(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (String l : lines) {
            try {
                ids.add(Records.mapper().readTree(l).get("id").asText());
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }
        return ids;
    }

    private List<String> printEvents(Path out) throws Exception {
        Run r = run(List.of("./dyad-spark", "--print-events", out.toString()), Map.of(), null);
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().toList();
    }

    /**
     * Waits, through the driver's REST API, until a task of the job has finished while others still run, then
     * kills the executor's JVM as {@code kill -9} would.
     */
    private void killExecutorAfterFirstTask(Process job, int uiPort) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        String base = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        while (job.isAlive() && System.nanoTime() < deadline) {
            try {
                JsonNode apps = get(http, base);
                if (apps.isArray() && !apps.isEmpty()) {
                    String app = apps.get(0).get("id").asText();
                    for (JsonNode stage : get(http, base + "/" + app + "/stages?status=active")) {
                        if (stage.path("numCompleteTasks").asInt() > 0 && stage.path("numActiveTasks").asInt() > 0) {
                            Optional<ProcessHandle> executor = worker.descendants()
                                    .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                                    .findFirst();
                            if (executor.isPresent()) {
                                executor.get().destroyForcibly();
                                return;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the driver's UI is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(200);
        }
        throw new AssertionError("the job ended, or ran " + JOB_TIMEOUT + ", before the executor could be killed");
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Records.mapper().readTree(r.body());
    }

    private String executorLog() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(tmp.resolve("work"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().equals("stderr"))::iterator) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    /** A Spark daemon JVM from Spark's jars, everything on 127.0.0.1, its scratch space under the test's folder. */
    private Process daemon(Path home, String mainClass, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m"));
        cmd.addAll(Arrays.asList(System.getProperty("spark.jvm.opens", "").split("\\s+")));
        cmd.removeIf(String::isEmpty);
        cmd.addAll(List.of("-cp", root.resolve("spark/target/spark-lib") + "/*", mainClass));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().putAll(Map.of("SPARK_HOME", home.toString(), "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_DIRS", tmp.resolve("scratch").toString()));
        return pb.start();
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs a command in the repository's root, with these environment variables; {@code during} runs beside it. */
    private Run run(List<String> cmd, Map<String, String> env, Consumer<Process> during) throws Exception {
        String name = cmd.get(0).substring(2) + "-" + System.nanoTime();
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                        Path.of("/dev/null").toFile()));
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("DYAD_JAVA_OPTS", "-Xss16m -Xmx2g -XX:+UseParallelGC");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (during != null) {
                during.accept(p);
            }
            if (!p.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(cmd + " did not end within " + JOB_TIMEOUT + ":\n" + read(err));
            }
            return new Run(p.exitValue(), read(out), read(err));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** CoreNLP's models jar as the build copied it: on this one-machine cluster, every worker has it. */
    private Path models() throws IOException {
        try (Stream<Path> jars = Files.list(root.resolve("spark/target/models"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no models jar in spark/target/models"));
        }
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void awaitLine(Path log, String text, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("no \"" + text + "\" in " + log + " within " + timeout + ":\n"
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
