package dev.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dyad.model.DocumentHints;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private TextDecoder.Decoded decode(byte[] b, MediaType type) {
        return decoder.decode(new RawDocument("t", b, type, null, DocumentHints.NONE));
    }

    @Test
    void undeclaredLegacyTextIsReadAsWindows1252() {
        TextDecoder.Decoded d = decode("Caf\u00e9 \u2013 na\u00efve".getBytes(Charset.forName("windows-1252")), MediaType.TEXT);
        assertNull(d.rejection());
        assertEquals("Caf\u00e9 \u2013 na\u00efve", d.text());
    }

    @Test
    void metaCharsetWins() {
        byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\"><p>\u20ac 5</p>"
                .getBytes(Charset.forName("ISO-8859-15"));
        TextDecoder.Decoded d = decode(b, MediaType.HTML);
        assertEquals("ISO-8859-15", d.charset());
        assertEquals(true, d.text().contains("\u20ac 5"));
    }

    @Test
    void mislabelledUtf8IsReadAsUtf8() {
        byte[] b = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(true, decode(b, MediaType.HTML).text().contains("Zürich"));
    }

    @Test
    void utf16WithoutBomIsRecognised() {
        TextDecoder.Decoded d = decode("Plain words in UTF-16".getBytes(StandardCharsets.UTF_16BE), MediaType.TEXT);
        assertEquals("Plain words in UTF-16", d.text());
    }

    @Test
    void aFewStrayBytesInLongUtf8TextAreReadAsWindows1252() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            s.append("Zürich est une ville. ");
        }
        byte[] good = s.toString().getBytes(StandardCharsets.UTF_8);
        good[100] = (byte) 0xFF;
        TextDecoder.Decoded d = decode(good, MediaType.TEXT);
        assertNull(d.rejection());
        assertEquals(0, d.text().chars().filter(c -> c == 0xFFFD).count());
        assertEquals(1, d.text().chars().filter(c -> c == '\u00ff').count());
    }

    @Test
    void binaryIsNamed() {
        assertEquals("binary content (PDF document)", decode("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII),
                MediaType.TEXT).rejection().message());
        byte[] nul = "text\0with\0nul\0bytes\0and more".getBytes(StandardCharsets.US_ASCII);
        assertEquals("not_text", decode(nul, MediaType.TEXT).rejection().code());
    }

    @Test
    void utf8ThenLatin1ReadsEachPartInItsOwnEncoding() {
        byte[] utf8 = "Talks in Z\u00fcrich ended on Tuesday after two days of meetings.\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "The ministers met again in Gen\u00e8ve and in Besan\u00e7on, officials said.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, b, 0, utf8.length);
        System.arraycopy(latin1, 0, b, utf8.length, latin1.length);
        TextDecoder.Decoded d = decode(b, MediaType.TEXT);
        assertNull(d.rejection());
        assertEquals(true, d.text().contains("Z\u00fcrich") && d.text().contains("Gen\u00e8ve")
                && d.text().contains("Besan\u00e7on"), d.text());
    }
}
