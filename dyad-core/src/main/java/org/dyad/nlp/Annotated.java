package org.dyad.nlp;

import java.util.List;

/**
 * A document after language processing.
 *
 * @param text the text that was annotated
 * @param sentences its sentences in order
 * @param notes what the language processing had to cut short (over-long sentences split,
 *     over-long tokens capped), for the record's warnings
 */
public record Annotated(String text, List<Sentence> sentences, List<String> notes) {
  public Annotated {
    sentences = List.copyOf(sentences);
    notes = List.copyOf(notes);
  }

  /** A document annotated without anything cut short. */
  public Annotated(String text, List<Sentence> sentences) {
    this(text, sentences, List.of());
  }

  /** Number of tokens in the document. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
