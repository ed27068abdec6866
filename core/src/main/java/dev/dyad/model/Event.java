package dev.dyad.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One political event an article reports, coded in PLOVER 2.0, with dyad's modality and grounded date.
 *
 * @param id         stable: the same document gives the same ids in every run, on every runner
 * @param source     the document's source
 * @param event      one of PLOVER's 16 types
 * @param mode       PLOVER mode, or null
 * @param context    PLOVER contexts
 * @param modality   {@code asserted}, {@code future}, {@code hypothetical} or {@code negated}
 * @param historical the event lies more than 30 days before publication
 * @param date       when
 * @param actor      who did it (a list: compound and reciprocal actors)
 * @param recipient  to whom (a list, possibly empty)
 * @param location   where, or null
 * @param evidence   the sentence that says most of it
 * @param mentions   the other sentences of the article that report the same event
 * @param quadClass  PLOVER's quad class of the type
 * @param intensity  PLOVER's intensity of the type and mode
 * @param confidence how sure the coder is, 0 to 1
 * @param rule       the trigger rule that fired
 * @param decidedBy  what decided the event: a trained model and its score, or the rule
 */
public record Event(String id, String source, String event, String mode, List<String> context, String modality,
                    boolean historical, EventDate date, List<Participant> actor, List<Participant> recipient,
                    Place location, Evidence evidence, List<Evidence> mentions, String quadClass, double intensity,
                    double confidence, String rule, DecidedBy decidedBy) {
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    public static final Set<String> MODALITIES = Set.of("asserted", "future", "hypothetical", "negated");

    /** What decided an event: a trained model with the probability it gave the type, or a hand rule. */
    public record DecidedBy(String model, Double score, String rule) {
        public static DecidedBy model(String model, double score) {
            return new DecidedBy(model, Math.round(score * 1000) / 1000.0, null);
        }

        public static DecidedBy rule(String rule) {
            return new DecidedBy(null, null, rule);
        }
    }

    /** An event a hand rule decided: its rule is what decided it. */
    public Event(String id, String source, String event, String mode, List<String> context, String modality,
                 boolean historical, EventDate date, List<Participant> actor, List<Participant> recipient,
                 Place location, Evidence evidence, List<Evidence> mentions, String quadClass, double intensity,
                 double confidence, String rule) {
        this(id, source, event, mode, context, modality, historical, date, actor, recipient, location, evidence, mentions,
                quadClass, intensity, confidence, rule, DecidedBy.rule(rule));
    }

    /** A sentence that reports the event, with its offsets in the body. */
    public record Evidence(String sentence, int start, int end, String trigger) {
    }

    public Event {
        Objects.requireNonNull(id, "id");
        if (!TYPES.contains(event)) {
            throw new IllegalArgumentException("not a PLOVER event type: " + event);
        }
        if (!MODALITIES.contains(modality)) {
            throw new IllegalArgumentException("not a modality: " + modality);
        }
        context = List.copyOf(context == null ? List.of() : context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient == null ? List.of() : recipient);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        decidedBy = decidedBy == null ? DecidedBy.rule(rule) : decidedBy;
        if (actor.isEmpty()) {
            throw new IllegalArgumentException("an event needs an actor");
        }
    }
}
