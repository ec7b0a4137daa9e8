package org.dyad.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyad.model.SourceInfo;
import org.dyad.text.Words;

/**
 * Reads the text layer of a PDF with Apache PDFBox, page by page in reading order (sorted by
 * position), and removes page furniture: lines repeated at the top or bottom of pages (running
 * heads and footers, digits ignored so that "Page 3 of 9" repeats; on half the pages of a short
 * document, on three pages of a longer one, so that a chapter's head counts) and bare page
 * numbers. A word hyphenated at the end of a line or page, the next line going on in lower case,
 * is joined: without the hyphen when the joined form is a word or the two pieces are not both
 * words ("govern-" / "ment"), with it otherwise ("well-" / "known").
 */
public final class PdfReader {
  /** PDFBox reports font problems through java.util.logging; they are no concern of the reader. */
  private static final List<Logger> QUIET = new ArrayList<>();

  static {
    for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
      Logger l = Logger.getLogger(name);
      l.setLevel(Level.OFF);
      QUIET.add(l);
    }
  }

  /** Lines at the top and bottom of a page looked at for furniture. */
  private static final int EDGE = 3;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^[-–—\\s]*(page\\s+|p\\.\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-–—\\s]*$");
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern CONTINUATION = Pattern.compile("^(\\p{Ll}+)(.*)$", Pattern.DOTALL);

  private PdfReader() {}

  /** A PDF's text and the title and author of its document information. */
  public record Pdf(String text, SourceInfo info) {}

  /**
   * Reads a PDF.
   *
   * @throws UnreadableException when it is damaged, encrypted or has no text layer
   */
  public static Pdf read(byte[] bytes) throws UnreadableException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int n = doc.getNumberOfPages();
      if (n == 0) {
        throw new UnreadableException("PDF without pages");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      List<List<String>> pages = new ArrayList<>();
      for (int p = 1; p <= n; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(doc).split("\n")) {
          lines.add(line.strip());
        }
        pages.add(lines);
      }
      if (pages.stream().flatMap(List::stream).mapToInt(l -> l.replaceAll("\\s", "").length()).sum() == 0) {
        throw new UnreadableException("no text layer (scanned PDF?); run OCR on it first");
      }
      PDDocumentInformation di = doc.getDocumentInformation();
      SourceInfo info = new SourceInfo(null, di == null ? null : di.getTitle(), null, di == null ? null : di.getAuthor());
      return new Pdf(join(dropFurniture(pages)), info);
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("encrypted PDF (a password is needed)");
    } catch (IOException e) {
      throw new UnreadableException("not a readable PDF (" + e.getMessage() + ")");
    }
  }

  /** Removes running heads, footers and page numbers from the first and last lines of pages. */
  static List<List<String>> dropFurniture(List<List<String>> pages) {
    Map<String, Integer> count = new HashMap<>();
    for (List<String> page : pages) {
      for (String key : edgeKeys(page)) {
        count.merge(key, 1, Integer::sum);
      }
    }
    // half the pages of a short document, three pages of a long one (a chapter's running head)
    int most = Math.min(3, Math.max(2, (pages.size() + 1) / 2));
    List<List<String>> out = new ArrayList<>();
    for (List<String> page : pages) {
      List<String> body = new ArrayList<>(page);
      trim(body);
      // from the top, then from the bottom, while lines are furniture
      while (!body.isEmpty() && furniture(body.get(0), count, most)) {
        body.remove(0);
        trim(body);
      }
      while (!body.isEmpty() && furniture(body.get(body.size() - 1), count, most)) {
        body.remove(body.size() - 1);
        trim(body);
      }
      out.add(body);
    }
    return out;
  }

  private static boolean furniture(String line, Map<String, Integer> count, int most) {
    return PAGE_NUMBER.matcher(line).matches() || count.getOrDefault(key(line), 0) >= most;
  }

  private static List<String> edgeKeys(List<String> page) {
    List<String> lines = page.stream().filter(l -> !l.isBlank()).toList();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i < EDGE || i >= lines.size() - EDGE) {
        keys.add(key(lines.get(i)));
      }
    }
    return List.copyOf(keys);
  }

  private static String key(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }

  private static void trim(List<String> lines) {
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
  }

  /** The pages' lines as one text, hyphenation across lines and pages repaired. */
  static String join(List<List<String>> pages) {
    List<String> lines = new ArrayList<>();
    for (List<String> page : pages) {
      lines.addAll(page);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher h = HYPHENATED.matcher(line);
      if (h.find() && i + 1 < lines.size()) {
        Matcher c = CONTINUATION.matcher(lines.get(i + 1));
        if (c.matches()) {
          String head = h.group(1);
          String tail = c.group(1).replaceAll("\\P{L}.*", "");
          String rest = lines.get(i + 1).substring(tail.length());
          // the word and the rest of the next line go on as one line; the hyphen stays in a
          // compound broken at its hyphen ("well-" / "known")
          String word = joinable(head, tail) ? line.substring(0, line.length() - 1) + tail : line + tail;
          lines.set(i + 1, word + rest);
          continue;
        }
      }
      sb.append(line).append('\n');
    }
    return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static boolean joinable(String head, String tail) {
    String joined = head + tail;
    if (Words.isWord(joined)) {
      return true;
    }
    // an unknown word (a name, a technical term): join unless both halves are words
    return !(Words.isWord(head) && Words.isWord(tail));
  }
}
