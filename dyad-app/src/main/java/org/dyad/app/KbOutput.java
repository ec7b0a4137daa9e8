package org.dyad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The results of one {@code dyad kb} query, each both as table cells and as a JSON object, printed
 * as an aligned table under a header line or as JSON Lines.
 */
final class KbOutput {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How results are printed. */
  enum Format {
    TABLE,
    JSONL
  }

  /** The {@code --format} option every query has. */
  static final class FormatOption {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        converter = FormatConverter.class,
        description = "table (aligned columns under a header line) or jsonl (one JSON object per result); default: ${DEFAULT-VALUE}.")
    Format format = Format.TABLE;
  }

  /** Accepts "table" and "jsonl" in any case; anything else is a usage error listing both. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a format; expected table or jsonl");
    }
  }

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<ObjectNode> objects = new ArrayList<>();

  KbOutput(List<String> header) {
    this.header = List.copyOf(header);
  }

  void add(List<String> cells, ObjectNode object) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("row of " + cells.size() + " cells under " + header.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    objects.add(object);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(Format format, PrintWriter out) {
    if (format == Format.JSONL) {
      for (ObjectNode o : objects) {
        try {
          out.println(JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
          // a tree of strings and numbers always serializes
          throw new IllegalStateException(e);
        }
      }
    } else {
      int[] widths = new int[header.size()];
      List<List<String>> all = new ArrayList<>();
      all.add(header);
      all.addAll(rows);
      for (List<String> row : all) {
        for (int i = 0; i < row.size(); i++) {
          widths[i] = Math.max(widths[i], width(row.get(i)));
        }
      }
      for (List<String> row : all) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          String cell = row.get(i);
          b.append(cell);
          if (i < row.size() - 1) {
            b.append(" ".repeat(widths[i] - width(cell) + 2));
          }
        }
        out.println(b.toString().stripTrailing());
      }
    }
    out.flush();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** A list as one table cell: "a; b", or "-" when empty. */
  static String cell(List<String> items) {
    return items.isEmpty() ? "-" : String.join("; ", items);
  }
}
