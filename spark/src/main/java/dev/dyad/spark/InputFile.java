package dev.dyad.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file to read, as the driver listed it.
 *
 * @param source the file's source: the input as written, with the file's path below a directory or a glob's
 *               fixed part appended (see {@link InputListing})
 * @param path   the file's fully qualified Hadoop path
 * @param length the file's length in bytes as listed, to hand out the longest files first
 */
record InputFile(String source, String path, long length) implements Serializable {
    private static final long serialVersionUID = 1L;

    InputFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
    }
}
