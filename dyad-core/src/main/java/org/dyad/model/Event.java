package org.dyad.model;

import java.util.List;

/**
 * One real-world event a document reports, with the spans that state it.
 *
 * @param type PLOVER type
 * @param mode sub-type (for CONSULT: meeting, phone, video, visit, consultation, summit; for AGREE:
 *     mou, agreement, joint_statement, partnership_upgrade; for AID: loan, grant, equipment,
 *     training, technical, humanitarian), or {@code null}
 * @param status occurred, planned or hoped
 * @param date when, or {@code null}
 * @param participants canonical names of the person and organization actors taking part
 * @param source country codes; for AID the giver
 * @param target country codes; for AID the receiver
 * @param location the city or place, or {@code null}
 * @param title the agreement's name or the aid's purpose, or {@code null}
 * @param amount money involved, or {@code null}
 * @param evidence spans of the repaired text that state the event, at least one
 */
public record Event(
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
    List<Span> evidence) implements java.io.Serializable {
  public Event {
    if (type == null || status == null) {
      throw new IllegalArgumentException("event type and status are required");
    }
    participants = participants == null ? List.of() : List.copyOf(participants);
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException(type + " event without evidence");
    }
  }
}
