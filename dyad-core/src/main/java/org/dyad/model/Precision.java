package org.dyad.model;

import java.util.Locale;

/** How much of a date is known. */
public enum Precision {
  YEAR,
  MONTH,
  DAY;

  /** The lower-case name used in the record. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
