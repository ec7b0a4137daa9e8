package org.dyad.model;

import java.util.List;

/**
 * One real-world person, organization or country as a document mentions it.
 *
 * @param name canonical name without honorifics
 * @param kind person, organization or country
 * @param country ISO 3166-1 alpha-3 code of the country the actor acts for, or {@code null}
 * @param title the person's office as the document gives it, or {@code null}
 * @param aliases other forms the document uses for the same actor
 */
public record Actor(String name, ActorKind kind, String country, String title, List<String> aliases) implements java.io.Serializable {
  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor name is required");
    }
    if (kind == null) {
      throw new IllegalArgumentException("actor kind is required for " + name);
    }
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country '" + country + "' of " + name + " is not ISO alpha-3");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
