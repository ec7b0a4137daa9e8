package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad extract} on HTML, PDF, legacy encodings, JSON Lines and WARC files. */
class FormatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Ministers talk | Wire</title>"
          + "<link rel=\"canonical\" href=\"https://wire.example.org/ministers-talk\">"
          + "<meta property=\"article:published_time\" content=\"2031-03-04T08:00:00+07:00\">"
          + "<script>var menu = 'Exit mobile version';</script></head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World news</a></nav>"
          + "<article><h1>Indonesia and Australia discuss fisheries</h1>"
          + "<p>Jakarta, 3 March 2031. The foreign ministers of Indonesia and Australia spoke by telephone on Monday"
          + " about fisheries patrols.</p></article><footer>Copyright Wire</footer></body></html>";

  @TempDir Path dir;

  private static List<JsonNode> records(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void htmlPageMainTextSourceAndPublishedDate() throws IOException {
    Path p = Files.writeString(dir.resolve("talks.htm"), PAGE);
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode rec = records(r.out()).get(0);
    String text = rec.get("text").asText();
    assertTrue(text.startsWith("Indonesia and Australia discuss fisheries\n\nJakarta, 3 March 2031."), text);
    assertFalse(text.contains("World news") || text.contains("Exit mobile") || text.contains("Copyright"), text);
    // the page's publication date outranks the dateline's
    assertEquals("2031-03-04", rec.get("date").get("value").asText());
    JsonNode src = rec.get("source");
    assertEquals("https://wire.example.org/ministers-talk", src.get("url").asText());
    assertEquals("Indonesia and Australia discuss fisheries", src.get("title").asText()); // the h1 before <title>
    assertEquals("2031-03-04", src.get("published").asText());
  }

  @Test
  void shiftJisText() throws IOException {
    String ja = "\u5916\u52d9\u5927\u81e3\u306f\u3001\u97d3\u56fd\u306e\u5916\u4ea4\u90e8\u9577\u5b98\u3068\u96fb\u8a71\u4f1a\u8ac7\u3092\u884c\u3044\u307e\u3057\u305f\u3002"
        + "\u4e21\u5927\u81e3\u306f\u3001\u65e5\u97d3\u95a2\u4fc2\u306b\u3064\u3044\u3066\u610f\u898b\u4ea4\u63db\u3092\u884c\u3044\u307e\u3057\u305f\u3002";
    Path p = Files.write(dir.resolve("ja.txt"), ja.getBytes(Charset.forName("Shift_JIS")));
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(ja, records(r.out()).get(0).get("text").asText());
  }

  @Test
  void jsonLinesFeedOneRecordPerLineAndBadLinesNamed() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "{\"id\": \"call\", \"text\": \"The foreign ministers of Indonesia and Australia spoke by telephone on Monday.\","
                + " \"date\": \"2031-03-03\", \"url\": \"https://example.org/call\", \"title\": \"Call\"}\n"
                + "not json\n"
                + "{\"text\": \"Lima, 2 June 2031. Peru and Bolivia held talks on water.\"}\n");
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("dyad: " + p + ": line 2: not a JSON object ("), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    List<JsonNode> recs = records(r.out());
    assertEquals(2, recs.size());
    assertEquals("call", recs.get(0).get("doc").asText());
    assertEquals("2031-03-03", recs.get(0).get("date").get("value").asText());
    assertEquals("https://example.org/call", recs.get(0).get("source").get("url").asText());
    assertEquals("feed-3", recs.get(1).get("doc").asText());
    assertFalse(recs.get(1).has("source"));
  }

  @Test
  void warcWithOneHtmlResponse() throws IOException {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    String header =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:5f0c3a52-0d1e-4c1b-9a0e-3d2c1b0a9f8e>\r\n"
            + "WARC-Date: 2031-03-05T00:00:00Z\r\nWARC-Target-URI: https://wire.example.org/ministers-talk?utm=x\r\n"
            + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    Path p = Files.write(dir.resolve("crawl"), concat(concat(header.getBytes(StandardCharsets.US_ASCII), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode rec = records(r.out()).get(0);
    assertEquals("5f0c3a52-0d1e-4c1b-9a0e-3d2c1b0a9f8e", rec.get("doc").asText());
    assertEquals("2031-03-04", rec.get("date").get("value").asText());
  }

  @Test
  void pdfWithRunningHeadsAndAScannedPdfThatFails() throws IOException {
    Path good = Files.write(dir.resolve("release.pdf"), textPdf());
    Path scan = Files.write(dir.resolve("scan.pdf"), imagePdf());
    Cli.Result r = Cli.run("extract", scan.toString(), good.toString());
    assertEquals(1, r.status());
    assertEquals("dyad: " + scan + ": no text layer (scanned PDF?); run OCR on it first\n", r.err());
    String text = records(r.out()).get(0).get("text").asText();
    assertFalse(text.contains("PRESS RELEASE"), text);
    assertTrue(text.contains("fisheries patrols"), text);
  }

  @Test
  void directoryTakesEverySupportedType() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Lima, 2 June 2031. Peru and Bolivia held talks on water.\n");
    Files.writeString(dir.resolve("b.html"), PAGE);
    Files.write(dir.resolve("c-release"), textPdf()); // a PDF without an extension
    Files.writeString(dir.resolve("d.jsonl"), "{\"id\": \"d1\", \"text\": \"Peru and Chile held talks.\"}\n");
    Files.writeString(dir.resolve("README.md"), "Notes about this folder.\n");
    Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
    Cli.Result r = Cli.run("extract", dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> ids = new ArrayList<>();
    records(r.out()).forEach(n -> ids.add(n.get("doc").asText()));
    assertEquals(List.of("a", "b", "c-release", "d1"), ids);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] textPdf() throws IOException {
    String[][] pages = {
      {"MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE", "Jakarta, 3 March 2031. The foreign ministers of Indonesia", "and Australia spoke by telephone on Monday about fisher-", "1"},
      {"MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE", "ies patrols.", "2"}
    };
    try (PDDocument d = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String[] lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        d.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          for (int i = 0; i < lines.length; i++) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(72, i == lines.length - 1 ? 40 : 780 - 16 * i);
            cs.showText(lines[i]);
            cs.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] imagePdf() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      d.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
        cs.drawImage(LosslessFactory.createFromImage(d, new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB)), 72, 600);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }
}
