package dev.dyad.store;

import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Extraction;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for the crash test: ingests a folder into a store through {@link StoreIngest}, with
 * events read from each document's lines ("TYPE ACTOR RECIPIENT YYYY-MM-DD") instead of language
 * models, printing a line after each document it stores. Arguments: the store, the folder.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(Path.of(args[0]), Duration.ofSeconds(30))) {
            StoreIngest.Counts c = new StoreIngest(store, CrashIngestMain::analyse, 2).run(List.of(args[1]), System.in,
                    new StoreIngest.Listener() {
                        @Override
                        public void progress(StoreIngest.Counts counts) {
                            System.out.println("stored " + counts.stored());
                            System.out.flush();
                        }

                        @Override
                        public void rejected(String source, Rejection rejection) {
                        }
                    });
            System.out.println("done " + c.stored() + " " + c.skipped());
        }
    }

    /** Events from the document's lines; the article is its text. */
    static Pipeline.Result analyse(RawDocument doc) {
        String text = new String(doc.bytes(), StandardCharsets.UTF_8);
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 4) {
                events.add(StoreFixtures.event("e-" + doc.source().hashCode() + "-" + n++, doc.source(), f[0], "asserted",
                        StoreFixtures.day(f[3]), f[1], f[2], null));
            }
        }
        Article a = new Article(doc.source(), "Document " + doc.source(), null, List.of(), "2018-06-01", "en", null,
                List.of(text.trim()), List.of());
        return new Pipeline.Result(Extraction.of(a), null, List.of(), events);
    }
}
