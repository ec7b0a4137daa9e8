package org.dyad.nlp;

import java.util.List;

/**
 * A document after language processing.
 *
 * @param text the text that was annotated
 * @param sentences its sentences in order
 */
public record Annotated(String text, List<Sentence> sentences) {
  public Annotated {
    sentences = List.copyOf(sentences);
  }

  /** Number of tokens in the document. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
