package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Bounds;
import org.dyad.model.SourceInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes each reader. A reader either reads its input or says why it cannot with an {@link
 * UnreadableException}; any other exception, or an error, is a finding. Runs the committed inputs
 * under {@code ReadersFuzzTestInputs/<method>/} in every build; {@code JAZZER_FUZZ=1} fuzzes one
 * method at a time (see the README, "Fuzzing").
 */
class ReadersFuzzTest {
  private static Path dir;

  @BeforeAll
  static void warmUp() throws Exception {
    dir = Files.createTempDirectory("dyad-fuzz-feeds");
    // classes loaded (and, when fuzzing, instrumented) here are not timed as part of an input
    byte[] page = "<html><head><title>t</title></head><body><article><p>Talks.</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
    TextDecoder.decode("Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    HtmlReader.read(page, null);
    try {
      PdfReader.read("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    } catch (UnreadableException expected) {
      // a damaged PDF: what matters is that PDFBox has loaded
    }
    Path feed = dir.resolve("warm.jsonl");
    Files.writeString(feed, "{\"text\": \"Talks.\", \"date\": \"1 May 2031\"}\n", StandardCharsets.UTF_8);
    Feeds.each(feed, "warm", "warm.jsonl", 1 << 20, e -> {});
    Files.delete(feed);
  }

  @AfterAll
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void textDecoder(byte[] input) {
    long t = Bounds.start();
    try {
      TextDecoder.Decoded d = TextDecoder.decode(input);
      assertNotNull(d.text());
      assertNotNull(d.charset());
    } catch (UnreadableException e) {
      assertClear(e);
    }
    Bounds.inTime(t, "TextDecoder", input.length);
  }

  @FuzzTest(maxDuration = "10m")
  void htmlReader(byte[] input) {
    long t = Bounds.start();
    try {
      HtmlReader.Page page = HtmlReader.read(input, "https://example.org/news/1");
      assertNotNull(page.text());
      assertDay(page.info());
    } catch (UnreadableException e) {
      assertClear(e);
    }
    Bounds.inTime(t, "HtmlReader", input.length);
  }

  @FuzzTest(maxDuration = "10m")
  void pdfReader(byte[] input) {
    long t = Bounds.start();
    try {
      PdfReader.Pdf pdf = PdfReader.read(input);
      assertNotNull(pdf.text());
      assertDay(pdf.info());
    } catch (UnreadableException e) {
      assertClear(e);
    }
    Bounds.inTime(t, "PdfReader", input.length);
  }

  /**
   * A file of any kind as {@code ingest} meets it: split into documents (JSON Lines and WARC feeds
   * by their content), then each document read.
   */
  @FuzzTest(maxDuration = "10m")
  void feeds(byte[] input) throws IOException {
    Path file = dir.resolve("input.jsonl");
    Files.write(file, input);
    long t = Bounds.start();
    List<Feeds.Entry> entries = new ArrayList<>();
    try {
      Feeds.each(file, "input", "input.jsonl", 1 << 20, entries::add);
    } catch (UnreadableException e) {
      assertClear(e);
    }
    for (Feeds.Entry e : entries) {
      assertTrue((e.doc() == null) != (e.problem() == null), "a document or a problem: " + e);
      if (e.doc() != null) {
        assertDay(e.doc().info());
        try {
          Documents.Read read = Documents.read(e.doc());
          assertNotNull(read.text());
          assertDay(read.info());
        } catch (UnreadableException u) {
          assertClear(u);
        }
      }
    }
    Bounds.inTime(t, "Feeds", input.length);
  }

  private static void assertClear(UnreadableException e) {
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "an UnreadableException says why");
  }

  private static void assertDay(SourceInfo info) {
    assertNotNull(info);
    if (info.published() != null) {
      LocalDate.parse(info.published());
    }
  }
}
