package dev.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.text.DateParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcConversion;

/**
 * Reads every input kind of the record formats: files, directories (recursively, in name order, the
 * files of the kinds below; others there are passed over),
 * gzip, JSON Lines, WARC and standard input ({@code -}). Emits one {@link InputItem} per document,
 * in input order; a file, record or line that cannot be read becomes a rejection and reading goes on.
 *
 * <p>Not thread-safe: one reader walks one batch. Documents are handed to the sink as they are read,
 * so a large directory or archive never sits in memory whole.
 */
public final class InputReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The extensions of the files a directory walk reads (each also gzipped). */
    private static final List<String> INPUT_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl",
            ".ndjson", ".warc");

    private final InputStream stdin;
    /** The JSON Lines ids read so far in this batch, so that two documents never share one. */
    private final RecordIds ids = new RecordIds();

    public InputReader() {
        this(System.in);
    }

    public InputReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Reads each input in turn; an input that does not exist becomes a rejection, not an exception.
     * What the sink throws (its output closed, its store full) is not the input's fault: it ends the
     * read and reaches the caller as thrown, and is never taken for an unreadable file.
     */
    public void read(List<String> inputs, Consumer<InputItem> sink) {
        try {
            readAll(inputs, item -> {
                try {
                    sink.accept(item);
                } catch (RuntimeException e) {
                    throw new SinkFailed(e);
                }
            });
        } catch (SinkFailed e) {
            throw e.failure;
        }
    }

    /**
     * The ids of the JSON Lines records of a batch, kept as 64-bit hashes in an open-addressing table (about
     * 16 bytes an id, so that a batch of millions of records stays small); two ids of one hash, a chance of
     * one in billions per pair, would be taken for the same.
     */
    private static final class RecordIds {
        private long[] slots = new long[1024];
        private int size;

        private static long key(String id) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < id.length(); i++) {
                h = (h ^ id.charAt(i)) * 0x100000001b3L;
            }
            return h == 0 ? 1 : h;
        }

        /** Adds the id; answers false when the batch had it already. */
        boolean add(String id) {
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    if (k != 0) {
                        put(k);
                    }
                }
            }
            return put(key(id));
        }

        private boolean put(long k) {
            int mask = slots.length - 1;
            for (int i = (int) (k ^ (k >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == k) {
                    return false;
                }
                if (slots[i] == 0) {
                    slots[i] = k;
                    size++;
                    return true;
                }
            }
        }
    }

    /** Carries what the sink threw past the handlers that turn a reading failure into a rejection. */
    private static final class SinkFailed extends RuntimeException {
        final RuntimeException failure;

        SinkFailed(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** Rethrows what the sink threw; any other failure is the input's, for a rejection to describe. */
    private static void passOnSinkFailure(Exception e) {
        if (e instanceof SinkFailed f) {
            throw f;
        }
    }

    private void readAll(List<String> inputs, Consumer<InputItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(input, path, sink);
            } else if (Files.isRegularFile(path)) {
                readFile(input, path, sink);
            } else {
                sink.accept(InputItem.rejected(input, "unreadable", "no such file or directory: " + input));
            }
        }
    }

    /**
     * Reads a directory's files of the input kinds, in path order. A subfolder or file that cannot be
     * listed or looked at (no permission, gone meanwhile) is one rejection in its place, and the rest of
     * the directory is read.
     */
    private void readDirectory(String given, Path dir, Consumer<InputItem> sink) {
        record Entry(Path path, String failure) {
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && isInputName(name) && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                        entries.add(new Entry(file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(new Entry(file, (Files.isDirectory(file) ? "cannot list directory " : "cannot read ")
                            + sourceOf(given, dir, file) + ": " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            passOnSinkFailure(e);
            sink.accept(InputItem.rejected(given, "unreadable", "cannot list directory " + given + ": " + e.getMessage()));
            return;
        }
        if (entries.isEmpty()) {
            sink.accept(InputItem.rejected(given, "no_input", "no files to read in " + given + " (a folder is read for "
                    + String.join(", ", INPUT_EXTENSIONS.subList(0, INPUT_EXTENSIONS.size() - 1)) + " and "
                    + INPUT_EXTENSIONS.get(INPUT_EXTENSIONS.size() - 1) + " files, and those gzipped)"));
            return;
        }
        entries.sort(Comparator.comparing(Entry::path));
        for (Entry e : entries) {
            String source = sourceOf(given, dir, e.path());
            if (e.failure() != null) {
                sink.accept(InputItem.rejected(source, "unreadable", e.failure()));
            } else {
                readFile(source, e.path(), sink);
            }
        }
    }

    private static String sourceOf(String given, Path dir, Path file) {
        if (file.equals(dir)) {
            return given;
        }
        return given.endsWith("/") ? given + dir.relativize(file) : given + "/" + dir.relativize(file);
    }

    /** The system's words for a failed look at a file ("Permission denied"), without repeating its path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    /** The kinds of file a directory walk reads; anything else there (a README, an image) is passed over. */
    public static boolean isInputName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        for (String ext : INPUT_EXTENSIONS) {
            if (n.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Standard input: one document, or JSON Lines when its first line is a record of them (a JSON object
     * with "text" or "html"), read line by line however long the stream; gzip is undone either way.
     */
    private void readStdin(Consumer<InputItem> sink) {
        String closed = stdin == System.in ? StandardInput.closedReason() : null;
        if (closed != null) {
            sink.accept(InputItem.rejected("-", "unreadable", closed));
            return;
        }
        try {
            InputStream in = new BufferedInputStream(stdin, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            in.mark(1 << 16);
            byte[] head = in.readNBytes(1 << 16);
            in.reset();
            if (looksLikeJsonLines(head)) {
                readJsonLines("-", in, sink);
                return;
            }
            byte[] bytes = readBounded(in, Limits.MAX_DOCUMENT_BYTES);
            if (bytes == null) {
                sink.accept(tooLarge("-"));
                return;
            }
            sink.accept(InputItem.of(new RawDocument("-", bytes, sniff(bytes), null, DocumentHints.NONE)));
        } catch (IOException e) {
            sink.accept(InputItem.rejected("-", "unreadable", describe(e, "standard input")));
        }
    }

    /** Whether a stream's first bytes open JSON Lines of documents: a first line that is an object with text or html. */
    static boolean looksLikeJsonLines(byte[] head) {
        int i = 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == head.length || head[i] != '{') {
            return false;
        }
        int end = i;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        String first = new String(head, i, end - i, StandardCharsets.UTF_8);
        if (end == head.length) {
            // a first record longer than what was looked at: its opening says what it is
            return first.contains("\"text\"") || first.contains("\"html\"");
        }
        try {
            JsonNode n = JSON.readTree(first);
            return n != null && n.isObject() && (n.path("text").isTextual() || n.path("html").isTextual());
        } catch (IOException e) {
            return false;
        }
    }

    private void readFile(String source, Path path, Consumer<InputItem> sink) {
        readContent(source, path.getFileName().toString(), () -> Files.newInputStream(path), path, sink);
    }

    /**
     * Reads one file's content from a stream, as a directory walk reads a file of that name: the name's
     * extension says the kind ({@code .gz}, {@code .jsonl}, {@code .warc}, {@code .html}, {@code .txt}, else
     * sniffed), {@code source} names its documents as {@link #read} would name the file. For runners whose
     * files are not on the local file system (the Spark job reads Hadoop paths). Closes the stream; a
     * stream that fails becomes a rejection, as a local file does.
     *
     * @param source   the file's source, as the runner names it
     * @param fileName the file's name (its last path component), which says its kind
     * @param content  opens the file's bytes; called once
     */
    public void readStream(String source, String fileName, Content content, Consumer<InputItem> sink) {
        readContent(source, fileName, content, null, sink);
    }

    /** A file's bytes, opened when the reader needs them. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** Whether a directory walk reads a file of this name (by its extension, as the record formats list them). */
    public static boolean readsFileNamed(String name) {
        return isInputName(name);
    }

    /**
     * Whether a file of this name holds many documents (JSON Lines, WARC, compressed or not), by its
     * extension; other files hold one.
     */
    public static boolean holdsManyDocuments(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return inner.endsWith(".jsonl") || inner.endsWith(".ndjson") || inner.endsWith(".warc");
    }

    private void readContent(String source, String fileName, Content content, Path path, Consumer<InputItem> sink) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        try {
            if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
                try (InputStream in = open(content, gz)) {
                    readJsonLines(source, in, sink);
                }
            } else if (inner.endsWith(".warc") || (gz && name.endsWith(".warc.gz"))) {
                readWarc(source, path, content, sink);
            } else {
                byte[] bytes;
                try (InputStream in = open(content, gz)) {
                    bytes = readBounded(in, Limits.MAX_DOCUMENT_BYTES);
                }
                if (bytes == null) {
                    sink.accept(tooLarge(source));
                    return;
                }
                MediaType type = inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml")
                        ? MediaType.HTML
                        : inner.endsWith(".txt") || inner.endsWith(".text") ? MediaType.TEXT : sniff(bytes);
                sink.accept(InputItem.of(new RawDocument(source, bytes, type, null, DocumentHints.NONE)));
            }
        } catch (IOException | RuntimeException e) {
            passOnSinkFailure(e);
            sink.accept(InputItem.rejected(source, "unreadable", describe(e, source)));
        }
    }

    private static InputStream open(Content content, boolean gz) throws IOException {
        InputStream in = new BufferedInputStream(content.open(), 1 << 16);
        return gz ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private void readJsonLines(String file, InputStream in, Consumer<InputItem> sink) throws IOException {
        LineReader lines = new LineReader(in, Limits.MAX_JSONL_LINE_BYTES);
        int lineNo = 0;
        while (true) {
            byte[] line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.accept(InputItem.rejected(file + ":" + (lineNo + 1), "unreadable",
                        describe(e, file) + " (records before line " + (lineNo + 1) + " were read)"));
                return;
            }
            if (line == null) {
                return;
            }
            lineNo++;
            String where = file + ":" + lineNo;
            if (line == LineReader.TOO_LONG) {
                sink.accept(InputItem.rejected(where, "too_large",
                        "JSON Lines record longer than " + Limits.MAX_JSONL_LINE_BYTES + " bytes"));
                continue;
            }
            String text = new String(line, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                continue;
            }
            InputItem item = record(where, text);
            if (item.document() != null && !ids.add(item.source())) {
                // two documents under one id would give the same event ids: the second is refused, by its line
                item = InputItem.rejected(where, "bad_record", "id \"" + item.source()
                        + "\" was given to an earlier record of this batch; each record needs an id of its own");
            }
            sink.accept(item);
        }
    }

    /** One JSON Lines record: {@code {"id", "text" | "html", "url"?, "published"?, "title"?}}. */
    static InputItem record(String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().split("\n", 2)[0];
            return InputItem.rejected(where, "bad_record", "not JSON: " + msg);
        }
        if (node == null || !node.isObject()) {
            return InputItem.rejected(where, "bad_record", "a record must be a JSON object");
        }
        JsonNode id = node.get("id");
        String source;
        if (id == null || id.isNull()) {
            source = where;
        } else if (id.isTextual() || id.isNumber()) {
            source = id.asText();
            if (source.isBlank()) {
                return InputItem.rejected(where, "bad_record", "field \"id\" is blank");
            }
        } else {
            return InputItem.rejected(where, "bad_record", "field \"id\" must be a string");
        }
        String url, published, title;
        try {
            url = optionalString(node, "url");
            published = optionalString(node, "published");
            title = optionalString(node, "title");
        } catch (IllegalArgumentException e) {
            return InputItem.rejected(source, "bad_record", e.getMessage() + " (" + where + ")");
        }
        if (published != null && !published.isBlank() && DateParser.find(published).isEmpty()) {
            // the dateline every relative date of the text is read against: a wrong one is not dropped quietly
            return InputItem.rejected(source, "bad_record", "field \"published\" is not a date: \"" + published
                    + "\" (give YYYY-MM-DD or an ISO 8601 date and time; " + where + ")");
        }
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        MediaType type;
        JsonNode content;
        if (text != null && !text.isNull()) {
            type = MediaType.TEXT;
            content = text;
        } else if (html != null && !html.isNull()) {
            type = MediaType.HTML;
            content = html;
        } else {
            return InputItem.rejected(source, "bad_record", "record has neither \"text\" nor \"html\" (" + where + ")");
        }
        if (!content.isTextual()) {
            return InputItem.rejected(source, "bad_record",
                    "field \"" + (type == MediaType.TEXT ? "text" : "html") + "\" must be a string (" + where + ")");
        }
        byte[] bytes = content.asText().getBytes(StandardCharsets.UTF_8);
        return InputItem.of(new RawDocument(source, bytes, type, "UTF-8", new DocumentHints(url, published, title)));
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private void readWarc(String file, Path path, Content content, Consumer<InputItem> sink) {
        int count = 0;
        // a local file is read through its channel; a stream (a Hadoop file) as it comes
        try (WarcReader reader = path != null ? new WarcReader(path) : new WarcReader(content.open())) {
            reader.onWarning(w -> { });
            while (true) {
                WarcRecord rec;
                try {
                    rec = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    passOnSinkFailure(e);
                    sink.accept(InputItem.rejected(file + "#" + (count + 1), "unreadable",
                            describe(e, file) + " (after " + count + " records)"));
                    return;
                }
                if (rec == null) {
                    return;
                }
                count++;
                String id = rec.id().toString();
                try {
                    InputItem item = warcItem(id, rec);
                    if (item != null) {
                        sink.accept(item);
                    }
                } catch (IOException e) {
                    // the archive broke inside this record (a cut file, a bad gzip member): what follows
                    // cannot be found again, and reading on would only report the same break twice
                    sink.accept(InputItem.rejected(id, "unreadable", describe(e, file)
                            + (count > 1 ? " (after " + (count - 1) + " records)" : "")));
                    return;
                } catch (RuntimeException e) {
                    passOnSinkFailure(e);
                    sink.accept(InputItem.rejected(id, "unreadable", describe(e, file)));
                }
            }
        } catch (IOException | RuntimeException e) {
            passOnSinkFailure(e);
            sink.accept(InputItem.rejected(file, "unreadable", describe(e, file)));
        }
    }

    private static InputItem warcItem(String id, WarcRecord rec) throws IOException {
        String url = null;
        InputStream body;
        String contentType;
        if (rec instanceof WarcResponse resp) {
            url = resp.target();
            try {
                var http = resp.http();
                contentType = http.contentType().base().toString();
                body = http.body().stream();
            } catch (IOException e) {
                return InputItem.rejected(id, "unreadable", "WARC response without a readable HTTP message: " + e.getMessage());
            }
        } else if (rec instanceof WarcResource res) {
            url = res.target();
            contentType = res.contentType().base().toString();
            body = res.body().stream();
        } else if (rec instanceof WarcConversion conv) {
            url = conv.target();
            contentType = conv.contentType().base().toString();
            body = conv.body().stream();
        } else {
            return null; // warcinfo, request, metadata: not documents
        }
        String ct = contentType.toLowerCase(Locale.ROOT);
        MediaType type;
        if (ct.contains("html")) {
            type = MediaType.HTML;
        } else if (ct.startsWith("text/")) {
            type = MediaType.TEXT;
        } else {
            return null; // images, scripts, robots.txt in a crawl: not articles
        }
        byte[] bytes = readBounded(body, Limits.MAX_DOCUMENT_BYTES);
        if (bytes == null) {
            return tooLarge(id);
        }
        return InputItem.of(new RawDocument(id, bytes, type, null, new DocumentHints(url, null, null)));
    }

    private static InputItem tooLarge(String source) {
        return InputItem.rejected(source, "too_large",
                "document larger than " + (Limits.MAX_DOCUMENT_BYTES >> 20) + " MiB (the limit of one document)");
    }

    /** Reads at most {@code max} bytes; returns null when the stream holds more. */
    static byte[] readBounded(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** HTML when the first non-blank characters open a tag; plain text otherwise. */
    static MediaType sniff(byte[] bytes) {
        int n = Math.min(bytes.length, 2048);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String t = head.replaceFirst("^(\\xef\\xbb\\xbf|\\s)+", "");
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head") || t.startsWith("<body")
                || head.contains("<html") || (t.startsWith("<") && head.contains("<p"))) {
            return MediaType.HTML;
        }
        return MediaType.TEXT;
    }

    private static String describe(Exception e, String where) {
        if (e.getMessage() != null && e.getMessage().contains("Unexpected end of ZLIB")) {
            return "truncated compressed data in " + where;
        }
        if (e instanceof EOFException) {
            // an archive cut short, compressed or not: its last record is shorter than its header says
            return "truncated data in " + where + ": it ends inside a record";
        }
        if (e instanceof NoSuchElementException) {
            return "a record lacks a header it must have (" + where + ")";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data in " + where + ": " + e.getMessage();
        }
        String msg = e.getMessage();
        return (msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg) + " (" + where + ")";
    }
}
