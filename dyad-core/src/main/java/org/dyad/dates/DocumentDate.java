package org.dyad.dates;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DateValue;

/**
 * A document's reference date.
 *
 * @param value the date as the record prints it (a period inside {@code first..last}), or {@code
 *     null} when nothing can be said
 * @param first first day the document can date from, or {@code null}
 * @param last last day the document can date from, or {@code null}
 * @param evidence how the date was found, for the reader
 * @param warnings conflicts between dates that were resolved one way
 */
public record DocumentDate(DateValue value, LocalDate first, LocalDate last, List<String> evidence, List<String> warnings) {
  public DocumentDate {
    evidence = List.copyOf(evidence);
    warnings = List.copyOf(warnings);
    if (first != null && last != null && last.isBefore(first)) {
      throw new IllegalArgumentException("empty period " + first + ".." + last);
    }
  }

  /** No date known. */
  public static DocumentDate unknown() {
    return new DocumentDate(null, null, null, List.of(), List.of());
  }
}
