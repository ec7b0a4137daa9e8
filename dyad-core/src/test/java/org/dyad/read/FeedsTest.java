package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
  @TempDir Path dir;

  static List<Feeds.Entry> entries(Path file) throws Exception {
    List<Feeds.Entry> out = new ArrayList<>();
    String name = file.getFileName().toString();
    Feeds.each(file, name.substring(0, name.indexOf('.')), file.toString(), 1_000_000, out::add);
    return out;
  }

  @Test
  void jsonLinesOneDocumentPerLine() throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"kh-jp-1\", \"text\": \"Phnom Penh, 16 March 2020 - The Prime Minister received the Ambassador of Japan.\","
            + " \"date\": \"2020-03-16T10:00:00Z\", \"url\": \"https://example.org/kh-jp\", \"title\": \"PM receives Ambassador\"}\n"
            + "\n"
            + "{\"text\": \"\u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e The ministers met in Bangkok.\"}\n"
            + "[1, 2]\n"
            + "{\"id\": 7, \"title\": \"no text\"}\n",
        StandardCharsets.UTF_8);
    List<Feeds.Entry> e = entries(f);
    assertEquals(4, e.size());
    assertEquals("kh-jp-1", e.get(0).doc().id());
    assertEquals(new SourceInfo("https://example.org/kh-jp", "PM receives Ambassador", "2020-03-16", null), e.get(0).doc().info());
    assertTrue(new String(e.get(0).doc().bytes(), StandardCharsets.UTF_8).startsWith("Phnom Penh, 16 March 2020"));
    assertEquals("feed-3", e.get(1).doc().id());
    assertEquals(f + ": line 3", e.get(1).display());
    assertTrue(Documents.read(e.get(1).doc()).text().startsWith("\u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e"));
    assertEquals(f + ": line 4", e.get(2).display());
    assertEquals("not a JSON object", e.get(2).problem());
    assertNull(e.get(3).doc());
    assertEquals("no \"text\" field (a string)", e.get(3).problem());
  }

  static final String PAGE =
      "<!DOCTYPE html><html><head><title>Talks</title><link rel=\"canonical\" href=\"https://news.example.org/talks\">"
          + "<meta property=\"article:published_time\" content=\"2022-08-04\"></head><body><nav><a href=\"/\">Home</a></nav>"
          + "<article><p>Seoul, August 4 (Yonhap) -- The foreign ministers of Korea and Japan held talks on Thursday.</p></article>"
          + "</body></html>";

  static byte[] record(String type, String id, String uri, String contentType, byte[] block) {
    String header =
        "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: 2022-08-05T01:02:03Z\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] httpResponse(String contentType, byte[] body) {
    String h = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** A small crawl: warcinfo, a request, the HTML response and an image response. */
  static List<byte[]> crawl() {
    String http = "application/http; msgtype=response";
    return List.of(
        record("warcinfo", "11111111-1111-1111-1111-111111111111", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
        record("request", "22222222-2222-2222-2222-222222222222", "https://news.example.org/talks?ref=rss", "application/http; msgtype=request",
            "GET /talks HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
        record("response", "33333333-3333-3333-3333-333333333333", "https://news.example.org/talks?ref=rss", http,
            httpResponse("text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8))),
        record("response", "44444444-4444-4444-4444-444444444444", "https://news.example.org/logo.png", http,
            httpResponse("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})));
  }

  @Test
  void aLineThatIsNotUtf8IsOneBadRecordAndTheFeedGoesOn() throws Exception {
    // found by ReadersFuzzTest.feeds: the whole feed failed with "MalformedInputException: Input length = 1"
    Path f = dir.resolve("mixed.jsonl");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"id\": \"a\", \"text\": \"Talks in Lom".getBytes(StandardCharsets.US_ASCII));
    b.write(0xE9); // Latin-1 e acute, not UTF-8
    b.writeBytes(".\"}\r\n{\"id\": \"b\", \"text\": \"Talks in Accra.\"}\r\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(f, b.toByteArray());
    List<Feeds.Entry> e = entries(f);
    assertEquals(2, e.size());
    assertEquals(f + ": line 1", e.get(0).display());
    assertEquals("not UTF-8 (a JSON Lines feed is UTF-8)", e.get(0).problem());
    assertEquals("b", e.get(1).doc().id());
    assertEquals("Talks in Accra.", new String(e.get(1).doc().bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aLineLongerThanAnyDocumentIsRefusedWithoutBeingHeld() throws Exception {
    Path f = dir.resolve("long.jsonl");
    Files.writeString(f, "{\"text\": \"" + "x".repeat(70_000) + "\"}\n{\"text\": \"ok\"}\n", StandardCharsets.UTF_8);
    List<Feeds.Entry> e = new ArrayList<>();
    Feeds.each(f, "long", f.toString(), 2, e::add);
    assertEquals(2, e.size());
    assertEquals("more than 65548 bytes, too large (raise max-chars)", e.get(0).problem());
    assertEquals("ok", new String(e.get(1).doc().bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void warcOneDocumentPerHtmlResponse() throws Exception {
    Path f = dir.resolve("crawl.warc");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    crawl().forEach(all::writeBytes);
    Files.write(f, all.toByteArray());
    checkCrawl(f);
  }

  @Test
  void gzippedWarc() throws Exception {
    Path f = dir.resolve("crawl.warc.gz");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] r : crawl()) {
      // one gzip member per record, as crawlers write them
      try (GZIPOutputStream gz = new GZIPOutputStream(all, true) {
            @Override
            public void close() throws IOException {
              finish();
            }
          }) {
        gz.write(r);
      }
    }
    Files.write(f, all.toByteArray());
    checkCrawl(f);
  }

  private static void checkCrawl(Path f) throws Exception {
    List<Feeds.Entry> e = entries(f);
    assertEquals(1, e.size(), e.toString());
    assertEquals("33333333-3333-3333-3333-333333333333", e.get(0).doc().id());
    assertEquals(f + ": record 33333333-3333-3333-3333-333333333333 (https://news.example.org/talks?ref=rss)", e.get(0).display());
    Documents.Read read = Documents.read(e.get(0).doc());
    assertEquals(Format.HTML, read.format());
    assertEquals("Seoul, August 4 (Yonhap) -- The foreign ministers of Korea and Japan held talks on Thursday.", read.text());
    // the page's canonical URL outranks the crawled one
    assertEquals(new SourceInfo("https://news.example.org/talks", "Talks", "2022-08-04", null), read.info());
  }

  @Test
  void warcResponseCharsetFromTheHttpHeader() throws Exception {
    String page = "<html><body><p>\u201cWe agreed,\u201d said the Minister in Bras\u00edlia.</p></body></html>";
    Path f = dir.resolve("legacy.warc");
    Files.write(
        f,
        record("response", "55555555-5555-5555-5555-555555555555", "https://old.example.gov/", "application/http; msgtype=response",
            httpResponse("text/html; charset=windows-1252", page.getBytes(java.nio.charset.Charset.forName("windows-1252")))));
    List<Feeds.Entry> e = entries(f);
    assertEquals("\u201cWe agreed,\u201d said the Minister in Bras\u00edlia.", Documents.read(e.get(0).doc()).text());
  }

  @Test
  void warcWithoutDocuments() throws Exception {
    Path f = dir.resolve("empty.warc");
    Files.write(f, crawl().get(0));
    assertEquals(
        "no HTML or text responses in this WARC file (1 records)",
        assertThrows(UnreadableException.class, () -> entries(f)).getMessage());
  }

  @Test
  void singleDocumentsAndTooLarge() throws Exception {
    Path f = dir.resolve("note.txt");
    Files.writeString(f, "The ministers met.");
    List<Feeds.Entry> e = entries(f);
    assertEquals(1, e.size());
    assertEquals("note", e.get(0).doc().id());
    List<Feeds.Entry> none = new ArrayList<>();
    assertEquals(
        "18 bytes, too large (raise max-chars)",
        assertThrows(UnreadableException.class, () -> Feeds.each(f, "note", f.toString(), 10, none::add)).getMessage());
  }
}
