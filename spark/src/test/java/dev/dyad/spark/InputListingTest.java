package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.ingest.InputItem;
import dev.dyad.ingest.InputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing names files as the local runner does: the rule that keeps event ids equal. */
class InputListingTest {
    @TempDir
    Path dir;

    private void layout() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("a/one.txt"), "One.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a/b/two.html"), "<p>Two.</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a/README.md"), "passed over", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a/.hidden.txt"), "passed over", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c/three.txt"), "Three.", StandardCharsets.UTF_8);
    }

    private static List<String> local(List<String> inputs) {
        List<String> sources = new ArrayList<>();
        new InputReader().read(inputs, (InputItem item) -> sources.add(item.source()));
        return sources;
    }

    private static List<String> spark(List<String> inputs) {
        InputListing.Listing listing = InputListing.list(new Configuration(), inputs);
        List<String> sources = new ArrayList<>();
        listing.files().forEach(f -> sources.add(f.source()));
        listing.rejected().forEach(r -> sources.add(r.source()));
        return sources;
    }

    @Test
    void directoriesAndFilesAreNamedAsTheLocalRunnerNamesThem() throws IOException {
        layout();
        for (List<String> inputs : List.of(List.of(dir.toString()), List.of(dir + "/"), List.of(dir + "/a/one.txt"),
                List.of(dir.resolve("a").toString(), dir.resolve("c/three.txt").toString()))) {
            assertEquals(local(inputs), spark(inputs), inputs.toString());
        }
        assertEquals(List.of(dir + "/a/b/two.html", dir + "/a/one.txt", dir + "/c/three.txt"),
                spark(List.of(dir.toString())));
    }

    @Test
    void aGlobIsNamedAsTheShellWouldHaveExpandedIt() throws IOException {
        layout();
        // what `dyad events DIR/*` would have been given by a shell
        assertEquals(local(List.of(dir + "/a", dir + "/c")), spark(List.of(dir + "/*")));
        assertEquals(List.of(dir + "/a/one.txt", dir + "/c/three.txt"), spark(List.of(dir + "/*/*.txt")));
    }

    @Test
    void anInputThatMatchesNothingIsARejection() {
        InputListing.Listing listing = InputListing.list(new Configuration(), List.of(dir + "/missing"));
        assertTrue(listing.files().isEmpty());
        assertEquals(1, listing.rejected().size());
        assertEquals("unreadable", listing.rejected().get(0).code());
    }

    @Test
    void theFixedPartOfAGlob() {
        assertEquals("corpus", InputListing.fixedPart("corpus/*/text"));
        assertEquals("", InputListing.fixedPart("*.txt"));
        assertEquals("hdfs://nn/x", InputListing.fixedPart("hdfs://nn/x/2024-*/*.warc.gz"));
        assertEquals("corpus/text", InputListing.fixedPart("corpus/text"));
        assertEquals("../corpus/zyte/text/a.txt",
                InputListing.asGiven("../corpus", "file:/data/corpus", "file:/data/corpus/zyte/text/a.txt"));
    }
}
