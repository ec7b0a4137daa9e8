package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
  /** A strict RFC 4180 reader, written apart from the writer to check it. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && f.length() == 0) {
        i++;
        while (true) {
          char q = text.charAt(i);
          if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            f.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            f.append(q);
            i++;
          }
        }
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
        i++;
      } else if (c == '\r' && text.startsWith("\r\n", i)) {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        if (c == '"' || c == '\r' || c == '\n') {
          throw new IllegalStateException("unquoted " + (int) c + " at " + i);
        }
        f.append(c);
        i++;
      }
    }
    if (!row.isEmpty() || f.length() > 0) {
      throw new IllegalStateException("last row does not end with CRLF");
    }
    return rows;
  }

  @Test
  void everyFieldSurvivesARoundTrip() throws IOException {
    StringWriter out = new StringWriter();
    Exporter.write(Exporter.Format.CSV, Fixtures.events(), Fixtures.LOOKUP, out);
    List<List<String>> rows = parse(out.toString());
    assertEquals(Csv.HEADER, rows.get(0));
    List<StoredEvent> events = Fixtures.events();
    assertEquals(events.size() + 1, rows.size());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(16, rows.get(i + 1).size());
      assertEquals(Csv.row(events.get(i)), rows.get(i + 1));
    }
    assertEquals("the \"Clean Water\" programme", rows.get(5).get(Csv.HEADER.indexOf("title")));
    assertEquals("Joint statement\ton ocean\ngovernance", rows.get(8).get(Csv.HEADER.indexOf("title")));
    assertEquals("1500000000", rows.get(5).get(Csv.HEADER.indexOf("amount")));
    assertEquals("BRA; NOR", rows.get(7).get(Csv.HEADER.indexOf("source")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"plain|plain", "a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"", "''|''"})
  void quotesOnlyWhatNeedsIt(String value, String written) {
    assertEquals(written, Csv.field(value));
  }

  @Test
  void quotesLineBreaks() {
    assertEquals("\"a\nb\"", Csv.field("a\nb"));
    assertEquals("\"a\rb\"", Csv.field("a\rb"));
    assertEquals(List.of(List.of("a\r\nb", "c")), parse(Csv.line(List.of("a\r\nb", "c"))));
  }
}
