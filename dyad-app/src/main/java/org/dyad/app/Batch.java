package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.DocumentException;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.model.ExtractionRecord;

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

  /** The sink failed (output cannot be written): the batch stops. */
  private static final class SinkFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient AppException cause;

    SinkFailure(AppException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /**
   * Extracts every document of the paths (a feed file holds many) in order.
   *
   * @throws AppException when the sink fails; documents that cannot be read are counted instead
   */
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
      int[] counts = new int[2];
      try {
        Inputs.each(
            in,
            maxBytes,
            entry -> {
              String problem = entry.problem() == null ? null : entry.display() + ": " + entry.problem();
              ExtractionRecord rec = null;
              if (problem == null) {
                try {
                  rec = extractor.extract(entry.doc());
                } catch (DocumentException e) {
                  problem = e.getMessage();
                } catch (RuntimeException e) {
                  // a bug in one stage should cost one document, not the batch
                  problem = entry.display() + ": internal error: " + Failures.describe(e);
                }
              }
              if (problem != null) {
                progress.clear();
                err.println("dyad: " + problem);
                counts[1]++;
              } else {
                try {
                  sink.accept(rec);
                } catch (AppException e) {
                  throw new SinkFailure(e);
                }
                counts[0]++;
              }
            });
      } catch (SinkFailure e) {
        throw e.cause;
      } catch (AppException e) {
        // the file as a whole cannot be read
        progress.clear();
        err.println("dyad: " + e.getMessage());
        counts[1]++;
      }
      ok += counts[0];
      failed += counts[1];
      progress.update(++done);
    }
    progress.clear();
    return new Outcome(ok, failed);
  }
}
