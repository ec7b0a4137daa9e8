package org.dyad.model;

import java.util.Locale;

/** What an actor is. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  COUNTRY;

  /** The lower-case name used in the record. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
