package dev.dyad.extract.html;

import java.util.function.LongConsumer;

/** Words of a text as hashes of their lower-cased letters and digits, for cheap overlap tests. Stateless. */
final class Words {
    private Words() {
    }

    /** Calls {@code sink} with a hash of each run of letters or digits, in order. */
    static void each(String text, LongConsumer sink) {
        long h = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = h * 1_000_003L + Character.toLowerCase(c);
                in = true;
            } else if (in) {
                sink.accept(h);
                h = 0;
                in = false;
            }
        }
        if (in) {
            sink.accept(h);
        }
    }
}
