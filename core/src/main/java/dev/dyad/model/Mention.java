package dev.dyad.model;

/**
 * One place where an article refers to an actor.
 *
 * @param text     the words as written ("Mr Lavrov", "Russia's foreign minister")
 * @param field    {@code title}, {@code subtitle} or {@code body}: what the offsets refer to
 * @param sentence index of the sentence in the parsed article
 * @param start    character offset in the field's text
 * @param end      character offset (exclusive)
 */
public record Mention(String text, String field, int sentence, int start, int end) {
    public Mention {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank mention");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention offsets " + start + ".." + end + " for " + text);
        }
    }
}
