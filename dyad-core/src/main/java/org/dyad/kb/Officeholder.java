package org.dyad.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of office of one person.
 *
 * @param name canonical name as the record prints it
 * @param variants other spellings and orders, including family-name-first forms
 * @param country ISO alpha-3 code
 * @param office which office
 * @param title the office's usual English title ("Prime Minister", "Minister for Foreign Affairs")
 * @param start first day in office
 * @param end last day in office, or {@code null} while in office
 */
public record Officeholder(
    String name, List<String> variants, String country, Office office, String title, LocalDate start, LocalDate end) {
  public Officeholder {
    variants = List.copyOf(variants);
  }

  /** Whether the term includes {@code day}. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }
}
