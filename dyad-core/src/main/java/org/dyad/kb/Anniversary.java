package org.dyad.kb;

import java.util.List;

/**
 * The founding year of a relationship, from which "the 70th anniversary" dates a text.
 *
 * @param parties ISO alpha-3 codes or organization keys ({@value KnowledgeBase#ASEAN},
 *     {@value KnowledgeBase#EU}); at least one
 * @param year year the relationship began
 * @param what what began ("diplomatic relations", "ASEAN-Japan Friendship and Cooperation")
 * @param keywords words that name it in text ("diplomatic relations", "friendship")
 */
public record Anniversary(List<String> parties, int year, String what, List<String> keywords) {
  public Anniversary {
    parties = List.copyOf(parties);
    keywords = List.copyOf(keywords);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("anniversary without parties");
    }
    if (year < 1000 || year > 2100) {
      throw new IllegalArgumentException("implausible year " + year);
    }
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("anniversary without a description");
    }
  }
}
