package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.dyad.read.Feeds;
import org.dyad.read.Format;
import org.dyad.read.UnreadableException;

/**
 * Splits one file of the corpus into its documents with {@link Feeds}, as {@code dyad extract}
 * does: a text, HTML or PDF file is one document, a JSON Lines feed or a WARC file one per record;
 * a file {@code dyad extract} would skip in a directory is a reject that says so.
 */
final class Corpus {
  private Corpus() {}

  /**
   * The documents of a file, and its bad records; a file that cannot be read at all is one
   * reject. {@link Feeds} reads local files, so the file is first copied to a local temporary
   * file (named like the original, whose extension breaks ties between formats).
   */
  static List<Input> read(String path, PortableDataStream stream, long maxBytes) {
    String name = name(path);
    List<Input> out = new ArrayList<>();
    Path tmp = null;
    try {
      tmp = Files.createTempFile("dyad-spark-", "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
      try (InputStream in = stream.open()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      if (!wanted(tmp, name)) {
        out.add(new Input(path, null, SKIPPED));
        return out;
      }
      Feeds.each(tmp, id(name), path, maxBytes, e -> out.add(new Input(e.display(), e.doc(), e.problem())));
    } catch (UnreadableException e) {
      out.add(new Input(path, null, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      out.add(new Input(path, null, "cannot read (" + e + ")"));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind is the system's to clean
        }
      }
    }
    return out;
  }

  /** Why a file is not read. */
  static final String SKIPPED =
      "skipped: neither its name (.txt, .html, .pdf, .jsonl, .warc...) nor its content (HTML, PDF, WARC) says it is a"
          + " document, as dyad extract skips such files in a directory";

  /**
   * Whether the file is one {@code dyad extract} reads in a directory: a known extension, or HTML,
   * PDF or WARC content (so that a README.md or a _metadata file is not taken for an article).
   */
  private static boolean wanted(Path file, String name) throws IOException {
    if (Format.knownExtension(name)) {
      return true;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(Format.HEAD);
    }
    Format f = Format.detect(head, name);
    return f == Format.HTML || f == Format.PDF || f == Format.WARC;
  }

  /** The file name of a Hadoop path ("hdfs://h/a/b.txt" gives "b.txt"). */
  static String name(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The document id, as {@code dyad extract} gives it: the file name without extension. */
  static String id(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
