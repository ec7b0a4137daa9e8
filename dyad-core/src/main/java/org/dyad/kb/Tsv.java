package org.dyad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reads the knowledge files: UTF-8 text, {@code #} comments, blank lines ignored. */
final class Tsv {
  private Tsv() {}

  /** One data line of a knowledge file, and where it came from. */
  record Line(String file, int number, List<String> cells) {
    /** The cell at {@code i}, stripped; empty when the line is shorter. */
    String cell(int i) {
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    /** The cell at {@code i}, which must not be empty. */
    String required(int i, String what) {
      String s = cell(i);
      if (s.isEmpty()) {
        throw fail("missing " + what + " (column " + (i + 1) + ")");
      }
      return s;
    }

    /** The {@code |}-separated values of cell {@code i}, without empty ones. */
    List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String s : cell(i).split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }

    /** An error that names the file and the line. */
    IllegalStateException fail(String message) {
      return new IllegalStateException(file + ":" + number + ": " + message);
    }

    IllegalStateException fail(String message, Exception cause) {
      return new IllegalStateException(file + ":" + number + ": " + message, cause);
    }
  }

  /**
   * The data lines of {@code file}, split on tabs; each must have between {@code minColumns} and
   * {@code maxColumns} cells (trailing empty optional cells may be left out).
   */
  static List<Line> read(Function<String, Reader> files, String file, int minColumns, int maxColumns) {
    List<Line> out = new ArrayList<>();
    for (Line raw : lines(files, file)) {
      String text = raw.cells().get(0);
      List<String> cells = Arrays.asList(text.split("\t", -1));
      Line line = new Line(file, raw.number(), cells);
      if (cells.size() < minColumns || cells.size() > maxColumns) {
        String expected = minColumns == maxColumns ? "" + minColumns : minColumns + " to " + maxColumns;
        throw line.fail("expected " + expected + " tab-separated columns, found " + cells.size());
      }
      out.add(line);
    }
    return out;
  }

  /** The data lines of {@code file}, whole, each as a one-cell line. */
  static List<Line> lines(Function<String, Reader> files, String file) {
    Reader reader = files.apply(file);
    if (reader == null) {
      throw new IllegalStateException(file + ": knowledge file not found");
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank() || text.stripLeading().startsWith("#")) {
          continue;
        }
        out.add(new Line(file, number, List.of(text)));
      }
    } catch (IOException e) {
      throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }
}
