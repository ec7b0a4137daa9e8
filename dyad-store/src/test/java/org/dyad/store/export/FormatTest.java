package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void namesAreCaseInsensitiveAndUnknownOnesListTheChoices() {
    assertEquals(Exporter.Format.GDELT, Exporter.Format.of("GDELT"));
    assertEquals(Exporter.Format.PLOVER, Exporter.Format.of(" plover "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exporter.Format.of("xml"));
    assertTrue(e.getMessage().contains("jsonl, csv, gdelt, plover"), e.getMessage());
  }

  @Test
  void jsonlAddsIdAndSourcesToTheEventShape() throws IOException {
    StringWriter out = new StringWriter();
    Exporter.write(Exporter.Format.JSONL, Fixtures.events().subList(4, 5), Fixtures.LOOKUP, out);
    String line = out.toString();
    assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
    assertEquals(5, n.get("id").asLong());
    assertEquals(List.of("doc-g", "doc-h"), List.of(n.get("sources").get(0).asText(), n.get("sources").get(1).asText()));
    assertEquals("AID", n.get("type").asText());
    assertEquals(3, n.get("evidence").size());
  }

  @Test
  void jsonLinesEscapeUnicodeLineSeparators() throws IOException {
    StringWriter out = new StringWriter();
    List<org.dyad.store.StoredEvent> one =
        List.of(new org.dyad.store.StoredEvent(1, Fixtures.event(org.dyad.model.EventType.AID, null,
            org.dyad.model.Status.OCCURRED, null, List.of(), List.of(), List.of(), null, "a\u2028b", null, 1),
            List.of("d")));
    Exporter.write(Exporter.Format.PLOVER, one, Fixtures.LOOKUP, out);
    Exporter.write(Exporter.Format.JSONL, one, Fixtures.LOOKUP, out);
    assertEquals(-1, out.toString().indexOf('\u2028'));
    assertEquals(2, out.toString().split("\n").length);
  }
}
