package org.dyad.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.EventType;
import org.dyad.model.Span;
import org.dyad.model.Status;

/** One sentence's mention of an event, before mentions of the same event are folded together. */
final class Candidate {
  final EventType type;
  String mode;
  Status status;
  final int sentence;
  final Set<String> persons = new LinkedHashSet<>();
  final Set<String> organizations = new LinkedHashSet<>();
  /**
   * The bodies a meeting's sentence names ("UNOPS officials held audience with the Minister"): not
   * printed as participants of a meeting, but they tell two meetings of one person apart.
   */
  final Set<String> bodies = new LinkedHashSet<>();
  final List<String> source = new ArrayList<>();
  final List<String> target = new ArrayList<>();
  final List<Span> evidence = new ArrayList<>();
  DateValue date;
  boolean dateStated;
  /** The stated date is the report's own day ("today", "this morning"), which often dates the report rather than the event. */
  boolean dateIsReportDay;
  boolean heading;
  /** "The two leaders discussed ...": says more about a meeting told elsewhere, if there is one. */
  boolean elaboration;
  /** "The meeting was attended by ...": a definite reference to a meeting told before. */
  boolean anaphoric;
  /** Told by a noun ("a loan", "the grant") rather than a verb of giving ("sent arms to"). */
  boolean nounTrigger;
  /** Who makes the visit, when the text says so at the trigger ("X's visit", "the visiting X"), else null. */
  String visitor;
  /** Two people who presided over or witnessed a signing together: they met on the signing's day. */
  boolean atSigning;
  /** Which of several instruments of one count and one subject this is ("three pacts on X"), else 0. */
  int copy;
  String location;
  String title;
  /** An aid's giver is the subject of its verb of giving ("Japan will lend"), not a country found by position. */
  boolean giverBySubject;
  /** The text of the sentence that tells it, for references back ("The ambulances, worth US$2.5 million, ..."). */
  String told;
  Amount amount;

  Candidate(EventType type, String mode, Status status, int sentence) {
    this.type = type;
    this.mode = mode;
    this.status = status;
    this.sentence = sentence;
  }

  /**
   * A new mention of the same occasion (one of the separate meetings a sentence tells): type, mode,
   * status, sentence, heading, evidence, countries, date (as stated or not) and place, without
   * participants.
   */
  Candidate sameOccasion() {
    Candidate x = new Candidate(type, mode, status, sentence);
    x.heading = heading;
    x.evidence.addAll(evidence);
    x.source.addAll(source);
    x.target.addAll(target);
    x.date = date;
    x.dateStated = dateStated;
    x.location = location;
    return x;
  }

  Set<String> countries() {
    Set<String> s = new LinkedHashSet<>(source);
    s.addAll(target);
    return s;
  }
}
