package org.dyad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.RawDocument;
import org.dyad.model.SourceInfo;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Splits a file into its documents: a text, HTML or PDF file is one document; a JSON Lines feed
 * is one document per line (fields {@code id}, {@code text}, {@code date}, {@code url},
 * {@code title}, {@code author}); a WARC file (plain or gzip) is one document per HTML or text
 * response or resource record, its id taken from the record id. Files are streamed: a large feed
 * is never held in memory as a whole.
 */
public final class Feeds {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** PDF files carry images and fonts: they may be this many times larger than text would be. */
  private static final long PDF_FACTOR = 16;

  private Feeds() {}

  /**
   * One document of a file, or what is wrong with one record of a feed.
   *
   * @param display the file, and the record in it, for messages ("feed.jsonl: line 3")
   * @param doc the document, or {@code null} when {@code problem} says why there is none
   * @param problem what is wrong with the record, or {@code null}
   */
  public record Entry(String display, RawDocument doc, String problem) {}

  /** Receives the documents of a file, in order. */
  @FunctionalInterface
  public interface Handler<X extends Exception> {
    /** Takes one document or one bad record. */
    void accept(Entry entry) throws X;
  }

  /**
   * Reads a file and hands each of its documents to {@code handler}, as soon as it is read.
   *
   * @param id the file's document id (its name without extension), used as is for a single
   *     document and as a prefix for feed lines without an id
   * @param display the file, for messages
   * @param maxBytes the largest document, in bytes, to read (a PDF may be {@value #PDF_FACTOR}
   *     times larger)
   * @throws UnreadableException when the file as a whole cannot be read (binary, too large,
   *     damaged)
   * @throws IOException when reading fails
   */
  public static <X extends Exception> Format each(Path file, String id, String display, long maxBytes, Handler<X> handler)
      throws X, UnreadableException, IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(Format.HEAD);
    }
    if (head.length == 0) {
      throw new UnreadableException("empty file");
    }
    Format format = Format.detect(head, file.getFileName().toString());
    long size = Files.size(file);
    switch (format) {
      case JSONL -> jsonLines(file, id, display, maxBytes, handler);
      case WARC -> warc(file, display, maxBytes, handler);
      case UNSUPPORTED -> {
        TextDecoder.decode(head); // says "binary file (NUL byte at offset N)" when it is
        throw new UnreadableException("compressed or binary file, not text, HTML, PDF or a feed");
      }
      default -> {
        long limit = format == Format.PDF ? PDF_FACTOR * maxBytes : maxBytes;
        if (size > limit) {
          throw new UnreadableException(size + " bytes, too large (raise max-chars)");
        }
        handler.accept(new Entry(display, new RawDocument(id, display, Files.readAllBytes(file)), null));
      }
    }
    return format;
  }

  private static <X extends Exception> void jsonLines(Path file, String id, String display, long maxBytes, Handler<X> handler)
      throws X, IOException {
    // a JSON string escapes a character in at most six bytes; a line past that cannot be a document we read
    long lineLimit = 6 * maxBytes + 65_536;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      // lines are decoded one by one: a line that is not UTF-8 is one bad record, not the end of the feed
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      int n = 0;
      for (int c = 0; c != -1; ) {
        buf.reset();
        boolean over = false;
        while ((c = in.read()) != -1 && c != '\n') {
          if (buf.size() < lineLimit) {
            buf.write(c);
          } else {
            over = true;
          }
        }
        if (c == -1 && buf.size() == 0) {
          break;
        }
        n++;
        String where = display + ": line " + n;
        if (over) {
          handler.accept(new Entry(where, null, "more than " + lineLimit + " bytes, too large (raise max-chars)"));
          continue;
        }
        String line;
        try {
          line = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(buf.toByteArray())).toString();
        } catch (CharacterCodingException e) {
          handler.accept(new Entry(where, null, "not UTF-8 (a JSON Lines feed is UTF-8)"));
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          handler.accept(new Entry(where, null, "not a JSON object (" + e.getOriginalMessage() + ")"));
          continue;
        }
        if (o == null || !o.isObject()) {
          handler.accept(new Entry(where, null, "not a JSON object"));
          continue;
        }
        JsonNode text = o.get("text");
        if (text == null || !text.isTextual()) {
          handler.accept(new Entry(where, null, "no \"text\" field (a string)"));
          continue;
        }
        byte[] bytes = text.asText().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
          handler.accept(new Entry(where, null, bytes.length + " bytes of text, too large (raise max-chars)"));
          continue;
        }
        String docId = field(o, "id");
        docId = docId == null ? id + "-" + n : docId;
        String date = field(o, "date");
        if (date == null) {
          date = field(o, "published");
        }
        SourceInfo info =
            new SourceInfo(field(o, "url"), field(o, "title"), HtmlReader.day(date), field(o, "author"));
        String source = display + ": line " + n + (docId.equals(id + "-" + n) ? "" : " (" + docId + ")");
        handler.accept(new Entry(source, new RawDocument(docId, source, bytes, info), null));
      }
    }
  }

  private static String field(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static <X extends Exception> void warc(Path file, String display, long maxBytes, Handler<X> handler)
      throws X, IOException, UnreadableException {
    int docs = 0;
    int records = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      while (true) {
        // only reading is guarded here: what the handler throws is the handler's
        Entry entry;
        try {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          records++;
          entry = warcEntry(next.get(), display, maxBytes);
        } catch (IOException | RuntimeException e) {
          if (records == 0) {
            throw new UnreadableException("not a readable WARC file (" + e.getMessage() + ")");
          }
          throw new UnreadableException("WARC file damaged after record " + records + " (" + e.getMessage() + ")");
        }
        if (entry != null) {
          docs++;
          handler.accept(entry);
        }
      }
    }
    if (docs == 0) {
      throw new UnreadableException("no HTML or text responses in this WARC file (" + records + " records)");
    }
  }

  /** The document of a WARC record, what is wrong with it, or {@code null} for a record without one. */
  private static Entry warcEntry(WarcRecord rec, String display, long maxBytes) throws IOException {
    if (!(rec instanceof WarcResponse) && !(rec instanceof WarcResource)) {
      return null; // warcinfo, request, metadata, revisit records hold no document
    }
    WarcTargetRecord target = (WarcTargetRecord) rec;
    String recordId = rec.id().toString().replaceFirst("^urn:uuid:", "");
    String url = target.target();
    String where = display + ": record " + recordId + (url == null ? "" : " (" + url + ")");
    MediaType type;
    MessageBody body;
    if (rec instanceof WarcResponse resp) {
      MediaType block = resp.contentType().base();
      if (!block.equals(MediaType.HTTP_RESPONSE) && !block.equals(MediaType.HTTP)) {
        return null; // dns:, gemini: and other protocols
      }
      HttpResponse http;
      try {
        http = resp.http();
      } catch (IOException e) {
        return new Entry(where, null, "bad HTTP response (" + e.getMessage() + ")");
      }
      if (http.status() < 200 || http.status() >= 300) {
        return null; // redirects and errors hold no article
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else {
      type = rec.contentType();
      body = rec.body();
    }
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml") && !base.equals("text/plain")
        && !base.equals("application/pdf")) {
      return null; // images, scripts, style sheets
    }
    long limit = base.equals("application/pdf") ? PDF_FACTOR * maxBytes : maxBytes;
    byte[] bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      return new Entry(where, null, "more than " + limit + " bytes, too large (raise max-chars)");
    }
    boolean bom = bytes.length >= 2 && (bytes[0] & 0xff) >= 0xef;
    if (base.equals("text/html") && type.parameters().containsKey("charset") && !bom && !hasMetaCharset(bytes)) {
      // the HTTP header names the charset the page does not: say it in the page
      byte[] decl = ("<meta charset=\"" + type.parameters().get("charset") + "\">").getBytes(StandardCharsets.US_ASCII);
      byte[] withDecl = new byte[decl.length + bytes.length];
      System.arraycopy(decl, 0, withDecl, 0, decl.length);
      System.arraycopy(bytes, 0, withDecl, decl.length, bytes.length);
      bytes = withDecl;
    }
    return new Entry(where, new RawDocument(recordId, where, bytes, new SourceInfo(url, null, null, null)), null);
  }

  private static boolean hasMetaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.matches("(?s).*<meta[^>]+charset.*");
  }
}
