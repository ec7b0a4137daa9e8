package org.dyad.model;

import java.util.Locale;

/** Whether a date is written in the document or derived from other facts. */
public enum Basis {
  STATED,
  INFERRED;

  /** The lower-case name used in the record. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
