package org.dyad.spark;

import java.io.Serializable;
import org.dyad.model.RawDocument;

/**
 * One document read from the corpus, or what is wrong with a file or feed record.
 *
 * @param source the file, and the record in it, for messages
 * @param doc the document, or {@code null} when {@code reason} says why there is none
 * @param reason what is wrong, or {@code null}
 */
record Input(String source, RawDocument doc, String reason) implements Serializable {
  Input {
    if (source == null || (doc == null) == (reason == null)) {
      throw new IllegalArgumentException("an input is a document or a reason");
    }
  }
}
