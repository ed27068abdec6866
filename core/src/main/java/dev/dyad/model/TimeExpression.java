package dev.dyad.model;

/**
 * A time expression found in a sentence, normalised against the document date.
 *
 * @param text       as written ("on Thursday", "next month")
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value as the tagger normalised it ("2018-05-31", "2018-06", "PXW"), or null
 * @param firstToken index of its first token
 * @param lastToken  index of its last token (inclusive)
 * @param start      character offset in the field's text
 * @param end        character offset (exclusive)
 */
public record TimeExpression(String text, String type, String value, int firstToken, int lastToken, int start, int end) {
    public TimeExpression {
        if (lastToken < firstToken || end < start) {
            throw new IllegalArgumentException("bad time expression span for " + text);
        }
    }
}
