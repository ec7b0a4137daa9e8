package org.dyad.kb;

import java.util.List;
import java.util.Optional;

/** PLACEHOLDER until the knowledge files land: knows nothing. */
public final class KnowledgeBase {
  private KnowledgeBase() {}

  /** The bundled knowledge, loaded once. */
  public static KnowledgeBase standard() {
    return new KnowledgeBase();
  }

  /** Country by ISO alpha-3 code. */
  public Optional<Country> country(String alpha3) {
    return Optional.empty();
  }

  /** Country by any name, formal name or demonym, case-insensitive ("Japanese", "Kingdom of Cambodia"). */
  public Optional<Country> countryByName(String nameOrDemonym) {
    return Optional.empty();
  }

  /** Country whose capital or well-known city this is ("Phnom Penh", "Osaka"). */
  public Optional<Country> countryByCity(String city) {
    return Optional.empty();
  }

  /** All countries. */
  public List<Country> countries() {
    return List.of();
  }

  /** Honorifics and honorific titles, longest first, as written ("His Excellency", "Samdech", "H.E."). */
  public List<String> honorifics() {
    return List.of();
  }

  /** All terms of office. */
  public List<Officeholder> officeholders() {
    return List.of();
  }

  /** Anniversary bases. */
  public List<Anniversary> anniversaries() {
    return List.of();
  }

  /** Organizations with the country they act for (null for international ones). */
  public List<Organization> organizations() {
    return List.of();
  }
}
