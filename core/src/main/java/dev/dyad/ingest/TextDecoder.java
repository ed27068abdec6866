package dev.dyad.ingest;

import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's bytes into text, or says why it cannot. Order of evidence: a byte-order mark,
 * the charset the input declared, an HTML {@code <meta charset>}, then UTF-8; a page with no valid
 * UTF-8 multi-byte sequence at all is read as windows-1252, as browsers do with undeclared legacy pages.
 * Binary content (images, archives, PDF, NUL-laden bytes) is rejected as {@code not_text}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The decoded text, or a rejection. Exactly one of the two is non-null. */
    public record Decoded(String text, String charset, Rejection rejection) {
    }

    public Decoded decode(RawDocument doc) {
        byte[] b = doc.bytes();
        if (b.length == 0) {
            return rejected("empty", "empty document (0 bytes)");
        }
        String magic = binaryKind(b);
        if (magic != null) {
            return rejected("not_text", "binary content (" + magic + ")");
        }
        // byte-order marks
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return finish(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return finish(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return finish(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return finish(lenient(b, 0, utf16), utf16.name());
        }
        if (hasNul(b)) {
            return rejected("not_text", "binary content (NUL bytes)");
        }
        Charset declared = charsetOf(doc.charset());
        if (declared == null && doc.type() == MediaType.HTML) {
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                declared = charsetOf(m.group(1));
            }
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // a page that declares a legacy charset but is valid UTF-8 with multi-byte text was mislabelled
            if (!(isStrictUtf8(b) && hasMultiByte(b))) {
                return finish(lenient(b, 0, declared), declared.name());
            }
        }
        if (isStrictUtf8(b)) {
            return finish(new String(b, StandardCharsets.UTF_8), "UTF-8");
        }
        int bad = malformedUtf8(b);
        if (!hasMultiByte(b)) {
            Charset cp1252 = Charset.forName("windows-1252");
            return finish(lenient(b, 0, cp1252), cp1252.name());
        }
        // mostly UTF-8 with stray single bytes: a file pasted together from UTF-8 and Latin-1 parts, or a
        // UTF-8 page with a legacy footer. Each valid sequence reads as UTF-8, each stray byte as the
        // windows-1252 character it was written as. Past one byte in twenty it is another encoding.
        if (bad * 20L <= b.length) {
            return finish(mixed(b), "UTF-8+windows-1252");
        }
        return rejected("bad_encoding", "invalid UTF-8: " + bad + " malformed sequences in " + b.length
                + " bytes, and no charset declared");
    }

    private static Decoded finish(String text, String charset) {
        if (text.isBlank()) {
            return rejected("empty", "document holds only white space");
        }
        int control = 0;
        int n = Math.min(text.length(), 65536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        if (control * 10 > n) {
            return rejected("not_text", "binary content (" + control + " control or undecodable characters in the first "
                    + n + ")");
        }
        return new Decoded(text, charset, null);
    }

    private static Decoded rejected(String code, String message) {
        return new Decoded(null, null, new Rejection(code, message));
    }

    private static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in every browser
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String lenient(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return dec.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e);
        }
    }

    static boolean isStrictUtf8(byte[] b) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer unused = dec.decode(ByteBuffer.wrap(b));
            return unused != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when the bytes hold at least one valid UTF-8 multi-byte sequence. */
    static boolean hasMultiByte(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xff;
            int len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? (c <= 0xef ? 3 : 0) : c >= 0xc2 && c <= 0xdf ? 2 : 0;
            if (len == 0 || i + len > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Valid UTF-8 sequences as UTF-8, every other byte as windows-1252. */
    static String mixed(byte[] b) {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xc0) == 0x80;
            }
            if (ok) {
                out.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else {
                out.append(new String(b, i, 1, cp1252));
                i++;
            }
        }
        return out.toString();
    }

    static int malformedUtf8(byte[] b) {
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xc0) == 0x80;
            }
            if (ok) {
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return bad;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 text without a BOM shows NUL in every other byte of its ASCII characters. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul * 10 > pairs * 7 && evenNul * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 > pairs * 7 && oddNul * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Names well-known binary formats by their magic numbers. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return "WebP image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x1f, 0x8b)) {
            return "gzip data inside a file not named .gz";
        }
        if (startsWith(b, 0x7f, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
