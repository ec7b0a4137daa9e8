package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.DocumentException;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;

/**
 * Extracts the documents named on a command line, in order, reporting each document that cannot
 * be processed as one line on stderr and carrying on with the rest.
 */
final class Batch {
  /** Receives each record as soon as it is extracted. */
  interface Sink {
    void accept(ExtractionRecord r) throws AppException;
  }

  /** How many documents were extracted and how many failed (including bad paths). */
  record Outcome(int extracted, int failed) {}

  private Batch() {}

  static Outcome run(List<Path> paths, ExtractorConfig config, PrintWriter err, Sink sink) throws AppException {
    List<Inputs.Input> inputs = Inputs.expand(paths);
    // models are loaded only when there is something to extract
    Extractor extractor = inputs.stream().allMatch(i -> i.error() != null) ? null : Extractors.shared(config);
    // UTF-8 needs at most 4 bytes a character: larger files cannot be within max-chars
    long maxBytes = 4L * config.maxChars() + 4;
    Progress progress = new Progress(err, inputs.size());
    int done = 0;
    int ok = 0;
    int failed = 0;
    for (Inputs.Input in : inputs) {
      String problem = null;
      ExtractionRecord rec = null;
      try {
        RawDocument doc = Inputs.read(in, maxBytes);
        rec = extractor.extract(doc);
      } catch (AppException | DocumentException e) {
        problem = e.getMessage();
      } catch (RuntimeException e) {
        // a bug in one stage should cost one document, not the batch
        problem = in.display() + ": internal error: " + Failures.describe(e);
      }
      if (problem != null) {
        progress.clear();
        err.println("dyad: " + problem);
        failed++;
      } else {
        sink.accept(rec);
        ok++;
      }
      progress.update(++done);
    }
    progress.clear();
    return new Outcome(ok, failed);
  }
}
