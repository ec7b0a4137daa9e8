package org.dyad.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The kinds of input Dyad reads, told apart by their content. */
public enum Format {
  /** Plain text, in any encoding. */
  TEXT,
  /** An HTML (or XHTML) page. */
  HTML,
  /** A PDF file. */
  PDF,
  /** JSON Lines: one JSON object a line, each a document with a {@code text} field. */
  JSONL,
  /** A WARC file (plain or gzip-compressed), one document per HTTP response or resource record. */
  WARC,
  /** Something else: binary content that is none of the above. */
  UNSUPPORTED;

  private static final Pattern HTML_START =
      Pattern.compile("(?s)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)[\\s>/]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_LINE = Pattern.compile("^\\s*\\{.*\"text\"\\s*:", Pattern.DOTALL);

  /** How many leading bytes {@link #detect} looks at. */
  public static final int HEAD = 4096;

  /**
   * The format of a file from its first bytes ({@link #HEAD} are enough), the file name only
   * breaking ties: a page that starts with text but is named {@code .html} is HTML.
   *
   * @param head the first bytes of the file (or all of it)
   * @param name the file name, or {@code null}
   */
  public static Format detect(byte[] head, String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (startsWith(head, 0, "%PDF-") || indexOf(head, "%PDF-", 1024) >= 0) {
      return PDF;
    }
    if (startsWith(head, 0, "WARC/")) {
      return WARC;
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return startsWith(gunzipHead(head), 0, "WARC/") ? WARC : UNSUPPORTED;
    }
    String text = TextDecoder.peek(head);
    if (text == null) {
      return UNSUPPORTED;
    }
    if (HTML_START.matcher(text).find()) {
      return HTML;
    }
    if ((lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) && text.contains("<")) {
      return HTML;
    }
    String first = text.strip().lines().findFirst().orElse("");
    if (JSON_LINE.matcher(first).find()) {
      return JSONL;
    }
    return TEXT;
  }

  /** Whether a file name has an extension Dyad reads, for picking files out of a directory. */
  public static boolean knownExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".jsonl", ".ndjson", ".warc", ".warc.gz"}) {
      if (n.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gunzipHead(byte[] head) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static boolean startsWith(byte[] b, int at, String ascii) {
    byte[] a = ascii.getBytes(StandardCharsets.US_ASCII);
    if (b.length < at + a.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (b[at + i] != a[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, String ascii, int limit) {
    for (int i = 0; i < Math.min(b.length, limit); i++) {
      if (startsWith(b, i, ascii)) {
        return i;
      }
    }
    return -1;
  }
}
