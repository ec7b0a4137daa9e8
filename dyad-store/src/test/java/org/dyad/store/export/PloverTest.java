package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PloverTest {
  private final Plover plover = new Plover(Fixtures.LOOKUP, KnowledgeBase.standard());

  @ParameterizedTest(name = "{0} {1} {2} -> {3} {4} {5}")
  @CsvSource({
    "CONSULT, phone, OCCURRED, CONSULT, phone, ''",
    "CONSULT, video, OCCURRED, CONSULT, phone, ''",
    "CONSULT, visit, OCCURRED, CONSULT, visit, ''",
    "CONSULT, meeting, OCCURRED, CONSULT, '', ''",
    "CONSULT, meeting, PLANNED, AGREE, '', diplomatic",
    "AGREE, mou, OCCURRED, SUPPORT, '', diplomatic",
    "AGREE, joint_statement, OCCURRED, SUPPORT, '', diplomatic",
    "AGREE, agreement, HOPED, AGREE, '', diplomatic",
    "AID, loan, OCCURRED, AID, '', economic",
    "AID, grant, PLANNED, AGREE, '', economic",
    "AID, humanitarian, OCCURRED, AID, '', humanitarian",
    "AID, equipment, OCCURRED, AID, '', ''",
    "SUPPORT, '', OCCURRED, SUPPORT, '', diplomatic",
    "COOPERATE, '', PLANNED, AGREE, '', ''",
    "DISAPPROVE, '', OCCURRED, ACCUSE, disapprove, ''",
    "THREATEN, '', PLANNED, THREATEN, '', future",
  })
  void codesTypeModeAndStatus(String type, String mode, String status, String event, String modes, String contexts) {
    Sides sides = new Sides(List.of(), List.of(), List.of(), false, false, 2);
    Plover.Coding c =
        Plover.coding(
            Fixtures.event(EventType.valueOf(type), mode.isEmpty() ? null : mode, Status.valueOf(status), null,
                List.of(), List.of("NOR"), List.of("KEN"), null, null, null, 1),
            sides);
    assertEquals(event, c.event());
    assertEquals(modes.isEmpty() ? List.of() : List.of(modes), c.modes());
    assertEquals(contexts.isEmpty() ? List.of() : List.of(contexts), c.contexts());
    assertTrue(Plover.SCORES.containsKey(c.event()) && Plover.QUADS.containsKey(c.event()), c.event());
  }

  @Test
  void aMeetingOfThreeCountriesAtAThirdPlaceIsMultilateral() {
    Sides sides = new Sides(List.of(), List.of(), List.of(), false, true, 3);
    Plover.Coding c =
        Plover.coding(Fixtures.event(EventType.CONSULT, "summit", Status.OCCURRED, null, List.of(),
            List.of("NOR", "BRA"), List.of("KEN"), "Geneva", null, null, 1), sides);
    assertEquals(List.of("third-party", "multilateral"), c.modes());
  }

  @Test
  void reciprocalEventsListEveryActorAsSource() {
    JsonNode r = plover.record(Fixtures.events().get(0));
    assertEquals(2, r.get("source").size());
    assertEquals(0, r.get("recipient").size());
    assertEquals("NOR", r.get("source").get(0).get("code").asText());
    assertEquals("GOV", r.get("source").get(0).get("sector").asText());
    assertEquals("Minister of Foreign Affairs", r.get("source").get(0).get("office").asText());
  }

  @Test
  void aidAndHostedVisitsHaveARecipient() {
    JsonNode aid = plover.record(Fixtures.events().get(4));
    assertEquals("NOR", aid.get("source").get(0).get("code").asText());
    assertEquals("Ministry of Health", aid.get("recipient").get(0).get("actor_text").asText());
    JsonNode visit = plover.record(Fixtures.events().get(1));
    assertEquals("BRA", visit.get("source").get(0).get("code").asText());
    assertEquals("NOR", visit.get("recipient").get(0).get("code").asText());
  }

  @Test
  void aMonthIsARangeAndAMissingDateIsNull() {
    JsonNode month = plover.record(Fixtures.events().get(1));
    assertEquals("2024-04-01", month.get("date").asText());
    assertEquals("2024-04-30", month.get("enddate").asText());
    JsonNode day = plover.record(Fixtures.events().get(0));
    assertFalse(day.has("enddate"));
    assertTrue(plover.record(Fixtures.events().get(5)).get("date").isNull());
  }

  @Test
  void keepsDyadsCodingAndSources() {
    StoredEvent s = Fixtures.events().get(4);
    JsonNode d = plover.record(s).get("dyad");
    assertEquals("AID", d.get("type").asText());
    assertEquals("loan", d.get("mode").asText());
    assertEquals(2, d.get("sources").size());
    assertEquals("140000000", d.get("amount").get("usd").asText());
  }
}
