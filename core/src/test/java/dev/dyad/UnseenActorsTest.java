package dev.dyad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.testing.Corpus;
import dev.dyad.eval.Scores;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.Mention;
import dev.dyad.model.RawDocument;
import dev.dyad.pipeline.Pipeline;
import dev.dyad.testing.Pipelines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Named actors of political pages whose gold was written before dyad ran on them
 * ({@code golden/actors/}, pages from the evaluation corpus beside the repository: Zyte flattened text, or
 * WCXB HTML read as HTML), resolved end to end with CoreNLP's real models. The tuning half may be looked at
 * when the actors stage changes; the checking half is only scored, and is the figure reported first.
 */
class UnseenActorsTest {
    /** Gold actors resolved with the right code and sector, per half; only go up. */
    private static final Map<String, Integer> FLOORS = Map.of("checking", 117, "tuning", 122);

    @Test
    void namedActorsOfPagesNobodyTunedOn() throws IOException {
        Path corpus = Corpus.root().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no evaluation corpus at ../shared/corpus (set DYAD_CORPUS to run it)");
        Path dir = Corpus.repositoryRoot().resolve("core/src/test/resources/golden/actors");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> halves = new TreeMap<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertTrue(golds.size() >= 6, "gold pages: " + golds.size());
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            Path page = corpus.resolve(gold.get("document").asText());
            Pipeline.Result r = Pipelines.full().process(read(page));
            assertTrue(r.extraction().ok(), () -> page + " rejected: " + r.extraction().rejection());
            Scores.ActorScore a = Scores.actors(gold.get("actors"), r.actors().stream()
                    .map(x -> new Scores.PredictedActor(x.name(), x.code(), x.sector(),
                            x.mentions().stream().map(Mention::text).toList())).toList());
            String half = gold.get("half").asText();
            int[] sum = halves.computeIfAbsent(half, h -> new int[2]);
            sum[0] += a.resolved();
            sum[1] += a.actors();
            if (half.equals("tuning")) {
                a.wrong().forEach(w -> System.out.println("  tuning " + g.getFileName().toString().substring(0, 8) + " actor " + w));
            }
        }
        halves.forEach((half, n) -> System.out.printf(Locale.ROOT, "unseen actors, %s half: resolved %d/%d = %.3f%n",
                half, n[0], n[1], n[0] / (double) n[1]));
        FLOORS.forEach((half, floor) -> assertTrue(halves.get(half)[0] >= floor,
                half + " half: " + halves.get(half)[0] + " resolved, below " + floor));
    }

    /** A page as the gold names it: flattened text ({@code .txt}), or gzipped HTML ({@code .html.gz}, WCXB). */
    private static RawDocument read(Path page) throws IOException {
        String name = page.getFileName().toString();
        if (!name.endsWith(".html.gz")) {
            return new RawDocument(name, Files.readAllBytes(page), MediaType.TEXT, null, DocumentHints.NONE);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return new RawDocument(name.substring(0, name.length() - ".gz".length()), in.readAllBytes(), MediaType.HTML,
                    null, DocumentHints.NONE);
        }
    }
}
