package dev.dyad.spark;

import dev.dyad.ingest.InputReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files the job reads, on the driver, from any Hadoop file system path or glob, and names each
 * file's documents as the local runner names them.
 *
 * <p>The naming rule, which keeps event ids equal across runners (an event's id is derived from its
 * document's source): a file given directly keeps the input as written; a file below a directory is the
 * directory as written, {@code /}, and the file's path relative to it, as {@code dyad events DIR} names it;
 * a glob keeps its fixed leading part as written and appends what the pattern matched, as a shell would
 * have expanded it (names starting with a dot are not matched, as in a shell). So {@code ../corpus/text} gives {@code ../corpus/text/a.txt} on both runners, while
 * {@code file:/data/text} gives {@code file:/data/text/a.txt}: give both runners the path the same way to
 * get the same ids. Directory walks read the same file kinds as the local runner ({@link
 * InputReader#readsFileNamed}) and pass over names starting with a dot.
 *
 * <p>Stateless; not for executors.
 */
final class InputListing {
    /** The files found and the inputs that matched nothing or could not be listed. */
    record Listing(List<InputFile> files, List<DocItem> rejected) {
    }

    private InputListing() {
    }

    static Listing list(Configuration conf, List<String> inputs) {
        List<InputFile> files = new ArrayList<>();
        List<DocItem> rejected = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path pattern = new Path(input);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    rejected.add(DocItem.rejected(input, "unreadable", "no such file or directory: " + input));
                    continue;
                }
                String fixed = fixedPart(input);
                String fixedQualified = fs.makeQualified(new Path(fixed.isEmpty() ? "." : fixed)).toString();
                List<FileStatus> sorted = new ArrayList<>(List.of(matches));
                sorted.sort(Comparator.comparing(s -> s.getPath().toString()));
                for (FileStatus match : sorted) {
                    if (!fixed.equals(input) && match.getPath().getName().startsWith(".")) {
                        continue; // a shell's glob passes over dot files, and so does a directory walk
                    }
                    String given = fixed.equals(input) ? input : asGiven(fixed, fixedQualified, match.getPath().toString());
                    if (match.isDirectory()) {
                        listDirectory(fs, given, match.getPath(), files, rejected);
                    } else {
                        files.add(new InputFile(given, match.getPath().toString(), match.getLen()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                rejected.add(DocItem.rejected(input, "unreadable", "cannot list " + input + ": " + e.getMessage()));
            }
        }
        return new Listing(files, rejected);
    }

    private static void listDirectory(FileSystem fs, String given, Path dir, List<InputFile> files,
                                      List<DocItem> rejected) {
        String base = dir.toString();
        List<InputFile> found = new ArrayList<>();
        try {
            walk(fs, dir, status -> {
                Path p = status.getPath();
                String name = p.getName();
                if (name.startsWith(".") || !InputReader.readsFileNamed(name)) {
                    return;
                }
                String relative = p.toString().substring(base.length()).replaceFirst("^/+", "");
                found.add(new InputFile(given.endsWith("/") ? given + relative : given + "/" + relative, p.toString(),
                        status.getLen()));
            });
        } catch (IOException | RuntimeException e) {
            rejected.add(DocItem.rejected(given, "unreadable", "cannot list directory " + given + ": " + e.getMessage()));
            return;
        }
        found.sort(Comparator.comparing(InputFile::source));
        files.addAll(found);
    }

    /**
     * Every file below {@code dir}, as the local runner's walk finds them. Plain listings, not {@code
     * listFiles}: its located statuses copy each file's owner and permissions, which the local file system
     * reads by starting a process per file (a second for a folder of a hundred articles).
     */
    private static void walk(FileSystem fs, Path dir, Consumer<FileStatus> file) throws IOException {
        RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
        while (it.hasNext()) {
            FileStatus status = it.next();
            if (status.isDirectory()) {
                walk(fs, status.getPath(), file);
            } else {
                file.accept(status);
            }
        }
    }

    /** The input up to its first path component holding a glob character; the whole input when it has none. */
    static String fixedPart(String input) {
        String[] parts = input.split("/", -1);
        StringBuilder fixed = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].matches(".*[*?\\[{\\\\].*")) {
                return fixed.toString();
            }
            if (i > 0) {
                fixed.append('/');
            }
            fixed.append(parts[i]);
        }
        return input;
    }

    /** A glob match named from the input's fixed part as written plus the rest of the matched path. */
    static String asGiven(String fixed, String fixedQualified, String matched) {
        if (!matched.startsWith(fixedQualified)) {
            return matched; // a file system that renames what it matches: its own name is the honest one
        }
        String rest = matched.substring(fixedQualified.length()).replaceFirst("^/+", "");
        if (fixed.isEmpty()) {
            return rest;
        }
        return fixed.endsWith("/") ? fixed + rest : fixed + "/" + rest;
    }
}
