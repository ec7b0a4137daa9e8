package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.model.EventType;

/**
 * Which stored events to list; every filter that is given must hold.
 *
 * @param countries ISO alpha-3 codes that must all be among the event's countries (source or target)
 * @param type the event type, or {@code null} for any
 * @param from events whose date period ends before this day are left out, or {@code null}
 * @param to events whose date period starts after this day are left out, or {@code null}
 * @param actor part of a participant's name, any case, or {@code null}
 * @param topic a topic of at least one reporting document, or {@code null}
 */
public record EventQuery(List<String> countries, EventType type, LocalDate from, LocalDate to, String actor, String topic) {
  public EventQuery {
    countries = countries == null ? List.of() : countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    for (String c : countries) {
      if (!c.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("country '" + c + "' is not an ISO 3166-1 alpha-3 code");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    actor = actor == null || actor.isBlank() ? null : actor.trim();
    topic = topic == null || topic.isBlank() ? null : topic.trim();
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(List.of(), null, null, null, null, null);
  }
}
