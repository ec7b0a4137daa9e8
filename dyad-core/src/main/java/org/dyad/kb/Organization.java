package org.dyad.kb;

import java.util.List;

/**
 * A well-known organization.
 *
 * @param name canonical name
 * @param aliases acronyms and other names
 * @param country ISO alpha-3 code of the country it acts for, or {@code null} when international
 */
public record Organization(String name, List<String> aliases, String country) {
  public Organization {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("organization without a name");
    }
    aliases = List.copyOf(aliases);
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be an alpha-3 code or null: " + country);
    }
  }
}
