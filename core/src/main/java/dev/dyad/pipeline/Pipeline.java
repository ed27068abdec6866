package dev.dyad.pipeline;

import dev.dyad.actors.ActorResolver;
import dev.dyad.actors.Lexicon;
import dev.dyad.model.Actor;
import dev.dyad.model.Extraction;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import dev.dyad.nlp.Parser;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stages from a raw document to its actors (and, with the events stage, its events), as one
 * object that the local runner and the Spark job both use. Built once per JVM; thread-safe.
 */
public final class Pipeline {
    /** What the pipeline made of one document: its extraction and, when it was read, its parse and actors. */
    public record Result(Extraction extraction, ParsedArticle parsed, List<Actor> actors) {
        public String source() {
            return extraction.source();
        }
    }

    private final ExtractionStage extraction;
    private final Supplier<Parser> parser;
    private final ActorResolver actors;

    public Pipeline(ExtractionStage extraction, Supplier<Parser> parser, Lexicon lexicon) {
        this.extraction = extraction;
        this.parser = parser;
        this.actors = new ActorResolver(lexicon);
    }

    public Result process(RawDocument doc) {
        Extraction e = extraction.process(doc);
        if (!e.ok()) {
            return new Result(e, null, List.of());
        }
        if (e.article().paragraphs().isEmpty() && e.article().title() == null) {
            return new Result(Extraction.rejected(doc.source(), new Rejection("no_article",
                    "no article text found in the page")), null, List.of());
        }
        try {
            ParsedArticle parsed = parser.get().parse(e.article());
            return new Result(e, parsed, actors.resolve(parsed));
        } catch (RuntimeException ex) {
            return new Result(Extraction.rejected(doc.source(), new Rejection("internal", "analysis failed: "
                    + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()))), null,
                    List.of());
        }
    }
}
