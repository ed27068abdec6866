#!/usr/bin/env python3
"""Writes dyad's bad-input corpus: one file per way an input can go wrong, small enough to commit
(the large cases are gzipped; dyad's limits apply to the bytes after decompression).

    python3 scripts/bad-input/make.py core/src/test/resources/bad-input

Deterministic: the same files every run. `expected.tsv` beside them says what dyad must answer.
"""
import gzip
import io
import random
import sys
from pathlib import Path

PROSE = ("The foreign ministers of both countries met in the capital on Tuesday to discuss trade and "
         "security, officials said after the talks had ended.")


def gz(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as f:
        f.write(data)
    return out.getvalue()


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(8)
    files = {}
    expected = []

    def add(name, data, outcome, why):
        files[name] = data
        expected.append((name, outcome, why))

    add("empty.txt", b"", "error:empty", "no bytes at all")
    add("whitespace.txt", b"  \n\n\t \r\n   \n", "error:empty", "only white space")
    png = bytearray(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    png += bytes(rnd.randrange(256) for _ in range(4000))
    add("image.txt", bytes(png), "error:not_text", "a PNG image named .txt")
    add("random-bytes.html", bytes(rnd.randrange(256) for _ in range(8000)), "error:not_text",
        "random bytes named .html")
    broken = b"".join("Z\u00fcrich caf\u00e9 ".encode() + b"\xc3\x28\xa0\xff" for _ in range(300))
    add("invalid-utf8.txt", broken, "error:bad_encoding", "UTF-8 broken by stray bytes throughout")
    mixed = ("Mixed encodings\n\n" + PROSE + " Caf\u00e9 in Z\u00fcrich.\n\n").encode("utf-8") + \
        (PROSE + " Caf\u00e9 \u00e0 Gen\u00e8ve.\n").encode("latin-1")
    add("mixed-encoding.txt", mixed, "article", "UTF-8 then Latin-1: each part read in its own encoding")
    add("utf16-bom.txt", ("\ufeffUTF-16 with a byte-order mark\n\n" + PROSE + "\n").encode("utf-16-le"),
        "article", "UTF-16 little-endian with BOM")
    add("utf16-nobom.txt", ("UTF-16 without a byte-order mark\n\n" + PROSE + "\n").encode("utf-16-le"),
        "article", "UTF-16 little-endian, no BOM")
    whole = gz(("Truncated\n\n" + PROSE * 200).encode())
    add("truncated.txt.gz", whole[: len(whole) // 2], "error:unreadable", "gzip cut in half")
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              b"WARC-Target-URI: http://example.org/a\r\nWARC-Date: 2018-05-30T00:00:00Z\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\n"
              b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + PROSE.encode())
    add("truncated.warc.gz", gz(record), "error:unreadable", "WARC record shorter than its Content-Length")
    add("broken.jsonl",
        ("{\"id\": \"bad-1\", \"text\": \"broken\n"
         "[1, 2, 3]\n"
         "{\"id\": \"bad-2\", \"text\": 42}\n"
         "{\"id\": \"bad-3\", \"html\": null, \"text\": null}\n"
         "{\"id\": \"bad-4\", \"text\": \"" + PROSE + "\", \"published\": 20180530}\n").encode(),
        "error:bad_record*5", "five broken records: cut, not an object, a number for text, no content, a number for published")
    add("deep.html.gz", gz(b"<html><body>" + b"<div>" * 100_000 + b"<p>" + PROSE.encode() + b"</p></body></html>"),
        "error:too_complex", "HTML nested 100,000 deep")
    chunk = ("<p>" + PROSE + "</p>\n").encode()
    add("huge.html.gz", gz(chunk * (50 * 1024 * 1024 // len(chunk) + 1)), "error:too_large", "a 50 MB page")
    add("long-line.txt.gz", gz(((PROSE + " ") * (1024 * 1024 // (len(PROSE) + 1) + 1)).encode()),
        "error:too_large", "a 1 MB single line: past the analysis limit")
    add("scripts-only.html",
        b"<html><head><script>var a = 1;</script></head><body>" + b"<script>document.write('x');</script>" * 50
        + b"<noscript>Enable JavaScript</noscript></body></html>", "error:no_article", "a page of only scripts")
    add("iframe-only.html",
        b"<html><head><title>A story in a frame</title></head><body><h1>A story in a frame</h1>"
        b"<iframe src=\"https://example.org/story\" width=\"600\" height=\"800\"></iframe></body></html>",
        "error:no_article", "a headline over an embedded frame: no article text")
    add("empty-paragraphs.html.gz",
        gz(b"<html><head><title>Nothing here</title></head><body><h1>Nothing here</h1>" + b"<p></p>" * 1_000_000
           + b"</body></html>"), "error:no_article", "a headline over 1,000,000 empty paragraphs")
    add("bad-date.jsonl",
        ("{\"id\": \"bad-date-1\", \"text\": \"" + PROSE + "\", \"published\": \"2018-13-45\"}\n").encode(),
        "error:bad_record", "a record whose published date is no date (month 13, day 45)")
    warc_body = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + PROSE * 5
                 + "</p></body></html>").encode()
    warc_head = ("WARC/1.0\r\nWARC-Type: response\r\n"
                 "WARC-Record-ID: <urn:uuid:3b1f0e58-6a8e-4c7e-9d7a-2f6f1c0a9b01>\r\n"
                 "WARC-Date: 2018-05-30T12:00:00Z\r\nWARC-Target-URI: http://example.org/short\r\n"
                 "Content-Type: application/http; msgtype=response\r\n"
                 "Content-Length: %d\r\n\r\n" % len(warc_body)).encode()
    add("short.warc", warc_head + warc_body[: len(warc_body) // 2], "error:unreadable",
        "an uncompressed WARC record shorter than its Content-Length")
    add("arabic.txt", ("\u0623\u062e\u0628\u0627\u0631\n\n" + "\u0627\u0644\u062a\u0642\u0649 \u0648\u0632\u064a\u0631 "
                       "\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 \u0628\u0646\u0638\u064a\u0631\u0647 "
                       "\u0641\u064a \u0627\u0644\u0639\u0627\u0635\u0645\u0629 \u064a\u0648\u0645 "
                       "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621. " * 20).encode(),
        "error:unsupported_language", "Arabic")
    add("chinese.txt", ("\u65b0\u95fb\n\n" + "\u4e24\u56fd\u5916\u957f\u5468\u4e8c\u5728\u9996\u90fd\u4f1a\u6664"
                        "\uff0c\u8ba8\u8bba\u8d38\u6613\u4e0e\u5b89\u5168\u95ee\u9898\u3002" * 30).encode(),
        "error:unsupported_language", "Chinese")
    add("year-0-and-9999.html",
        ("<html><head><meta property=\"article:published_time\" content=\"0000-01-01T00:00:00Z\">"
         "<title>Dates out of range</title></head><body><article><h1>Dates out of range</h1>"
         "<time datetime=\"9999-12-31\">31 December 9999</time><p>" + PROSE + " They will meet again in the "
         "year 9999, and last met in the year 0, the ministers joked.</p><p>" + PROSE + "</p></article>"
         "</body></html>").encode(), "article", "dates of year 0 and 9999")
    words = ("minister said talks visited met capital ministers agreed Tuesday trade security officials "
             "discussed both countries and the in of").split()
    long_sentence = " ".join(rnd.choice(words) for _ in range(10_000)) + "."
    add("long-sentence.txt", ("A sentence of ten thousand tokens\n\n" + long_sentence + "\n").encode(),
        "article", "one sentence of 10,000 tokens: read, parsed in bounded time")

    for name, data in files.items():
        (target / name).write_bytes(data)
    with open(target / "expected.tsv", "w", encoding="utf-8") as f:
        f.write("# source: written for dyad by scripts/bad-input/make.py; what dyad answers for each file\n")
        f.write("# file\toutcome (error:CODE[*N records] or article)\twhat it is\n")
        for name, outcome, why in expected:
            f.write(f"{name}\t{outcome}\t{why}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "core/src/test/resources/bad-input"))
