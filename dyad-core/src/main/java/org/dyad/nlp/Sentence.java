package org.dyad.nlp;

import java.util.List;

/**
 * One sentence.
 *
 * @param index position in the document, from 0
 * @param start first character offset
 * @param end end character offset (exclusive)
 * @param tokens its tokens
 * @param mentions its entity, time and money mentions, in text order
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Mention> mentions) {
  public Sentence {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  /** The sentence's characters in {@code text}. */
  public String text(String text) {
    return text.substring(start, end);
  }

  /** The index of the token holding the character at {@code offset}, or -1 when none does. */
  public int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}
