package org.dyad.store.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Precision;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.store.StoredEvent;

/** Invented events and actors that exercise every export path. */
final class Fixtures {
  private Fixtures() {}

  static final Map<String, Actor> ACTORS =
      Map.of(
          "Lars Haugen", new Actor("Lars Haugen", ActorKind.PERSON, "NOR", "Minister of Foreign Affairs", List.of()),
          "Ana Ferreira", new Actor("Ana Ferreira", ActorKind.PERSON, "BRA", "Foreign Minister", List.of("Ferreira")),
          "Peter Otieno", new Actor("Peter Otieno", ActorKind.PERSON, "KEN", null, List.of()),
          "Ministry of Health", new Actor("Ministry of Health", ActorKind.ORGANIZATION, "KEN", null, List.of()));

  /** The lookup a store would give; unknown names yield {@code null}. */
  static final Function<String, Actor> LOOKUP = ACTORS::get;

  static Event event(
      EventType type,
      String mode,
      Status status,
      DateValue date,
      List<String> participants,
      List<String> source,
      List<String> target,
      String location,
      String title,
      Amount amount,
      int spans) {
    List<Span> evidence = new java.util.ArrayList<>();
    for (int i = 0; i < spans; i++) {
      evidence.add(new Span(10 * i, 10 * i + 8));
    }
    return new Event(type, mode, status, date, participants, source, target, location, title, amount, evidence);
  }

  static DateValue day(String v) {
    return new DateValue(v, Precision.DAY, null);
  }

  static List<StoredEvent> events() {
    return List.of(
        new StoredEvent(
            1,
            event(EventType.CONSULT, "phone", Status.OCCURRED, day("2024-03-05"),
                List.of("Lars Haugen", "Ana Ferreira"), List.of("NOR"), List.of("BRA"), null, null, null, 2),
            List.of("doc-a", "doc-b")),
        new StoredEvent(
            2,
            event(EventType.CONSULT, "visit", Status.OCCURRED, new DateValue("2024-04", Precision.MONTH, null),
                List.of("Lars Haugen", "Ana Ferreira"), List.of("NOR"), List.of("BRA"), "Oslo", null, null, 1),
            List.of("doc-c")),
        new StoredEvent(
            3,
            event(EventType.CONSULT, "meeting", Status.OCCURRED, new DateValue("2023", Precision.YEAR, null),
                List.of(), List.of("KEN"), List.of("CHL"), "Geneva", null, null, 1),
            List.of("doc-d", "doc-e", "doc-f")),
        new StoredEvent(
            4,
            event(EventType.AGREE, "mou", Status.OCCURRED, day("2024-06-12"),
                List.of("Lars Haugen", "Peter Otieno"), List.of("NOR"), List.of("KEN"), "Nairobi",
                "Memorandum on fisheries research, training and data", null, 1),
            List.of("doc-g")),
        new StoredEvent(
            5,
            event(EventType.AID, "loan", Status.OCCURRED, day("2024-12-31"),
                List.of("Ministry of Health"), List.of("NOR"), List.of("KEN"), null,
                "the \"Clean Water\" programme",
                new Amount(new BigDecimal("1.5E9"), "NOK", new BigDecimal("140000000.00")), 3),
            List.of("doc-g", "doc-h")),
        new StoredEvent(
            6,
            event(EventType.AID, "humanitarian", Status.PLANNED, null,
                List.of(), List.of("BRA"), List.of("CHL"), null, null, null, 1),
            List.of("doc-i")),
        new StoredEvent(
            7,
            event(EventType.CONSULT, "summit", Status.HOPED, day("2025-02-01"),
                List.of("Mystery Envoy"), List.of("BRA", "NOR"), List.of("CHL"), "Nairobi", null, null, 1),
            List.of("doc-j")),
        new StoredEvent(
            8,
            event(EventType.AGREE, "joint_statement", Status.OCCURRED, day("2024-07-01"),
                List.of(), List.of("EU"), List.of("CHL"), "Santiago", "Joint statement\ton ocean\ngovernance",
                null, 1),
            List.of("doc-k")));
  }
}
