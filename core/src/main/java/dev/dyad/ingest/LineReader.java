package dev.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into lines (LF or CRLF), refusing to buffer a line past a bound. */
final class LineReader {
    /** Returned (by identity) for a line longer than the bound; the rest of that line is skipped. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;

    LineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    return tooLong ? TOO_LONG : trimCr(line.toByteArray());
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            if (!tooLong) {
                if (line.size() + (pos - start) > max) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buf, start, pos - start);
                }
            }
            if (pos < len) {
                pos++; // the newline
                return tooLong ? TOO_LONG : trimCr(line.toByteArray());
            }
        }
    }

    private static byte[] trimCr(byte[] b) {
        if (b.length > 0 && b[b.length - 1] == '\r') {
            byte[] c = new byte[b.length - 1];
            System.arraycopy(b, 0, c, 0, c.length);
            return c;
        }
        return b;
    }
}
