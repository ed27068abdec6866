package dev.dyad.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotator;
import java.lang.reflect.Field;
import java.util.Properties;

/**
 * SUTime for one document at a time, its answers depending on that document alone.
 *
 * <p>SUTime's rules remember the tense a weekday or a part of the day was last seen in by tagging the
 * value its rule environment holds for that word ({@code "held talks on Thursday"} tags THURSDAY with
 * "resolve to the past"), and the tag outlives the document: a later article's "Thursday" in a
 * present-tense sentence then resolves to last week instead of this week. So the dates of an article
 * depended on which articles were read before it, and beside it on other threads, and two runners that
 * read a corpus in different orders disagreed. This annotator clears those tags before each document;
 * within a document they still carry from sentence to sentence, as SUTime means them to.
 *
 * <p>Not thread-safe: the rule environment is its own mutable state; one document uses it at a time.
 */
final class DocumentTimeAnnotator {
    /** The tag SUTime's tense rules set on a value (its {@code VTag(..., "resolveTo", ...)} actions). */
    private static final String RESOLVE_TO = "resolveTo";

    private final TimeAnnotator annotator;
    private final Env env;

    DocumentTimeAnnotator(Properties properties) {
        this.annotator = new TimeAnnotator("sutime", properties);
        this.env = environmentOf(annotator);
    }

    /** Annotates one document's sentences, from SUTime's state as it was built. */
    void annotate(Annotation document) {
        for (Object variable : env.getVariables().values()) {
            if (variable instanceof Value<?> v) {
                Tags tags = v.getTags();
                if (tags != null && tags.hasTag(RESOLVE_TO)) {
                    tags.removeTag(RESOLVE_TO);
                }
            }
        }
        annotator.annotate(document);
    }

    /**
     * The rule environment inside a time annotator. CoreNLP keeps it private; it is reached by reflection
     * once, when the annotator is built, and a CoreNLP whose fields differ fails here rather than
     * answering differently by the order of documents.
     */
    private static Env environmentOf(TimeAnnotator annotator) {
        try {
            Object extractor = field(annotator, "timexExtractor");
            CoreMapExpressionExtractor<?> rules = (CoreMapExpressionExtractor<?>) field(extractor, "expressionExtractor");
            return rules.getEnv();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this CoreNLP's SUTime is not built as dyad expects: " + e, e);
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
