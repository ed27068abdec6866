package dev.dyad.app;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output as records need it: UTF-8 whatever the platform's default, buffered, newline "\n". */
final class Output {
    private Output() {
    }

    static PrintStream stdout() {
        return new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                print(x);
                print('\n');
            }
        };
    }
}
