package org.dyad.app.serve;

import org.dyad.DocumentException;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.RawDocument;

/** What the server extracts uploads with: {@code Extractor::extract} in production, a stand-in in tests. */
@FunctionalInterface
public interface Extraction {
  /**
   * The record of one document.
   *
   * @throws DocumentException when the document cannot be read or extracted (the message says why)
   */
  ExtractionRecord extract(RawDocument doc) throws DocumentException;
}
