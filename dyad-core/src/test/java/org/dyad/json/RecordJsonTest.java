package org.dyad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Repair;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  @Test
  void listsRepairsAsAnExtraField() {
    ExtractionRecord r =
        new ExtractionRecord("d1", "The envoys met.", null, List.of(), List.of(), List.of(), List.of(),
            List.of(new Repair("web_debris", 0, 9), new Repair("hyphen", 30, 31)));
    JsonNode repairs = RecordJson.toTree(r).get("repairs");
    assertEquals(2, repairs.size());
    assertEquals("web_debris", repairs.get(0).get("kind").asText());
    assertEquals(0, repairs.get(0).get("start").asInt());
    assertEquals(9, repairs.get(0).get("end").asInt());
    assertEquals("hyphen", repairs.get(1).get("kind").asText());
  }

  @Test
  void leavesTheFieldOutWhenNothingWasRemoved() {
    ExtractionRecord r = new ExtractionRecord("d1", "The envoys met.", null, List.of(), List.of(), List.of(), List.of());
    assertFalse(RecordJson.toTree(r).has("repairs"));
    assertEquals(List.of(), r.repairs());
  }
}
