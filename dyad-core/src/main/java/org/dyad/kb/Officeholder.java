package org.dyad.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of office of one person.
 *
 * @param name canonical name as the record prints it
 * @param variants other spellings and orders, including family-name-first forms
 * @param country ISO alpha-3 code, or {@code null} for offices of the European Union (President
 *     of the European Council as head of state, President of the European Commission as head of
 *     government, High Representative as foreign minister)
 * @param office which office
 * @param title the office's usual English title ("Prime Minister", "Minister for Foreign Affairs")
 * @param start first day in office
 * @param end last day in office, or {@code null} while in office
 */
public record Officeholder(
    String name, List<String> variants, String country, Office office, String title, LocalDate start, LocalDate end) {
  public Officeholder {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("officeholder without a name");
    }
    variants = List.copyOf(variants);
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be an alpha-3 code or null: " + country);
    }
    if (office == null || title == null || title.isBlank() || start == null) {
      throw new IllegalArgumentException("term of " + name + " needs an office, a title and a start");
    }
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("term of " + name + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** Whether the term includes {@code day}. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }
}
