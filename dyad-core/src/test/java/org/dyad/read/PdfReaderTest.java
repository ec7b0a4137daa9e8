package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  /** A PDF of the given pages, each a list of lines from the top; the last line of each page is set at the foot. */
  static byte[] pdf(List<List<String>> pages) throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        d.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          for (int i = 0; i < lines.size(); i++) {
            boolean foot = i == lines.size() - 1;
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(72, foot ? 40 : 800 - 16 * i - (i > 0 ? 20 : 0));
            cs.showText(lines.get(i));
            cs.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void runningHeadsAndPageNumbersDroppedHyphenationAcrossPagesRepaired() throws Exception {
    String head = "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE";
    byte[] b =
        pdf(
            List.of(
                List.of(head, "The Prime Minister met the President of the Republic", "of Korea on Monday. The two leaders welcomed the", "progress made by the two govern-", "Page 1 of 3"),
                List.of(head, "ments in trade and investment, and agreed to hold", "a well-", "known forum next year.", "Page 2 of 3"),
                List.of(head, "The visit ends on Wednesday.", "Page 3 of 3")));
    String text = PdfReader.read(b).text();
    assertFalse(text.contains("PRESS RELEASE"), text);
    assertFalse(text.contains("Page"), text);
    assertTrue(text.contains("the two governments in trade and investment"), text);
    assertTrue(text.contains("a well-known forum"), text);
    assertTrue(text.startsWith("The Prime Minister met"), text);
    assertTrue(text.endsWith("The visit ends on Wednesday."), text);
  }

  @Test
  void scannedPdfWithoutTextLayerIsAClearError() throws Exception {
    byte[] b;
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      d.addPage(page);
      PDImageXObject img = LosslessFactory.createFromImage(d, new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
      try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
        cs.drawImage(img, 72, 600);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      b = out.toByteArray();
    }
    UnreadableException e = assertThrows(UnreadableException.class, () -> PdfReader.read(b));
    assertEquals("no text layer (scanned PDF?); run OCR on it first", e.getMessage());
  }

  @Test
  void damagedPdf() {
    UnreadableException e = assertThrows(UnreadableException.class, () -> PdfReader.read("%PDF-1.7\nnot really".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
  }
}
