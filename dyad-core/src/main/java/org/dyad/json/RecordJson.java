package org.dyad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Repair;
import org.dyad.model.Span;

/** Writes extraction records in the interchange format of shared/spec/FORMAT.md (version 1). */
public final class RecordJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // Readers that split lines the Python way (str.splitlines, as score.py does) also break at
    // U+0085, U+2028 and U+2029, which JSON allows raw inside strings: escape them.
    MAPPER.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
  }

  /** Jackson's standard escapes plus U+0085, U+2028 and U+2029. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }

  private RecordJson() {}

  /** The record as one line of JSON, every required field present ({@code null} or {@code []}). */
  /**
   * Any JSON tree as one line, with the record's escaping (U+0085, U+2028 and U+2029 escaped, so
   * readers that split lines the Python way never break a line); for other writers of JSON lines.
   */
  public static String line(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toLine(ExtractionRecord r) {
    try {
      return MAPPER.writeValueAsString(toTree(r));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record as a JSON tree. */
  public static ObjectNode toTree(ExtractionRecord r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("doc", r.doc());
    o.put("text", r.text());
    o.set("date", date(r.date(), true));
    ArrayNode actors = o.putArray("actors");
    for (Actor a : r.actors()) {
      ObjectNode n = actors.addObject();
      n.put("name", a.name());
      n.put("kind", a.kind().wireName());
      n.put("country", a.country());
      n.put("title", a.title());
      ArrayNode al = n.putArray("aliases");
      a.aliases().forEach(al::add);
    }
    ArrayNode events = o.putArray("events");
    for (Event e : r.events()) {
      events.add(event(e));
    }
    ArrayNode topics = o.putArray("topics");
    r.topics().forEach(topics::add);
    ArrayNode warnings = o.putArray("warnings");
    r.warnings().forEach(warnings::add);
    if (!r.repairs().isEmpty()) {
      // an extra field, present only when repair removed something
      ArrayNode repairs = o.putArray("repairs");
      for (Repair x : r.repairs()) {
        repairs.addObject().put("kind", x.kind()).put("start", x.start()).put("end", x.end());
      }
    }
    if (!r.source().isEmpty()) {
      // an extra field, present only when the document carried metadata (web page, feed entry)
      ObjectNode src = o.putObject("source");
      src.put("url", r.source().url());
      src.put("title", r.source().title());
      src.put("published", r.source().published());
      if (r.source().author() != null) {
        src.put("author", r.source().author());
      }
    }
    return o;
  }

  /** One event in the FORMAT.md event shape. */
  public static ObjectNode event(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", e.type().name());
    n.put("mode", e.mode());
    n.put("status", e.status().wireName());
    n.set("date", date(e.date(), false));
    ArrayNode p = n.putArray("participants");
    e.participants().forEach(p::add);
    ArrayNode s = n.putArray("source");
    e.source().forEach(s::add);
    ArrayNode t = n.putArray("target");
    e.target().forEach(t::add);
    n.put("location", e.location());
    n.put("title", e.title());
    n.set("amount", amount(e.amount()));
    ArrayNode ev = n.putArray("evidence");
    for (Span sp : e.evidence()) {
      ObjectNode x = ev.addObject();
      x.put("start", sp.start());
      x.put("end", sp.end());
    }
    return n;
  }

  private static ObjectNode date(DateValue d, boolean withBasis) {
    if (d == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("value", d.value());
    n.put("precision", d.precision().wireName());
    if (d.isRange()) {
      n.putArray("range").add(d.rangeFirst().toString()).add(d.rangeLast().toString());
    }
    if (withBasis || d.basis() != null) {
      n.put("basis", d.basis() == null ? null : d.basis().wireName());
    }
    return n;
  }

  private static ObjectNode amount(Amount a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.set("value", MAPPER.getNodeFactory().numberNode(plain(a.value())));
    n.put("currency", a.currency());
    if (a.usd() != null) {
      n.set("usd", MAPPER.getNodeFactory().numberNode(plain(a.usd())));
    }
    return n;
  }

  /** Whole amounts print as integers (8000000000, not 8.0E9). */
  public static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
