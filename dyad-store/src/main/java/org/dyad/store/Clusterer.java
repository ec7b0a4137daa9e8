package org.dyad.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.Status;

/**
 * Decides whether two reports, from two different documents, describe the same real-world event,
 * and merges the reports of one event into one.
 *
 * <p>The rules are deliberately conservative: a missed merge leaves two rows an analyst can still
 * see side by side, while a wrong merge hides an event. Every rule requires the same type, a
 * compatible mode and status, overlapping date periods and a shared pair of countries; then, per
 * type, CONSULT needs a shared participant (or, when a report names no one, the same countries on
 * the same day), AGREE needs overlapping titles (two instruments signed at one ceremony stay two),
 * and AID needs the same amount or, without comparable amounts, overlapping titles.
 */
final class Clusterer {
  /** Share of shared content words above which two titles name the same instrument or project. */
  static final double TITLE_OVERLAP = 0.5;

  /** Relative difference under which two amounts are the same sum, reported with rounding. */
  static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.01");

  /** Words that say what kind of document or project a title is, not which one. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "and", "to", "between", "with", "by", "at", "from", "its", "their",
          "memorandum", "understanding", "mou", "agreement", "agreements", "government", "governments", "republic",
          "kingdom", "cooperation", "co", "operation", "concerning", "regarding", "field", "fields", "area", "areas");

  private Clusterer() {}

  /** Whether {@code a} and {@code b} (from different documents) report the same event. */
  static boolean same(Event a, Event b) {
    if (a.type() != b.type() || !modeClass(a).equals(modeClass(b)) || !statusCompatible(a.status(), b.status())) {
      return false;
    }
    if (a.date() == null || b.date() == null || !overlaps(a.date(), b.date())) {
      return false;
    }
    if (!sharePair(a, b)) {
      return false;
    }
    return switch (a.type()) {
      case AGREE -> agreeSame(a, b);
      case AID -> aidSame(a, b);
      default -> participantsSame(a, b);
    };
  }

  private static boolean participantsSame(Event a, Event b) {
    if (!a.participants().isEmpty() && !b.participants().isEmpty()) {
      for (String p : a.participants()) {
        for (String q : b.participants()) {
          if (sameName(p, q)) {
            return true;
          }
        }
      }
      return false;
    }
    return sameCountriesSameDay(a, b);
  }

  private static boolean agreeSame(Event a, Event b) {
    if (a.title() != null && b.title() != null) {
      return titleOverlap(a.title(), b.title()) >= TITLE_OVERLAP;
    }
    // an untitled signing can only be recognised by everything else being identical
    return a.title() == null && b.title() == null && sameCountriesSameDay(a, b);
  }

  private static boolean aidSame(Event a, Event b) {
    if (a.amount() != null && b.amount() != null && a.amount().currency().equals(b.amount().currency())) {
      return close(a.amount().value(), b.amount().value());
    }
    if (a.amount() != null && b.amount() != null && a.amount().usd() != null && b.amount().usd() != null) {
      return close(a.amount().usd(), b.amount().usd());
    }
    return a.title() != null && b.title() != null && titleOverlap(a.title(), b.title()) >= TITLE_OVERLAP;
  }

  private static boolean close(BigDecimal x, BigDecimal y) {
    BigDecimal larger = x.max(y);
    BigDecimal diff = x.subtract(y).abs();
    return diff.divide(larger, 6, RoundingMode.HALF_UP).compareTo(AMOUNT_TOLERANCE) <= 0;
  }

  private static boolean sameCountriesSameDay(Event a, Event b) {
    return countries(a).equals(countries(b))
        && !countries(a).isEmpty()
        && a.date().precision() == b.date().precision()
        && a.date().firstDay().equals(b.date().firstDay())
        && a.date().lastDay().equals(b.date().lastDay());
  }

  /**
   * Calls and video calls are not meetings, loans are not grants; a report that gives no mode
   * matches any mode.
   */
  static String modeClass(Event e) {
    String m = e.mode();
    if (m == null) {
      return "";
    }
    return switch (e.type()) {
      case CONSULT -> m.equals("phone") || m.equals("video") ? "remote" : "in-person";
      case AGREE -> m.equals("mou") || m.equals("agreement") ? "instrument" : m;
      case AID -> m.equals("loan") ? "loan" : "gift";
      default -> m;
    };
  }

  private static boolean statusCompatible(Status x, Status y) {
    // an announced event and the report that it happened are one event; a hope is not a plan
    return x == y || (x != Status.HOPED && y != Status.HOPED);
  }

  static boolean overlaps(DateValue a, DateValue b) {
    return !a.firstDay().isAfter(b.lastDay()) && !b.firstDay().isAfter(a.lastDay());
  }

  private static boolean sharePair(Event a, Event b) {
    Set<String> pa = pairs(a);
    Set<String> pb = pairs(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      // one-sided reports: only the very same set of countries will do
      return !countries(a).isEmpty() && countries(a).equals(countries(b));
    }
    pa.retainAll(pb);
    return !pa.isEmpty();
  }

  /**
   * Unordered pairs of the event's countries: both sides report one meeting from their own side,
   * and symmetric events list both countries as sources.
   */
  private static Set<String> pairs(Event e) {
    List<String> all = new ArrayList<>(new TreeSet<>(countries(e)));
    Set<String> out = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        out.add(all.get(i) + "-" + all.get(j));
      }
    }
    return out;
  }

  static Set<String> countries(Event e) {
    Set<String> out = new HashSet<>(e.source());
    out.addAll(e.target());
    return out;
  }

  /** Share of content words two titles have in common (Jaccard). */
  static double titleOverlap(String x, String y) {
    Set<String> a = contentWords(x);
    Set<String> b = contentWords(y);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / union.size();
  }

  private static Set<String> contentWords(String title) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : fold(title).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** Plural and singular forms count as one word. */
  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * The key that identifies a name across documents: accents folded, lower case, words only. Two
   * names are the same person when one's words are all in the other's ("Tanaka", "Kenji Tanaka").
   */
  static String nameKey(String name) {
    return String.join(" ", fold(name).split("[^a-z0-9]+")).trim();
  }

  static boolean sameName(String x, String y) {
    List<String> a = words(nameKey(x));
    List<String> b = words(nameKey(y));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
  }

  private static List<String> words(String key) {
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The event as all its reports together tell it: the first report's wording and evidence, the
   * most precise date, every participant and country, and what the first report left out.
   */
  static Event merge(List<Event> reports) {
    Event first = reports.get(0);
    DateValue date = first.date();
    String mode = first.mode();
    Status status = first.status();
    String location = first.location();
    String title = first.title();
    var amount = first.amount();
    Map<String, String> participants = new LinkedHashMap<>();
    Set<String> source = new LinkedHashSet<>(first.source());
    Set<String> target = new LinkedHashSet<>(first.target());
    for (Event e : reports) {
      if (date == null || (e.date() != null && e.date().precision().compareTo(date.precision()) > 0)) {
        date = e.date();
      }
      mode = mode == null ? e.mode() : mode;
      status = e.status() == Status.OCCURRED ? Status.OCCURRED : status;
      location = location == null ? e.location() : location;
      title = title == null ? e.title() : title;
      amount = amount == null ? e.amount() : amount;
      for (String p : e.participants()) {
        if (participants.keySet().stream().noneMatch(k -> sameName(k, p))) {
          participants.put(p, p);
        }
      }
      // the other side reports the same pair the other way round: orient it like the first report
      boolean reversed =
          e != first && intersects(e.source(), first.target()) && intersects(e.target(), first.source())
              && !intersects(e.source(), first.source());
      source.addAll(reversed ? e.target() : e.source());
      target.addAll(reversed ? e.source() : e.target());
    }
    target.removeAll(source);
    return new Event(
        first.type(), mode, status, date, new ArrayList<>(participants.values()), new ArrayList<>(source),
        new ArrayList<>(target), location, title, amount, first.evidence());
  }

  private static boolean intersects(List<String> a, List<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
