package org.dyad.nlp;

import java.util.List;

/**
 * A document after language processing.
 *
 * @param text the text that was annotated: the text given, with the case of its prose in capitals
 *     restored (the same length, so the same offsets)
 * @param sentences its sentences in order
 * @param notes what the language processing had to cut short (over-long sentences split,
 *     over-long tokens capped), for the record's warnings
 * @param original the text as given, where a cable's capitals are still capitals
 */
public record Annotated(String text, List<Sentence> sentences, List<String> notes, String original) {
  public Annotated {
    sentences = List.copyOf(sentences);
    notes = List.copyOf(notes);
    if (original.length() != text.length()) {
      throw new IllegalArgumentException("the original text and the annotated one differ in length");
    }
  }

  /** A document whose text was annotated as given. */
  public Annotated(String text, List<Sentence> sentences, List<String> notes) {
    this(text, sentences, notes, text);
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
