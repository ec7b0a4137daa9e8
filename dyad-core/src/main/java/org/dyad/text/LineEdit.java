package org.dyad.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes inside one line, collected against the line's original positions and then applied in
 * one pass, with a map from each position of the edited line back to the original line.
 */
final class LineEdit {
  /** Replaces {@code [start, end)}; {@code [reportStart, reportEnd)} is the span to list. */
  record Change(int start, int end, String replacement, String kind, int reportStart, int reportEnd) {}

  private final String line;
  private final List<Change> changes = new ArrayList<>();

  LineEdit(String line) {
    this.line = line;
  }

  void remove(int start, int end, String kind) {
    replace(start, end, "", kind);
  }

  void replace(int start, int end, String replacement, String kind) {
    changes.add(new Change(start, end, replacement, kind, start, end));
  }

  /** Inserts {@code text} at {@code at}, listed as a change to {@code [reportStart, reportEnd)}. */
  void insert(int at, String text, String kind, int reportStart, int reportEnd) {
    changes.add(new Change(at, at, text, kind, reportStart, reportEnd));
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes that were applied, in line order, overlapping ones left out. */
  List<Change> applied() {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
    List<Change> kept = new ArrayList<>();
    int end = -1;
    for (Change c : sorted) {
      // an insertion where an earlier change ends would double what that change left there
      if (c.start() > end || (c.start() == end && c.start() != c.end())) {
        kept.add(c);
        end = Math.max(end, c.end());
      }
    }
    return kept;
  }

  /**
   * The edited line; {@code map} receives for each position of it (and one past its end) the
   * position in the original line.
   */
  String apply(List<Change> applied, int[][] map) {
    StringBuilder b = new StringBuilder(line.length());
    List<Integer> positions = new ArrayList<>(line.length() + 1);
    int at = 0;
    for (Change c : applied) {
      for (; at < c.start(); at++) {
        b.append(line.charAt(at));
        positions.add(at);
      }
      for (int k = 0; k < c.replacement().length(); k++) {
        b.append(c.replacement().charAt(k));
        positions.add(c.start());
      }
      at = c.end();
    }
    for (; at < line.length(); at++) {
      b.append(line.charAt(at));
      positions.add(at);
    }
    positions.add(line.length());
    int[] m = new int[positions.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = positions.get(i);
    }
    map[0] = m;
    return b.toString();
  }
}
