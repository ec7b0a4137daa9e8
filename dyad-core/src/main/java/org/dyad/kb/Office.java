package org.dyad.kb;

/** Offices the knowledge base tracks. */
public enum Office {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  FOREIGN_MINISTER
}
