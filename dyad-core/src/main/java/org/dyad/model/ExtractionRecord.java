package org.dyad.model;

import java.util.List;

/**
 * Everything Dyad reads out of one document: the interchange record of FORMAT.md.
 *
 * @param doc document id (the file name without directory and extension)
 * @param text the repaired text that all spans refer to
 * @param date the document's reference date, or {@code null}
 * @param actors one per real-world entity
 * @param events one per real-world event
 * @param topics drawn from the closed list of {@code org.dyad.topics}
 * @param warnings conflicts and doubts found while extracting, for a human to check
 * @param repairs what text repair removed from the raw document (spans in the raw text)
 * @param source what the document said about itself (URL, title, publication day, author), or
 *     {@link SourceInfo#NONE}
 */
public record ExtractionRecord(
    String doc,
    String text,
    DateValue date,
    List<Actor> actors,
    List<Event> events,
    List<String> topics,
    List<String> warnings,
    List<Repair> repairs,
    SourceInfo source) implements java.io.Serializable {
  /** A record without source metadata. */
  public ExtractionRecord(
      String doc,
      String text,
      DateValue date,
      List<Actor> actors,
      List<Event> events,
      List<String> topics,
      List<String> warnings,
      List<Repair> repairs) {
    this(doc, text, date, actors, events, topics, warnings, repairs, SourceInfo.NONE);
  }

  /** A record without a list of repairs. */
  public ExtractionRecord(
      String doc,
      String text,
      DateValue date,
      List<Actor> actors,
      List<Event> events,
      List<String> topics,
      List<String> warnings) {
    this(doc, text, date, actors, events, topics, warnings, List.of());
  }

  public ExtractionRecord {
    if (doc == null || doc.isBlank() || text == null) {
      throw new IllegalArgumentException("record needs a doc id and a text");
    }
    actors = actors == null ? List.of() : List.copyOf(actors);
    events = events == null ? List.of() : List.copyOf(events);
    topics = topics == null ? List.of() : List.copyOf(topics);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    repairs = repairs == null ? List.of() : List.copyOf(repairs);
    source = source == null ? SourceInfo.NONE : source;
    for (Event e : events) {
      for (Span s : e.evidence()) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException("evidence " + s + " lies outside the text of " + doc);
        }
      }
    }
  }
}
