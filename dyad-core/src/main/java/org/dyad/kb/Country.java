package org.dyad.kb;

import java.util.List;

/**
 * A country or territory.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code
 * @param alpha3 ISO 3166-1 alpha-3 code (Kosovo, which has none, uses the user-assigned XKX)
 * @param name common English short name
 * @param names every accepted name, including {@code name} and formal names ("Kingdom of Cambodia")
 * @param demonyms adjectives and demonyms ("Cambodian", "Khmer"); may be empty where every form
 *     is shared with another country
 * @param capital capital city, or {@code null}
 */
public record Country(
    String alpha2, String alpha3, String name, List<String> names, List<String> demonyms, String capital) {
  public Country {
    if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("alpha-2 code must be two capital letters: " + alpha2);
    }
    if (alpha3 == null || !alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("alpha-3 code must be three capital letters: " + alpha3);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("country " + alpha3 + " has no name");
    }
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    if (!names.contains(name)) {
      throw new IllegalArgumentException("names of " + alpha3 + " must include its name " + name);
    }
    if (capital != null && capital.isBlank()) {
      throw new IllegalArgumentException("blank capital for " + alpha3 + ": use null");
    }
  }
}
