package org.dyad.text;

/**
 * One thing that repair took out of (or changed in) a document, so that a reader can see it.
 *
 * @param kind what was removed: {@code page_header}, {@code classification}, {@code
 *     declassification}, {@code running_head}, {@code page_number}, {@code contact}, {@code
 *     separator}, {@code web_debris}, {@code metadata}, {@code hyphen} (a line-end hyphen of a
 *     word joined across lines), {@code space} (a stray space inside a word) or {@code split} (a
 *     space put between two words glued together; the span is the glued pair)
 * @param start first character in the raw text (as given to {@link TextRepairer#repair}), inclusive
 * @param end last character in the raw text, exclusive
 */
public record Repair(String kind, int start, int end) {
  public Repair {
    if (kind == null || kind.isEmpty() || start < 0 || end < start) {
      throw new IllegalArgumentException("bad repair " + kind + " [" + start + ", " + end + ")");
    }
  }
}
