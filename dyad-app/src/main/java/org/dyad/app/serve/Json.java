package org.dyad.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dyad.json.RecordJson;
import org.dyad.model.Span;
import org.dyad.store.Browse;
import org.dyad.store.StoredEvent;

/** The API's JSON shapes, written by hand so that they stay what the OpenAPI document says. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }

  /** A stored event: the FORMAT.md event plus {@code id}, {@code sources} and {@code joined_by}. */
  static ObjectNode event(StoredEvent e) {
    ObjectNode n = object();
    n.put("id", e.id());
    n.setAll(RecordJson.event(e.event()));
    n.set("sources", strings(e.sources()));
    n.set("joined_by", strings(e.joinedBy()));
    return n;
  }

  static ObjectNode documentRow(Browse.DocumentRow d) {
    ObjectNode n = object();
    n.put("doc", d.doc());
    n.put("source", d.source());
    n.put("date", d.date());
    n.set("topics", strings(d.topics()));
    n.put("ingested_at", d.ingestedAt());
    n.put("events", d.events());
    n.put("headline", d.headline());
    return n;
  }

  static ObjectNode actorRow(Browse.ActorRow a) {
    ObjectNode n = object();
    n.put("id", a.id());
    n.put("name", a.name());
    n.put("kind", a.kind().wireName());
    n.put("country", a.country());
    n.put("title", a.title());
    n.put("documents", a.documents());
    n.put("events", a.events());
    return n;
  }

  static ObjectNode report(Browse.EventReport r) {
    ObjectNode n = object();
    n.put("doc", r.doc());
    n.put("source", r.source());
    n.put("document_date", r.documentDate());
    n.set("event", RecordJson.event(r.event()));
    ArrayNode ev = n.putArray("evidence");
    for (Browse.Evidence x : r.evidence()) {
      ev.addObject().put("start", x.start()).put("end", x.end()).put("text", x.text());
    }
    n.put("joined_by", r.joinedBy());
    return n;
  }

  static ObjectNode passage(Browse.Passage p) {
    ObjectNode n = object();
    n.put("doc", p.doc());
    n.put("source", p.source());
    n.put("date", p.date());
    n.put("score", Math.round(p.score() * 1000) / 1000.0);
    n.put("passage", p.passage());
    ArrayNode m = n.putArray("marks");
    for (Span s : p.marks()) {
      m.addObject().put("start", s.start()).put("end", s.end());
    }
    return n;
  }

  /** A list with its paging: {@code total} items in all, these from {@code offset}. */
  static ObjectNode page(ArrayNode items, int total, int limit, int offset) {
    ObjectNode n = object();
    n.put("total", total);
    n.put("limit", limit);
    n.put("offset", offset);
    n.set("items", items);
    return n;
  }
}
