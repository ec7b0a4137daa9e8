package org.dyad.spark;

import java.io.Serializable;
import org.dyad.model.ExtractionRecord;

/**
 * What became of one document (or of one file or feed record that held none).
 *
 * @param source the file, and the record in it, the document came from
 * @param hash the store's content hash of the document, or {@code null} for a reject
 * @param record the extraction record, or {@code null} for a reject
 * @param reason why there is no record, or {@code null}
 */
record Outcome(String source, String hash, ExtractionRecord record, String reason) implements Serializable {
  Outcome {
    if (source == null || (record == null) == (reason == null)) {
      throw new IllegalArgumentException("an outcome is a record or a reason");
    }
  }

  static Outcome rejected(String source, String reason) {
    return new Outcome(source, null, null, reason);
  }

  boolean ok() {
    return record != null;
  }
}
