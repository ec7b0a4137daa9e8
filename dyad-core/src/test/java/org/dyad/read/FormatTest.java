package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatTest {
  private static Format detect(String content, String name) {
    return Format.detect(content.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void typeFromContentNotExtension() {
    assertEquals(Format.HTML, detect("\n  <!doctype html><html><body><p>x</p></body></html>", "page.txt"));
    assertEquals(Format.HTML, detect("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>", "download"));
    assertEquals(Format.PDF, detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "report.txt"));
    assertEquals(Format.WARC, detect("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.dat"));
    assertEquals(Format.JSONL, detect("{\"id\": \"a\", \"text\": \"The ministers met.\"}\n{\"text\": \"b\"}\n", "feed.txt"));
    assertEquals(Format.TEXT, detect("The ministers met <b>today</b>.", "news.txt"));
    assertEquals(Format.TEXT, detect("{\"gold\": true}", "x.json"));
    assertEquals(Format.HTML, detect("Headline<br>text", "page.html"));
    assertEquals(Format.UNSUPPORTED, Format.detect(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "a.zip"));
  }

  @Test
  void knownExtensions() {
    assertTrue(Format.knownExtension("a.TXT"));
    assertTrue(Format.knownExtension("crawl.warc.gz"));
    assertTrue(Format.knownExtension("feed.jsonl"));
    assertFalse(Format.knownExtension("README.md"));
    assertFalse(Format.knownExtension("gold.json"));
  }
}
