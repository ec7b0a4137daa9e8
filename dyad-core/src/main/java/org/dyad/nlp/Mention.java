package org.dyad.nlp;

/**
 * A named-entity, time or money mention.
 *
 * @param text the mention as written
 * @param start first character offset
 * @param end end character offset (exclusive)
 * @param type CoreNLP's fine-grained type (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, CITY, DATE,
 *     MONEY, TITLE, ...)
 * @param normalized the normalized value (a TIMEX value such as {@code 2020-10-21} or {@code
 *     XXXX-12-18}, or an amount such as {@code ¥8.0E9}), or {@code null}
 * @param firstToken index of the first token in the sentence
 * @param endToken index after the last token in the sentence
 */
public record Mention(String text, int start, int end, String type, String normalized, int firstToken, int endToken) {}
