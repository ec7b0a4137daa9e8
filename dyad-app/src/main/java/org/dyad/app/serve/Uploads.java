package org.dyad.app.serve;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dyad.DocumentException;
import org.dyad.json.RecordJson;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;
import org.dyad.read.Documents;
import org.dyad.read.Format;
import org.dyad.read.UnreadableException;
import org.dyad.store.Browse;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Uploaded documents: checked (size, type), extracted with the shared extractor and stored at
 * once. The bytes are kept as {@code UPLOADS/<sha-256>} so that the document page can show the raw
 * text; the file name a client gives only names the document, never a file.
 */
final class Uploads {
  /** How long an upload waits for an extraction slot before the server says it is busy. */
  private static final long WAIT_SECONDS = 120;

  /** Largest original file read back for the raw text. */
  private static final long MAX_RAW_BYTES = 64L << 20;

  private final WebServer.Stores stores;
  private final ExtractorLoader loader;
  private final long maxBytes;
  private final Path dir;
  private final Semaphore slots;

  Uploads(WebServer.Stores stores, ExtractorLoader loader, long maxBytes, Path dir, int concurrent) {
    this.stores = stores;
    this.loader = loader;
    this.maxBytes = maxBytes;
    this.dir = dir;
    this.slots = new Semaphore(concurrent, true);
  }

  long maxBytes() {
    return maxBytes;
  }

  /**
   * What an upload did.
   *
   * @param outcome {@code stored}, {@code replaced} or {@code skipped} (the same content was stored already)
   * @param record the stored record as JSON
   */
  record Result(String outcome, String doc, String record, List<Long> eventIds, long extractMillis) {}

  Result upload(byte[] bytes, String name, boolean force) throws InterruptedException {
    if (bytes.length == 0) {
      throw ApiError.badRequest("empty upload");
    }
    // the last segment of whatever path the client sends, without control characters
    String fileName = name == null ? "" : name.replace('\\', '/').replaceAll("^.*/", "").replaceAll("\\p{Cntrl}", "").strip();
    Format format = Format.detect(Arrays.copyOf(bytes, Math.min(bytes.length, Format.HEAD)), fileName);
    if (format != Format.TEXT && format != Format.HTML && format != Format.PDF) {
      throw new ApiError(415, "upload one document: text, HTML or PDF (this looks like " + format.name().toLowerCase(Locale.ROOT)
          + "; feeds and WARC files go through 'dyad ingest')");
    }
    String hash = Store.contentHash(bytes);
    Browse browse = stores.reader().browse();
    if (!force) {
      var stored = browse.documentWithHash(hash);
      if (stored.isPresent()) {
        Browse.StoredDocument d = browse.document(stored.get()).orElseThrow();
        return new Result("skipped", d.doc(), d.record(), d.eventIds(), 0);
      }
    }
    String doc = docId(fileName, hash);
    var same = browse.document(doc);
    if (same.isPresent() && !same.get().contentHash().equals(hash)) {
      doc = doc + "-" + hash.substring(0, 8); // another document has this name
    }
    keep(bytes, hash);
    if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new ApiError(503, "the server is busy extracting other uploads; try again later", 30);
    }
    ExtractionRecord record;
    long t0 = System.nanoTime();
    try {
      record = loader.get().extract(new RawDocument(doc, "upload:" + (fileName.isEmpty() ? doc : fileName), bytes));
    } catch (DocumentException e) {
      throw new ApiError(422, e.getMessage());
    } catch (IllegalStateException e) {
      throw new ApiError(503, e.getMessage());
    } finally {
      slots.release();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Store.Outcome outcome;
    try {
      outcome = stores.writer().put(record, "upload:" + (fileName.isEmpty() ? doc : fileName), hash, force);
    } catch (StoreException e) {
      throw new ApiError(500, e.getMessage());
    }
    if (outcome == Store.Outcome.SKIPPED) {
      // stored by a concurrent upload of the same content
      String existing = browse.documentWithHash(hash).orElse(doc);
      Browse.StoredDocument d = browse.document(existing).orElseThrow();
      return new Result("skipped", d.doc(), d.record(), d.eventIds(), ms);
    }
    List<Long> ids = browse.document(record.doc()).map(Browse.StoredDocument::eventIds).orElse(List.of());
    return new Result(outcome.name().toLowerCase(Locale.ROOT), record.doc(), RecordJson.toLine(record), ids, ms);
  }

  /** The document id a file name gives: its name without extension, in safe characters. */
  static String docId(String fileName, String hash) {
    String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
    if (stem.length() > 100) {
      stem = stem.substring(0, 100);
    }
    return stem.isEmpty() ? "upload-" + hash.substring(0, 12) : stem;
  }

  private void keep(byte[] bytes, String hash) {
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(hash);
      if (Files.exists(target)) {
        return;
      }
      Path tmp = Files.createTempFile(dir, hash, ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // the upload still works; its page will only lack the raw text
      System.err.println("dyad: cannot keep upload " + hash + " in " + dir + ": " + e.getMessage());
    }
  }

  /** A document's text as read, before repair, or why it cannot be shown. */
  record Raw(String text, String note) {}

  /**
   * The document's text before repair: read again from the upload kept under its hash, or from its
   * source path when the file there still has the stored content (its hash is checked).
   */
  Raw rawText(Browse.StoredDocument d) {
    Path file = null;
    if (dir != null && Files.isRegularFile(dir.resolve(d.contentHash()))) {
      file = dir.resolve(d.contentHash());
    } else if (!d.source().startsWith("upload:")) {
      try {
        Path p = Path.of(d.source());
        if (Files.isRegularFile(p)) {
          file = p;
        }
      } catch (RuntimeException e) {
        file = null; // a source that is no path (a feed record)
      }
    }
    if (file == null) {
      return new Raw(null, "the original file is not available (only its repaired text is stored)");
    }
    try {
      if (Files.size(file) > MAX_RAW_BYTES) {
        return new Raw(null, "the original file is too large to show");
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!Store.contentHash(bytes).equals(d.contentHash())) {
        return new Raw(null, "the file at the source path has changed since it was stored");
      }
      return new Raw(Documents.read(new RawDocument(d.doc(), d.source(), bytes)).text(), null);
    } catch (IOException | UnreadableException e) {
      return new Raw(null, "the original file cannot be read: " + e.getMessage());
    }
  }
}
