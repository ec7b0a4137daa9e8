package org.dyad.app.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Scorer} found: one row per gold document, documents without a record, the totals
 * and the headline figures, printed exactly as score.py prints them.
 *
 * @param docs one score per gold document, in gold order
 * @param missing gold documents that had no record
 */
public record Report(List<DocScore> docs, List<String> missing) {
  public Report {
    docs = List.copyOf(docs);
    missing = List.copyOf(missing);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one document");
    }
  }

  /** True positives, false positives, false negatives. */
  public record Counts(int tp, int fp, int fn) {
    /** Precision, with score.py's conventions for empty denominators. */
    public double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    /** Recall; 1 when there was nothing to find. */
    public double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    @Override
    public String toString() {
      return tp + "/" + fp + "/" + fn;
    }
  }

  /** Hits out of checked items. */
  public record Ratio(int hits, int total) {
    /** hits / total, or {@code null} when nothing was checked. */
    public Double value() {
      return total > 0 ? (double) hits / total : null;
    }

    Ratio plus(Ratio o) {
      return new Ratio(hits + o.hits, total + o.total);
    }

    @Override
    public String toString() {
      return hits + "/" + total;
    }
  }

  /**
   * Scores of one document.
   *
   * @param doc the document id
   * @param persons named persons found
   * @param personCountry matched persons with the right country
   * @param events per scored event type, in {@link Scorer#SCORED_TYPES} order
   * @param eventDates matched required dated events with a right date
   * @param docDate 1 or 0 for a right or wrong document date, {@code null} when gold has none
   * @param topics topics
   * @param text text checks passed
   */
  public record DocScore(
      String doc,
      Counts persons,
      Ratio personCountry,
      Map<String, Counts> events,
      Ratio eventDates,
      Integer docDate,
      Counts topics,
      Ratio text) {
    public DocScore {
      events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    /** Events of all scored types together. */
    public Counts allEvents() {
      Counts c = new Counts(0, 0, 0);
      for (Counts e : events.values()) {
        c = c.plus(e);
      }
      return c;
    }
  }

  /**
   * The headline figures; {@code null} where score.py prints {@code n/a}.
   *
   * @param docs number of gold documents scored
   * @param eventF1 event F1 over all scored types
   * @param eventP event precision
   * @param eventR event recall
   * @param eventDateAcc share of matched required dated events with a right date
   * @param personF1 person F1
   * @param personCountryAcc share of matched persons with the right country
   * @param docDateAcc share of documents with a right date, of those whose gold has one
   * @param topicF1 topic F1
   * @param textRepairAcc share of text checks passed
   */
  public record Summary(
      int docs,
      double eventF1,
      double eventP,
      double eventR,
      Double eventDateAcc,
      double personF1,
      Double personCountryAcc,
      Double docDateAcc,
      double topicF1,
      Double textRepairAcc) {
    /** The last line of score.py's report: {@code docs=5 event_f1=0.41 ...}. */
    public String line() {
      return "docs=" + docs
          + " event_f1=" + fmt(eventF1)
          + " event_p=" + fmt(eventP)
          + " event_r=" + fmt(eventR)
          + " event_date_acc=" + fmt(eventDateAcc)
          + " person_f1=" + fmt(personF1)
          + " person_country_acc=" + fmt(personCountryAcc)
          + " doc_date_acc=" + fmt(docDateAcc)
          + " topic_f1=" + fmt(topicF1)
          + " text_repair_acc=" + fmt(textRepairAcc);
    }
  }

  /** Event counts per type, summed over documents. */
  public Map<String, Counts> eventsByType() {
    Map<String, Counts> out = new LinkedHashMap<>();
    for (String t : Scorer.SCORED_TYPES) {
      Counts c = new Counts(0, 0, 0);
      for (DocScore d : docs) {
        c = c.plus(d.events().getOrDefault(t, new Counts(0, 0, 0)));
      }
      out.put(t, c);
    }
    return out;
  }

  /** The headline figures over all documents. */
  public Summary summary() {
    Counts ev = new Counts(0, 0, 0);
    for (Counts c : eventsByType().values()) {
      ev = ev.plus(c);
    }
    Counts persons = new Counts(0, 0, 0);
    Counts topics = new Counts(0, 0, 0);
    Ratio text = new Ratio(0, 0);
    Ratio pc = new Ratio(0, 0);
    Ratio ed = new Ratio(0, 0);
    Ratio dd = new Ratio(0, 0);
    for (DocScore d : docs) {
      persons = persons.plus(d.persons());
      topics = topics.plus(d.topics());
      text = text.plus(d.text());
      pc = pc.plus(d.personCountry());
      ed = ed.plus(d.eventDates());
      if (d.docDate() != null) {
        dd = dd.plus(new Ratio(d.docDate(), 1));
      }
    }
    return new Summary(
        docs.size(),
        ev.f1(),
        ev.precision(),
        ev.recall(),
        ed.value(),
        persons.f1(),
        pc.value(),
        dd.value(),
        topics.f1(),
        text.value());
  }

  /** The whole report as score.py prints it (without {@code --json}), lines ending in "\n". */
  public String format() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-28s %16s %10s %10s %6s date", "doc", "events tp/fp/fn", "persons", "topics", "text"));
    for (DocScore d : docs) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-28s %16s %10s %10s %6s %s",
              d.doc(),
              d.allEvents(),
              d.persons(),
              d.topics(),
              d.text(),
              d.docDate() == null ? "None" : d.docDate().toString()));
    }
    eventsByType()
        .forEach(
            (t, c) ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "%-8s tp/fp/fn %s  P %s R %s F1 %s",
                        t,
                        c,
                        fmt(c.precision()),
                        fmt(c.recall()),
                        fmt(c.f1()))));
    if (!missing.isEmpty()) {
      lines.add("no record for: " + String.join(", ", missing));
    }
    lines.add(summary().line());
    return String.join("\n", lines) + "\n";
  }

  /**
   * Python's {@code f"{x:.2f}"}: the exact binary value rounded half to even (Java's {@code %.2f}
   * rounds half up, which differs at ties such as 0.125); {@code n/a} for {@code null}.
   */
  static String fmt(Double x) {
    if (x == null) {
      return "n/a";
    }
    return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
