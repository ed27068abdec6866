package dev.dyad.actors;

/**
 * What a title, apposition or role phrase says about someone; from and to are its tokens, -1 where none.
 * {@code ofBody}: the office is held in a body the text names ("president of the Farm Bureau"), whose sector,
 * null where not known, is the person's: such a title says nothing of a government.
 */
record Description(String code, String sector, String office, int from, int to, boolean ofBody) {
    static final Description NONE = new Description(null, null, null, -1, -1);

    Description(String code, String sector, String office, int from, int to) {
        this(code, sector, office, from, to, false);
    }
}
