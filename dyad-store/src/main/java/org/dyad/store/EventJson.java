package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.json.RecordJson;
import org.dyad.model.Amount;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Precision;
import org.dyad.model.Span;
import org.dyad.model.Status;

/** Events to and from the FORMAT.md JSON shape that the store keeps in its event columns. */
final class EventJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private EventJson() {}

  static String write(Event e) {
    return RecordJson.event(e).toString();
  }

  /** The evidence spans with the text they cover, so that a report can be read without its record. */
  static String evidence(Event e, String text) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Span s : e.evidence()) {
      a.addObject().put("start", s.start()).put("end", s.end()).put("text", s.of(text));
    }
    return a.toString();
  }

  static String strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a.toString();
  }

  static Event read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored event is not JSON: " + e.getOriginalMessage(), e);
    }
    List<Span> evidence = new ArrayList<>();
    for (JsonNode s : n.path("evidence")) {
      evidence.add(new Span(s.path("start").asInt(), s.path("end").asInt()));
    }
    return new Event(
        EventType.valueOf(n.path("type").asText()),
        text(n, "mode"),
        Status.valueOf(n.path("status").asText().toUpperCase(Locale.ROOT)),
        date(n.get("date")),
        list(n.path("participants")),
        list(n.path("source")),
        list(n.path("target")),
        text(n, "location"),
        text(n, "title"),
        amount(n.get("amount")),
        evidence);
  }

  private static DateValue date(JsonNode d) {
    if (d == null || d.isNull()) {
      return null;
    }
    JsonNode basis = d.get("basis");
    Basis b = basis == null || basis.isNull() ? null : Basis.valueOf(basis.asText().toUpperCase(Locale.ROOT));
    JsonNode range = d.get("range");
    if (range != null && range.isArray() && range.size() == 2) {
      return new DateValue(null, Precision.RANGE, b, LocalDate.parse(range.get(0).asText()), LocalDate.parse(range.get(1).asText()));
    }
    return new DateValue(d.path("value").asText(), Precision.valueOf(d.path("precision").asText().toUpperCase(Locale.ROOT)), b);
  }

  private static Amount amount(JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    JsonNode usd = a.get("usd");
    return new Amount(a.path("value").decimalValue(), a.path("currency").asText(), usd == null || usd.isNull() ? null : usd.decimalValue());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<String> list(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  static List<String> stringList(String json) {
    try {
      return list(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new StoreException("stored list is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
