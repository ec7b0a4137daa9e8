package org.dyad.spark;

import org.dyad.DocumentException;
import org.dyad.Extractor;
import org.dyad.ExtractorConfig;
import org.dyad.store.Store;

/**
 * Extracts documents on an executor with the one {@link Extractor} of its JVM, created on first
 * use: loading the language models takes tens of seconds and about 2 GB of heap, so it happens
 * once per executor, not per task or document. In local mode the driver and executors share it.
 */
final class Extraction {
  private static Extractor extractor;
  private static ExtractorConfig loaded;

  private Extraction() {}

  /** The executor's extractor for these settings, loaded on first use. */
  static synchronized Extractor extractor(ExtractorConfig config) {
    if (extractor == null || !config.equals(loaded)) {
      extractor = Extractor.create(config);
      loaded = config;
    }
    return extractor;
  }

  /** The record of a document, or why there is none: a bad document never fails the job. */
  static Outcome apply(Input in, ExtractorConfig config) {
    if (in.doc() == null) {
      return Outcome.rejected(in.source(), in.reason());
    }
    Extractor x = extractor(config);
    try {
      return new Outcome(in.source(), Store.contentHash(in.doc().bytes()), x.extract(in.doc()), null);
    } catch (DocumentException e) {
      return Outcome.rejected(in.source(), e.getMessage());
    } catch (RuntimeException e) {
      // a bug on one document: say so in the rejects, go on with the others
      return Outcome.rejected(in.source(), "extraction failed (" + e + ")");
    }
  }
}
