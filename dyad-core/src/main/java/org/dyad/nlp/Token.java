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
public record Token(String word, int start, int end, String pos, String lemma, String ner, String normalized) {}
