package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Amount;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/** RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they need it. */
final class Csv {
  static final List<String> HEADER =
      List.of(
          "id", "type", "mode", "status", "date", "date_precision", "participants", "source", "target",
          "location", "title", "amount", "currency", "usd", "sources", "n_sources");

  /** Separator inside a list-valued cell. */
  static final String LIST = "; ";

  private Csv() {}

  static void write(Iterable<StoredEvent> events, Writer out) throws IOException {
    out.write(line(HEADER));
    for (StoredEvent e : events) {
      out.write(line(row(e)));
    }
  }

  static List<String> row(StoredEvent s) {
    Event e = s.event();
    Amount a = e.amount();
    List<String> r = new ArrayList<>();
    r.add(Long.toString(s.id()));
    r.add(e.type().name());
    r.add(nullToEmpty(e.mode()));
    r.add(e.status().wireName());
    r.add(e.date() == null ? "" : e.date().label());
    r.add(e.date() == null ? "" : e.date().precision().wireName());
    r.add(String.join(LIST, e.participants()));
    r.add(String.join(LIST, e.source()));
    r.add(String.join(LIST, e.target()));
    r.add(nullToEmpty(e.location()));
    r.add(nullToEmpty(e.title()));
    r.add(a == null ? "" : Json.plain(a.value()).toPlainString());
    r.add(a == null ? "" : a.currency());
    r.add(a == null || a.usd() == null ? "" : Json.plain(a.usd()).toPlainString());
    r.add(String.join(LIST, s.sources()));
    r.add(Integer.toString(s.sources().size()));
    return r;
  }

  static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.append("\r\n").toString();
  }

  /** RFC 4180 section 2, rules 6 and 7: quote a field holding a comma, quote, CR or LF; double quotes. */
  static String field(String v) {
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
