package dev.dyad.text;

/** White space as news pages carry it: non-breaking, thin, zero-width and other odd spaces. */
public final class Whitespace {
    private Whitespace() {
    }

    /** True for any character that should read as a plain space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680' || c == '\u000B' || c == '\f';
    }

    /** Characters that take no room at all and are dropped. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** One line: odd spaces become plain ones, runs collapse, ends are trimmed; invisible characters go. */
    public static String line(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c) || c == '\n' || c == '\r') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Normalises line ends to {@code \n} and each line as {@link #line}, keeping the line structure. */
    public static String lines(String s) {
        String[] parts = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .split("\n", -1);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(line(parts[i]));
        }
        return b.toString();
    }
}
