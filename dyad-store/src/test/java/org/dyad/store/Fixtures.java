package org.dyad.store;

import java.math.BigDecimal;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Precision;
import org.dyad.model.Span;
import org.dyad.model.Status;

/** Hand-made events and records, so that store tests do not need the language models. */
final class Fixtures {
  private Fixtures() {}

  static DateValue day(String iso) {
    return new DateValue(iso, Precision.DAY, null);
  }

  static DateValue month(String iso) {
    return new DateValue(iso, Precision.MONTH, null);
  }

  static Event consult(String mode, DateValue date, List<String> people, String from, String to) {
    return new Event(EventType.CONSULT, mode, Status.OCCURRED, date, people, List.of(from), List.of(to), null, null, null, List.of(new Span(0, 4)));
  }

  static Event agree(String title, DateValue date, String from, String to) {
    return new Event(EventType.AGREE, "mou", Status.OCCURRED, date, List.of(), List.of(from), List.of(to), null, title, null, List.of(new Span(0, 4)));
  }

  static Event aid(String amount, String currency, String title, DateValue date, String from, String to) {
    return new Event(
        EventType.AID, "grant", Status.OCCURRED, date, List.of(), List.of(from), List.of(to), null, title,
        amount == null ? null : new Amount(new BigDecimal(amount), currency, null), List.of(new Span(0, 4)));
  }

  static Actor person(String name, String country, String title) {
    return new Actor(name, ActorKind.PERSON, country, title, List.of());
  }

  static Actor country(String name, String code) {
    return new Actor(name, ActorKind.COUNTRY, code, null, List.of());
  }

  static ExtractionRecord record(String doc, String text, List<Actor> actors, List<String> topics, Event... events) {
    return new ExtractionRecord(doc, text, null, actors, List.of(events), topics, List.of());
  }
}
