package org.dyad.read;

import java.util.Arrays;
import org.dyad.model.RawDocument;
import org.dyad.model.SourceInfo;

/** Turns one document, whatever its type, into text and the metadata it carries. */
public final class Documents {
  private Documents() {}

  /**
   * A document's text and metadata.
   *
   * @param text the text, paragraphs separated by blank lines (HTML) or lines as laid out (text,
   *     PDF)
   * @param info what the document (or the feed that held it) says about itself
   * @param format what the document was read as
   */
  public record Read(String text, SourceInfo info, Format format) {}

  /**
   * Reads a document: text in any encoding, an HTML page or a PDF, told apart by content.
   * Metadata the document states itself (a page's canonical URL, title, publication date) is
   * preferred to its container's (a WARC record's URL).
   *
   * @throws UnreadableException when the content is empty, binary, a damaged PDF, a PDF without a
   *     text layer, or a WARC file (which holds many documents: see {@link Feeds})
   */
  public static Read read(RawDocument doc) throws UnreadableException {
    byte[] b = doc.bytes();
    if (b.length == 0) {
      throw new UnreadableException("empty file");
    }
    Format format = Format.detect(Arrays.copyOf(b, Math.min(b.length, Format.HEAD)), doc.source());
    switch (format) {
      case HTML -> {
        HtmlReader.Page page = HtmlReader.read(b, doc.info().url());
        return new Read(page.text(), page.info().orElse(doc.info()), format);
      }
      case PDF -> {
        PdfReader.Pdf pdf = PdfReader.read(b);
        return new Read(pdf.text(), doc.info().orElse(pdf.info()), format);
      }
      case WARC -> throw new UnreadableException("a WARC file holds many documents; read it with Feeds.each");
      default -> {
        // JSON Lines given as one document are read as text
        TextDecoder.Decoded d = TextDecoder.decode(b);
        return new Read(d.text(), doc.info(), format == Format.JSONL ? Format.TEXT : format);
      }
    }
  }
}
