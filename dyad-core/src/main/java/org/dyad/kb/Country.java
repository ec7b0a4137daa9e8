package org.dyad.kb;

import java.util.List;

/**
 * A country or territory.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code
 * @param alpha3 ISO 3166-1 alpha-3 code
 * @param name common English short name
 * @param names every accepted name, including {@code name} and formal names ("Kingdom of Cambodia")
 * @param demonyms adjectives and demonyms ("Cambodian", "Khmer")
 * @param capital capital city, or {@code null}
 */
public record Country(
    String alpha2, String alpha3, String name, List<String> names, List<String> demonyms, String capital) {
  public Country {
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
  }
}
