package dev.dyad.actors;

/** What a title, apposition or role phrase says about someone; from and to are its tokens, -1 where none. */
record Description(String code, String sector, String office, int from, int to) {
    static final Description NONE = new Description(null, null, null, -1, -1);
}
