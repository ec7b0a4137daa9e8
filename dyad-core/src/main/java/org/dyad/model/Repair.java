package org.dyad.model;

/**
 * Something text repair removed from (or changed in) the document as it arrived, listed in the
 * record so that a reader can see what was taken out.
 *
 * @param kind what it was, e.g. {@code page_header}, {@code web_debris}, {@code hyphen}
 * @param start first character in the raw document text, inclusive
 * @param end last character in the raw document text, exclusive
 */
public record Repair(String kind, int start, int end) implements java.io.Serializable {
  public Repair {
    if (kind == null || kind.isEmpty() || start < 0 || end < start) {
      throw new IllegalArgumentException("bad repair " + kind + " [" + start + ", " + end + ")");
    }
  }
}
