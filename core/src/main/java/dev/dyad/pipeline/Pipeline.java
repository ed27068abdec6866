package dev.dyad.pipeline;

import dev.dyad.actors.ActorResolver;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.EventCoder;
import dev.dyad.events.Triggers;
import dev.dyad.geo.Gazetteer;
import dev.dyad.ingest.Limits;
import dev.dyad.model.Actor;
import dev.dyad.model.Event;
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
    public record Result(Extraction extraction, ParsedArticle parsed, List<Actor> actors, List<Event> events) {
        public String source() {
            return extraction.source();
        }
    }

    private final ExtractionStage extraction;
    private final Supplier<Parser> parser;
    private final ActorResolver actors;
    private final EventCoder coder;

    /** A pipeline that stops at actors. */
    public Pipeline(ExtractionStage extraction, Supplier<Parser> parser, Lexicon lexicon) {
        this(extraction, parser, lexicon, null);
    }

    /** The whole pipeline, to events. */
    public Pipeline(ExtractionStage extraction, Supplier<Parser> parser, Lexicon lexicon, Triggers triggers) {
        this.extraction = extraction;
        this.parser = parser;
        this.actors = new ActorResolver(lexicon);
        this.coder = triggers == null ? null : new EventCoder(triggers, lexicon, Gazetteer.builtIn());
    }

    /**
     * The actors of an article parsed before, resolved by this pipeline's actors stage: what a cache of
     * parses needs, since the actors stage changes more often than the parser.
     */
    public List<Actor> actors(ParsedArticle parsed) {
        return actors.resolve(parsed);
    }

    /** A rejected input, as a result. */
    public static Result rejected(String source, Rejection r) {
        return new Result(Extraction.rejected(source, r), null, List.of(), List.of());
    }

    public Result process(RawDocument doc) {
        Extraction e = extraction.process(doc);
        if (!e.ok()) {
            return new Result(e, null, List.of(), List.of());
        }
        int length = e.article().body().length() + (e.article().title() == null ? 0 : e.article().title().length())
                + (e.article().subtitle() == null ? 0 : e.article().subtitle().length());
        if (length > Limits.MAX_ANALYSED_CHARS) {
            return rejected(doc.source(), new Rejection("too_large", "article of " + length
                    + " characters; actors and events analyse at most " + Limits.MAX_ANALYSED_CHARS));
        }
        String language = e.article().language();
        if (language != null && !language.equals("en")) {
            // the models, lexicons and triggers are English: say so rather than code noise
            return rejected(doc.source(), new Rejection("unsupported_language",
                    "article in '" + language + "'; dyad reads English articles"));
        }
        try {
            // only the event coder reads dependencies, and only in sentences holding a trigger word
            ParsedArticle parsed = parser.get().parse(e.article(), coder == null ? tokens -> false : coder::mayCode);
            List<Actor> found = actors.resolve(parsed);
            return new Result(e, parsed, found, coder == null ? List.of() : coder.code(parsed, found));
        } catch (RuntimeException ex) {
            return rejected(doc.source(), new Rejection("internal", "analysis failed: "
                    + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
        }
    }
}
