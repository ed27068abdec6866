package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Short texts of elements, read without walking large subtrees. Stateless and thread-safe. */
final class MetaText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MetaText() {
    }

    /**
     * Text that a page encoded twice in UTF-8 ("Renterâ\u0080\u0099s", "Renterâ€™s"), decoded once
     * more ("Renter’s"). The repair is made only when the whole text then reads as strict UTF-8, which
     * text in Latin-1 or Windows-1252 never does by chance once it has such sequences.
     */
    static String repair(String s) {
        if (s == null || s.indexOf('\u00C2') < 0 && s.indexOf('\u00C3') < 0 && s.indexOf('\u00E2') < 0) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x100) {
                bytes[i] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                if (b.length != 1 || b[0] == '?') {
                    return s;
                }
                bytes[i] = b[0];
            }
            changed |= c >= 0x80;
        }
        if (!changed) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /**
     * The element's text on one line, or null when it is longer than {@code max} characters: the walk
     * stops there, so asking a big container costs no more than asking a small one.
     */
    static String bounded(Element e, int max) {
        return bounded(e, max, false);
    }

    /**
     * As {@link #bounded(Element, int)}; with {@code lines}, every element boundary becomes a line break,
     * so that {@code <span>Jane Doe</span><span>Staff Writer</span>} reads as two lines, not as
     * "Jane DoeStaff Writer".
     */
    static String bounded(Element e, int max, boolean lines) {
        StringBuilder b = new StringBuilder();
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                    if (b.length() > max * 2 + 200) {
                        tooLong[0] = true;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("svg")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (lines || el.isBlock() || tag.equals("br")) {
                        b.append(lines ? '\n' : ' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (lines || el.isBlock())) {
                    b.append(lines ? '\n' : ' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0]) {
            return null;
        }
        String s;
        if (lines) {
            StringBuilder out = new StringBuilder();
            for (String line : b.toString().split("\n")) {
                String t = Whitespace.line(line);
                if (!t.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "\n").append(t);
                }
            }
            s = out.toString();
        } else {
            s = Whitespace.line(b.toString());
        }
        return s.length() > max ? null : s;
    }
}
