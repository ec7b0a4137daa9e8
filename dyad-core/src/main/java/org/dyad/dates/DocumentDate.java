package org.dyad.dates;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DateValue;
import org.dyad.model.Span;

/**
 * A document's reference date.
 *
 * @param value the date as the record prints it (a period inside {@code first..last}), or {@code
 *     null} when nothing can be said
 * @param first first day the document can date from, or {@code null}
 * @param last last day the document can date from, or {@code null}
 * @param evidence how the date was found, for the reader
 * @param warnings conflicts between dates that were resolved one way
 * @param stamps where the text states its own publication or update date ("Published : Oct. 5,
 *     2022 - 22:10"), which dates no event it reports
 * @param release the day of a release the text reposts ("The following press release was issued
 *     on 3 May 2021"), against which its relative dates ("today") are read, or {@code null}
 */
public record DocumentDate(
    DateValue value, LocalDate first, LocalDate last, List<String> evidence, List<String> warnings, List<Span> stamps, LocalDate release) {
  public DocumentDate {
    evidence = List.copyOf(evidence);
    warnings = List.copyOf(warnings);
    stamps = List.copyOf(stamps);
    if (first != null && last != null && last.isBefore(first)) {
      throw new IllegalArgumentException("empty period " + first + ".." + last);
    }
  }

  /** A date with no stamps and no reposted release known. */
  public DocumentDate(DateValue value, LocalDate first, LocalDate last, List<String> evidence, List<String> warnings) {
    this(value, first, last, evidence, warnings, List.of(), null);
  }

  /** No date known. */
  public static DocumentDate unknown() {
    return new DocumentDate(null, null, null, List.of(), List.of());
  }

  /** This date with the text's own date stamps and the day of the release it reposts. */
  DocumentDate with(List<Span> spans, LocalDate released) {
    return new DocumentDate(value, first, last, evidence, warnings, spans, released);
  }

  /** The date relative expressions are read against: the reposted release's day, else this date. */
  DocumentDate reference() {
    return release == null ? this : new DocumentDate(DateValue.ofDay(release, value.basis()), release, release, evidence, warnings);
  }

  /** Whether the characters {@code start..end} overlap one of the text's own date stamps. */
  public boolean isStamp(int start, int end) {
    return stamps.stream().anyMatch(s -> s.start() < end && start < s.end());
  }
}
