package org.dyad.model;

import java.util.Locale;

/**
 * How much of a date is known. {@code RANGE} is a period that no single year, month or day covers;
 * it comes first so that any calendar unit counts as more precise.
 */
public enum Precision {
  RANGE,
  YEAR,
  MONTH,
  DAY;

  /** The lower-case name used in the record. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
