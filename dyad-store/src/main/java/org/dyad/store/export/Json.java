package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.dyad.json.RecordJson;
import org.dyad.store.StoredEvent;

/** JSON lines for the JSONL and PLOVER exports, written as the record is (see {@link RecordJson#line}). */
final class Json {
  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static String line(ObjectNode n) {
    return RecordJson.line(n);
  }

  /** The FORMAT.md event shape with the store's {@code id} first and {@code sources} last. */
  static ObjectNode dyadEvent(StoredEvent e) {
    ObjectNode n = object();
    n.put("id", e.id());
    n.setAll(RecordJson.event(e.event()));
    ArrayNode sources = n.putArray("sources");
    e.sources().forEach(sources::add);
    return n;
  }

  /** Whole amounts as integers (8000000000, not 8.0E9), as in the record. */
  static BigDecimal plain(BigDecimal v) {
    return RecordJson.plain(v);
  }
}
