package dev.dyad.model;

/**
 * One token of a parsed sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as written
 * @param lemma its dictionary form
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, {@code DATE},
 *              {@code TIME}, {@code DURATION}, {@code NUMBER}, …) or {@code O}
 * @param start character offset in its field's text (inclusive)
 * @param end   character offset in its field's text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for " + word);
        }
        if (word == null || word.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(word.codePointAt(0));
    }
}
