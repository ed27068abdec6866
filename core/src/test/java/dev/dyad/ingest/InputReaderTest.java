package dev.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<InputItem> read(String stdin, String... inputs) {
        List<InputItem> items = new ArrayList<>();
        new InputReader(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).read(List.of(inputs), items::add);
        return items;
    }

    @Test
    void filesOfManyDocumentsAreKnownByTheirExtension() {
        for (String many : List.of("a.jsonl", "b.NDJSON", "c.jsonl.gz", "d.warc", "CC-MAIN-1.warc.gz")) {
            assertTrue(InputReader.holdsManyDocuments(many), many);
        }
        for (String one : List.of("a.txt", "b.html", "c.htm.gz", "warc.txt", "jsonl")) {
            assertFalse(InputReader.holdsManyDocuments(one), one);
        }
    }

    @Test
    void directoriesAreWalkedInNameOrderSkippingHiddenAndOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "two");
        Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        Files.writeString(dir.resolve(".hidden"), "no");
        Files.writeString(dir.resolve("README.md"), "not an article");
        List<InputItem> items = read("", dir.toString());
        assertEquals(List.of(dir + "/a.html", dir + "/b/2.txt"), items.stream().map(InputItem::source).toList());
        assertEquals(MediaType.HTML, items.get(0).document().type());
        assertEquals(MediaType.TEXT, items.get(1).document().type());
    }

    @Test
    void gzipFilesAreReadByTheirInnerName() throws IOException {
        Files.write(dir.resolve("page.html.gz"), BadInputTest.gzip("<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8)));
        InputItem item = read("", dir.resolve("page.html.gz").toString()).get(0);
        assertEquals(MediaType.HTML, item.document().type());
        assertArrayEquals("<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8), item.document().bytes());
    }

    @Test
    void jsonLinesRecordsCarryIdAndHints() throws IOException {
        Files.write(dir.resolve("a.jsonl.gz"), BadInputTest.gzip((
                "{\"id\":\"x1\",\"text\":\"hello\",\"url\":\"http://e.org/a\",\"published\":\"2018-05-30\",\"title\":\"T\"}\n"
                        + "\n"
                        + "[1,2]\n"
                        + "{\"text\":\"no id\"}\r\n").getBytes(StandardCharsets.UTF_8)));
        List<InputItem> items = read("", dir.resolve("a.jsonl.gz").toString());
        assertEquals(3, items.size());
        assertEquals("x1", items.get(0).source());
        assertEquals("2018-05-30", items.get(0).document().hints().published());
        assertEquals("T", items.get(0).document().hints().title());
        assertEquals("http://e.org/a", items.get(0).document().hints().url());
        assertEquals("bad_record", items.get(1).rejection().code());
        assertTrue(items.get(1).source().endsWith("a.jsonl.gz:3"));
        assertTrue(items.get(2).source().endsWith("a.jsonl.gz:4"), "a record without id is named by its line");
        assertEquals("no id", new String(items.get(2).document().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void standardInputIsOneDocument() {
        List<InputItem> items = read("<!doctype html><p>x</p>", "-");
        assertEquals(1, items.size());
        assertEquals("-", items.get(0).source());
        assertEquals(MediaType.HTML, items.get(0).document().type());
    }

    @Test
    void missingPathIsARejectionAndReadingGoesOn() throws IOException {
        Files.writeString(dir.resolve("ok.txt"), "fine");
        List<InputItem> items = read("", dir.resolve("nope.txt").toString(), dir.resolve("ok.txt").toString());
        assertEquals("unreadable", items.get(0).rejection().code());
        assertTrue(items.get(0).rejection().message().contains("no such file"));
        assertEquals("fine", new String(items.get(1).document().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void warcResponsesBecomeDocumentsByRecordId() throws IOException {
        byte[] warc = concat(
                warcRecord("warcinfo", "<urn:uuid:00000000-0000-0000-0000-000000000000>", null, "application/warc-fields",
                        "software: test\r\n"),
                warcRecord("response", "<urn:uuid:11111111-1111-1111-1111-111111111111>", "http://news.example/a",
                        "application/http; msgtype=response",
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><p>Hello</p></html>"),
                warcRecord("response", "<urn:uuid:22222222-2222-2222-2222-222222222222>", "http://news.example/logo.png",
                        "application/http; msgtype=response",
                        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"));
        Files.write(dir.resolve("crawl.warc.gz"), BadInputTest.gzip(warc));
        List<InputItem> items = read("", dir.resolve("crawl.warc.gz").toString());
        assertEquals(1, items.size(), items.toString());
        InputItem page = items.get(0);
        assertEquals("urn:uuid:11111111-1111-1111-1111-111111111111", page.source());
        assertEquals("http://news.example/a", page.document().hints().url());
        assertEquals("<html><p>Hello</p></html>", new String(page.document().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void truncatedWarcKeepsEarlierRecordsAndReportsTheRest() throws IOException {
        byte[] one = warcRecord("response", "<urn:uuid:11111111-1111-1111-1111-111111111111>", "http://e.org/1",
                "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>One</p>");
        byte[] two = warcRecord("response", "<urn:uuid:22222222-2222-2222-2222-222222222222>", "http://e.org/2",
                "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Two, longer</p>");
        byte[] all = concat(one, Arrays.copyOf(two, two.length - 20));
        Files.write(dir.resolve("cut.warc"), all);
        List<InputItem> items = read("", dir.resolve("cut.warc").toString());
        assertEquals("urn:uuid:11111111-1111-1111-1111-111111111111", items.get(0).source());
        assertNull(items.get(0).rejection());
        assertTrue(items.size() == 2 && items.get(1).rejection() != null, items.toString());
        assertEquals("unreadable", items.get(1).rejection().code());
    }

    static byte[] warcRecord(String type, String id, String uri, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("WARC/1.0\r\n")
                .append("WARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: ").append(id).append("\r\n")
                .append("WARC-Date: 2018-05-30T08:57:00Z\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n\r\n");
        return concat(h.toString().getBytes(StandardCharsets.UTF_8), body, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
    @Test
    void twoRecordsOfOneIdAndADateThatIsNoneAreRefusedByTheirLine() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "x", "text": "Officials met."}
                {"id": "y", "text": "Officials met.", "published": "2018-13-45"}
                {"id": "z", "text": "Officials met.", "published": "2018-03-05T10:00:00Z"}
                """);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id": "x", "text": "Other officials met."}
                """);
        List<InputItem> items = read("", dir.toString());
        assertEquals(4, items.size());
        assertEquals("x", items.get(0).source());
        assertEquals("bad_record", items.get(1).rejection().code());
        assertTrue(items.get(1).rejection().message().contains("\"published\" is not a date: \"2018-13-45\""),
                items.get(1).rejection().message());
        assertEquals("2018-03-05T10:00:00Z", items.get(2).document().hints().published());
        assertEquals(dir + "/b.jsonl:1", items.get(3).source());
        assertTrue(items.get(3).rejection().message().contains("id \"x\" was given to an earlier record"),
                items.get(3).rejection().message());
    }

    @Test
    void aWarcCutShortIsTruncatedDataNotCompressedData() throws IOException {
        String body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>" + "Officials met. ".repeat(40) + "</p></html>";
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
                + "WARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: http://example.org/a\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + body.length() + "\r\n\r\n";
        Files.writeString(dir.resolve("short.warc"), header + body.substring(0, body.length() / 2));
        List<InputItem> items = read("", dir.resolve("short.warc").toString());
        assertEquals(1, items.size());
        String message = items.get(0).rejection().message();
        assertTrue(message.startsWith("truncated data in "), message);
        assertFalse(message.contains("compressed"), message);
    }
    @Test
    void jsonLinesOnStandardInputAreReadRecordByRecord() throws IOException {
        List<InputItem> items = read("""
                {"id": "a", "text": "Officials met in Paris.", "published": "2018-05-30"}
                {"id": "b", "html": "<p>Ministers met in Rome.</p>"}
                {broken
                """, "-");
        assertEquals(List.of("a", "b", "-:3"), items.stream().map(InputItem::source).toList());
        assertEquals(MediaType.HTML, items.get(1).document().type());
        assertEquals("bad_record", items.get(2).rejection().code());

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write("{\"id\": \"z\", \"text\": \"Officials met.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<InputItem> zipped = new ArrayList<>();
        new InputReader(new ByteArrayInputStream(gz.toByteArray())).read(List.of("-"), zipped::add);
        assertEquals(List.of("z"), zipped.stream().map(InputItem::source).toList());

        List<InputItem> prose = read("{ a brace, then prose } is one text document\nwith two lines\n", "-");
        assertEquals(List.of("-"), prose.stream().map(InputItem::source).toList());
        assertEquals(MediaType.TEXT, prose.get(0).document().type());
    }
}
