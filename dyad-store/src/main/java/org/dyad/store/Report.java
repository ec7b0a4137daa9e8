package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Event;

/**
 * One document's report of an event, with what that document says about the participants: their
 * kind and the country each acts for. Clustering compares reports, not bare events, so that a
 * report naming only one side still involves the other side's country through its participant.
 *
 * @param event the event as the document reports it
 * @param parties the participants as the document's actors describe them (empty when unknown, as
 *     for reports stored before the store kept them)
 */
record Report(Event event, List<Party> parties) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * A participant of a report.
   *
   * @param name the name as the event gives it
   * @param kind {@code PERSON}, {@code ORGANIZATION} or {@code null} when unknown
   * @param country ISO alpha-3 code of the country it acts for, or {@code null}
   */
  record Party(String name, ActorKind kind, String country) {}

  Report {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }

  /** A report without knowledge of its participants (tests, old stores). */
  static Report of(Event e) {
    return new Report(e, List.of());
  }

  /** The report with each participant looked up among the document's actors. */
  static Report of(Event e, List<Actor> actors) {
    List<Party> out = new ArrayList<>();
    for (String p : e.participants()) {
      Actor found = null;
      for (Actor a : actors) {
        if (a.name().equals(p) || a.aliases().contains(p)) {
          found = a;
          break;
        }
      }
      if (found == null) {
        for (Actor a : actors) {
          if (a.kind() != ActorKind.COUNTRY && Clusterer.sameName(a.name(), p)) {
            found = a;
            break;
          }
        }
      }
      out.add(found == null ? new Party(p, null, null) : new Party(p, found.kind(), found.country()));
    }
    return new Report(e, out);
  }

  /** The party of this name, or an unknown one. */
  Party party(String name) {
    for (Party p : parties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return new Party(name, null, null);
  }

  /** The parties as the store keeps them: a JSON array of {name, kind, country}. */
  String partiesJson() {
    ArrayNode a = MAPPER.createArrayNode();
    for (Party p : parties) {
      a.addObject().put("name", p.name()).put("kind", p.kind() == null ? null : p.kind().name()).put("country", p.country());
    }
    return a.toString();
  }

  static List<Party> parties(String json) {
    List<Party> out = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try {
      for (JsonNode n : MAPPER.readTree(json)) {
        JsonNode k = n.get("kind");
        JsonNode c = n.get("country");
        out.add(
            new Party(
                n.path("name").asText(), k == null || k.isNull() ? null : ActorKind.valueOf(k.asText()),
                c == null || c.isNull() ? null : c.asText()));
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StoreException("stored participants are not readable: " + e.getMessage(), e);
    }
    return out;
  }
}
