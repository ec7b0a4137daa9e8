package org.dyad.nlp;

/**
 * One token.
 *
 * @param word the token as written
 * @param start first character offset
 * @param end end character offset (exclusive)
 * @param pos Penn Treebank part of speech
 * @param lemma lemma
 * @param ner fine-grained named-entity tag ("O" when none)
 * @param normalized normalized value of a time or money expression, or {@code null}
 */
public record Token(String word, int start, int end, String pos, String lemma, String ner, String normalized) {

  /** The lemma in lower case, or the word's when the tagger gave none. */
  public String lowerLemma() {
    return (lemma == null ? word : lemma).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the token may stand in a noun's own modifiers after it ("the meeting between the two
   * foreign ministers", "talks of the Member States'"): a noun, preposition, determiner, number,
   * adjective, "and" or possessive ending.
   */
  public boolean inNounModifier() {
    return pos.startsWith("NN") || pos.equals("IN") || pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.equals("CC")
        || pos.equals("POS");
  }
}
