package org.dyad.store.export;

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
import org.dyad.json.RecordJson;
import org.dyad.store.StoredEvent;

/** JSON lines for the JSONL and PLOVER exports. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // As RecordJson does: readers that split lines at U+0085, U+2028 and U+2029 must not break a record.
    MAPPER.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
  }

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

  private Json() {}

  static String line(ObjectNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The FORMAT.md event shape with the store's {@code id} first and {@code sources} last. */
  static ObjectNode dyadEvent(StoredEvent e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.setAll(RecordJson.event(e.event()));
    ArrayNode sources = n.putArray("sources");
    e.sources().forEach(sources::add);
    return n;
  }

  /** Whole amounts as integers (8000000000, not 8.0E9), as in the record. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
