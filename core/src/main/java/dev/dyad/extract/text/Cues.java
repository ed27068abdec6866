package dev.dyad.extract.text;

import dev.dyad.text.DataFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate phrases of {@code boilerplate.tsv}: what a line of page furniture says, the reason it
 * is dropped, and how far the drop reaches ({@link Role}). Loaded and validated once; immutable and
 * thread-safe.
 */
public final class Cues {
    /** How far a cue's drop reaches. */
    public enum Role {
        /** The line alone. */
        LINE,
        /** The line, and lines sandwiched between two hits of the same reason. */
        BLOCK,
        /** The line and the short lines listed under it. */
        HEADING,
        /** As {@link #HEADING}, and the article does not go on past it. */
        END
    }

    /** One cue: a reason, a role and the pattern a line must contain. */
    public record Cue(String reason, Role role, Pattern pattern) {
        public Cue {
            Objects.requireNonNull(pattern, "pattern");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("cue without a reason");
            }
            Objects.requireNonNull(role, "role");
        }
    }

    /** Lines longer than this are running text, never furniture; matching them would only cost time. */
    static final int MAX_LINE = 400;

    private static final List<Role> PRIORITY = List.of(Role.END, Role.HEADING, Role.BLOCK, Role.LINE);

    private static final Cues DEFAULT = load("boilerplate.tsv");

    private final List<Cue> cues;
    private final boolean[] anchored;

    private Cues(List<Cue> cues) {
        // the farthest-reaching role first: "Comments" heading a comment section is more than a button
        List<Cue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt(c -> PRIORITY.indexOf(c.role())));
        this.cues = List.copyOf(sorted);
        anchored = new boolean[sorted.size()];
        for (int k = 0; k < anchored.length; k++) {
            anchored[k] = anchored(sorted.get(k).pattern().pattern());
        }
    }

    /**
     * True when a pattern can only match at the start of a line: it opens with {@code ^} and has no
     * {@code |} outside brackets and groups.
     */
    static boolean anchored(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** The cues shipped with dyad. */
    public static Cues standard() {
        return DEFAULT;
    }

    /** Cues from a classpath resource beside this class; a malformed line fails with its line number. */
    static Cues load(String resource) {
        return of(DataFile.load(Cues.class, resource, 3, 3));
    }

    /** Cues from the text of a data file, for tests. */
    static Cues parse(String name, String content) {
        try {
            return of(DataFile.parse(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), 3, 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cues of(List<DataFile.Line> lines) {
        List<Cue> cues = new ArrayList<>();
        for (DataFile.Line line : lines) {
            Role role;
            try {
                role = Role.valueOf(line.field(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown role '" + line.field(1) + "' (line, block, heading or end)");
            }
            Pattern p;
            try {
                p = Pattern.compile(line.field(2), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern: " + e.getDescription());
            }
            if (p.matcher("").find()) {
                throw line.error("pattern matches an empty line: " + line.field(2));
            }
            cues.add(new Cue(line.field(0), role, p));
        }
        return new Cues(cues);
    }

    /** The cue the line contains, if any: the farthest-reaching one, and of those the first in the file. */
    public Optional<Cue> match(String line) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return Optional.empty();
        }
        for (int k = 0; k < cues.size(); k++) {
            Matcher m = cues.get(k).pattern().matcher(line);
            // a pattern tied to the line's start is tried there only, not at every position
            if (anchored[k] ? m.lookingAt() : m.find()) {
                return Optional.of(cues.get(k));
            }
        }
        return Optional.empty();
    }
}
