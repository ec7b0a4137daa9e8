package org.dyad.model;

/**
 * A half-open character range {@code [start, end)} in a document's repaired text.
 *
 * @param start first character, inclusive, zero or more
 * @param end last character, exclusive, not before {@code start}
 */
public record Span(int start, int end) implements java.io.Serializable, Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Returns the spanned characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Returns whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
