package org.dyad.model;

import java.util.Locale;

/** Whether an event happened, is scheduled, or is only wished for. */
public enum Status {
  OCCURRED,
  PLANNED,
  HOPED;

  /** The lower-case name used in the record. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
