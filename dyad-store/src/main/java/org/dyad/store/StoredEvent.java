package org.dyad.store;

import java.util.List;
import org.dyad.model.Event;

/**
 * One real-world event as the store knows it: the merged event and every document that reports it.
 *
 * @param id the store's identifier of the event cluster
 * @param event the event, with participants, countries, date and evidence merged over its reports
 *     (evidence spans refer to the first source's text)
 * @param sources ids of the documents that report it, first report first
 * @param joinedBy why each later report joined the event, one line per joining report
 *     ("doc: same people: ...; countries JPN-KOR; dates ..."), empty for a single report
 */
public record StoredEvent(long id, Event event, List<String> sources, List<String> joinedBy) {
  public StoredEvent {
    if (event == null) {
      throw new IllegalArgumentException("event is required");
    }
    sources = List.copyOf(sources);
    joinedBy = joinedBy == null ? List.of() : List.copyOf(joinedBy);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no source");
    }
  }

  /** An event without recorded reasons. */
  public StoredEvent(long id, Event event, List<String> sources) {
    this(id, event, sources, List.of());
  }
}
