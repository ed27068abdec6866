package dev.dyad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A knowledge file: UTF-8 text, one entry a line, fields separated by tabs, {@code #} comments and blank
 * lines ignored. Every file names where its facts came from in a {@code # source:} line. Loading
 * checks every line and fails with the file name and line number of the first bad one: a broken data
 * file is a build-time error, never a silent gap at run time.
 */
public final class DataFile {
    /** One entry: its fields and where it stands. */
    public record Line(String file, int number, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }

        /** An {@link IllegalArgumentException} naming this line. */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + number + ": " + message);
        }
    }

    private DataFile() {
    }

    /** Loads a classpath resource relative to {@code anchor}, requiring between min and max fields a line. */
    public static List<Line> load(Class<?> anchor, String resource, int minFields, int maxFields) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource + " beside " + anchor.getName());
        }
        try (in) {
            return parse(resource, in, minFields, maxFields);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    public static List<Line> parse(String name, InputStream in, int minFields, int maxFields) throws IOException {
        List<Line> lines = new ArrayList<>();
        boolean sourced = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String s = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
                if (s.isBlank()) {
                    continue;
                }
                if (s.startsWith("#")) {
                    sourced |= s.startsWith("# source:");
                    continue;
                }
                List<String> fields = Arrays.stream(s.split("\t", -1)).map(String::strip).toList();
                if (fields.size() < minFields || fields.size() > maxFields) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected "
                            + (minFields == maxFields ? minFields : minFields + " to " + maxFields)
                            + " tab-separated fields, found " + fields.size());
                }
                for (int i = 0; i < minFields; i++) {
                    if (fields.get(i).isEmpty()) {
                        throw new IllegalArgumentException(name + ":" + n + ": field " + (i + 1) + " is empty");
                    }
                }
                lines.add(new Line(name, n, fields));
            }
        }
        if (!sourced) {
            throw new IllegalArgumentException(name + ": no '# source:' line says where its entries come from");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + ": no entries");
        }
        return lines;
    }
}
