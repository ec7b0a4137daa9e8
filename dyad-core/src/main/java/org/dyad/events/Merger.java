package org.dyad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.EventType;
import org.dyad.model.Status;

/**
 * Folds the mentions of one real-world event, told over several sentences, into one event; two
 * events of one day stay two when their people, titles or amounts differ.
 */
final class Merger {
  private Merger() {}

  static List<Candidate> merge(List<Candidate> cands) {
    List<Candidate> events = new ArrayList<>();
    List<Candidate> ordered = new ArrayList<>();
    cands.stream().filter(c -> !c.heading).forEach(ordered::add);
    List<Candidate> headings = cands.stream().filter(c -> c.heading).toList();
    for (Candidate h : headings) {
      // fold a headline into the event of the same kind that the body tells, if there is one
      Candidate target = null;
      for (Candidate c : ordered) {
        if (c.type == h.type && (c.type != EventType.CONSULT || modeClass(c.mode).equals(modeClass(h.mode)))
            && (c.copy == 0 || h.copy == 0 || c.copy == h.copy)) {
          target = c;
          break;
        }
      }
      if (target == null) {
        ordered.add(h);
      } else {
        target.evidence.add(h.evidence.get(0));
        target.persons.addAll(h.persons);
      }
    }
    for (Candidate c : ordered) {
      Candidate target = null;
      int bestScore = 0;
      if (c.anaphoric && c.type == EventType.CONSULT) {
        // "The meeting was attended by ...": the last meeting told, whoever attended it
        for (int i = events.size() - 1; i >= 0 && target == null; i--) {
          Candidate e = events.get(i);
          if (e.type == EventType.CONSULT && modeClass(e.mode).equals(modeClass(c.mode))
              && (!e.dateStated || !c.dateStated || datesCompatible(e.date, c.date))) {
            target = e;
          }
        }
        if (target != null) {
          absorb(target, c);
          continue;
        }
      }
      for (Candidate e : events) {
        int score = sameEvent(e, c);
        if (score > bestScore) {
          bestScore = score;
          target = e;
        }
      }
      if (target == null) {
        events.add(c);
      } else {
        absorb(target, c);
      }
    }
    return foldLoneMentions(events);
  }

  /**
   * A meeting told with one person ("Medvedev's positive response in the talks") is, when the same
   * report tells a meeting of that person with others, that meeting again.
   */
  private static List<Candidate> foldLoneMentions(List<Candidate> events) {
    List<Candidate> out = new ArrayList<>(events);
    for (Candidate lone : events) {
      if (lone.type != EventType.CONSULT || lone.persons.size() != 1 || lone.title != null || lone.mode.equals("visit")) {
        continue;
      }
      for (Candidate e : events) {
        if (e != lone && out.contains(e) && e.type == EventType.CONSULT && !e.mode.equals("visit") && e.persons.size() >= 2
            && e.persons.containsAll(lone.persons) && e.bodies.containsAll(lone.bodies) && (!e.dateStated || !lone.dateStated || datesCompatible(e.date, lone.date))) {
          e.evidence.addAll(lone.evidence);
          out.remove(lone);
          break;
        }
      }
    }
    return out;
  }

  /** 0 when the two mentions are different events, else how strongly they look like one. */
  private static int sameEvent(Candidate e, Candidate c) {
    if (e.type == EventType.AGREE && c.type == EventType.AGREE && e.copy == c.copy && headOf(e.title, c.title)) {
      return 2; // "the Exchange of Notes" is the "Exchange of Notes for a Grant Aid for ..." named, whatever date its sentence has
    }
    if (e.type == EventType.AID && c.type == EventType.AID && e.sentence == c.sentence && sameSum(e.amount, c.amount)) {
      return 3; // "China grants $7 mln of equipment ... donated equipment worth $7 million": one sum in one sentence
    }
    if (e.type != c.type || (e.dateStated && c.dateStated && !datesCompatible(e.date, c.date))) {
      return 0;
    }
    switch (c.type) {
      case AGREE:
        if (e.copy > 0 && c.copy > 0 && e.copy != c.copy) {
          return 0; // the second of "three pacts on X" is not the first
        }
        if (e.title != null && c.title != null) {
          return jaccard(e.title, c.title) >= 0.6 ? 3 : 0;
        }
        return e.sentence == c.sentence && e.title == null && c.title == null ? 1 : 0;
      case AID:
        if (refersBack(c, e) || refersBack(e, c)) {
          return 2; // "handed over 50 ambulances ... The ambulances, worth about US$2.5 million, ...": the same goods
        }
        if (namesAgain(c, e) || namesAgain(e, c)) {
          return 2; // "signed a loan agreement worth KD 10 million ... The loan agreement was signed on behalf of ...": that loan
        }
        if (e.amount != null && c.amount != null) {
          return sameSum(e.amount, c.amount) || sameSum(inUsd(e.amount), c.amount) || sameSum(e.amount, inUsd(c.amount)) ? 3 : 0;
        }
        if (e.title != null && c.title != null && (jaccard(e.title, c.title) >= 0.5 || contains(e.title, c.title))) {
          return 2; // "the Non-Project Grant" is the "Non-Project Grant Aid for the Provision of ..." told before
        }
        if (e.title != null && c.title != null && jaccard(e.title, c.title) < 0.25) {
          return 0; // "would invite twenty diplomats to training courses, and would award thirty scholarships": two gifts
        }
        return e.sentence == c.sentence && e.mode.equals(c.mode) ? 1 : 0;
      case CONSULT:
        if (plannedApart(e, c) || plannedApart(c, e)) {
          return 0; // "held talks" today and "agreed to convene the commission next year": two meetings
        }
        if (e.sentence != c.sentence && (opensAnother(c) || opensAnother(e)) && !e.persons.equals(c.persons)) {
          return 0; // "Later on Tuesday, the Prime Minister received X in the presence of Y": another meeting
        }
        if ((c.elaboration || e.elaboration) && e.title == null && c.title == null && !e.persons.isEmpty()
            && (e.persons.containsAll(c.persons) || c.persons.containsAll(e.persons))) {
          return 2; // what the two sides discussed belongs to the meeting or call that brought them together
        }
        if (e.mode.equals("visit") && c.mode.equals("visit") && e.visitor != null && c.visitor != null && !e.visitor.equals(c.visitor)) {
          return 0; // "the visiting X" and "Y's visit to X's country" are two visits
        }
        boolean sameClass = modeClass(e.mode).equals(modeClass(c.mode));
        // a courtesy call and the consultation it preceded share a person but not their cast
        boolean samePeople = !e.persons.isEmpty() && e.persons.equals(c.persons);
        boolean oneUnnamed = e.persons.isEmpty() != c.persons.isEmpty();
        if (!e.mode.equals(c.mode) && !(sameClass && (samePeople || (oneUnnamed && Set.of(e.mode, c.mode).contains("summit"))))) {
          return 0;
        }
        if (e.title != null && c.title != null) {
          if (e.sentence == c.sentence && !e.title.equalsIgnoreCase(c.title)) {
            return 0; // "the Cambodia-Laos-Vietnam and the Cambodia-Laos-Myanmar-Vietnam summits": one sentence, two names
          }
          return jaccard(e.title, c.title) >= 0.5 ? 4 : 0;
        }
        if (e.mode.equals("visit") && c.mode.equals("visit") && e.title == null && c.title == null) {
          // one visit told from both ends: "X's visit to Y", "the visiting X met Y"
          Set<String> both = e.countries();
          both.retainAll(c.countries());
          if (both.size() >= 2) {
            return 2;
          }
        }
        if ((e.title == null) != (c.title == null) && (e.persons.isEmpty() || c.persons.isEmpty())) {
          return 0; // a named meeting without people is not the untitled meeting of named people
        }
        if (!e.persons.isEmpty() && !c.persons.isEmpty()) {
          if (e.dateStated != c.dateStated && e.date != null && c.date != null && apart(e.date, c.date, 7)
              && (recalled(e.dateStated ? e : c))) {
            return 0; // the talks of the report's day and "recalled their meeting in Jeddah in May": two meetings
          }
          if (e.persons.equals(c.persons)) {
            return 3;
          }
          if (e.persons.containsAll(c.persons) || c.persons.containsAll(e.persons)) {
            // "The Minister received Ambassador X ... UNOPS officials also held audience with the
            // Minister": a body the one meets that the other lacks, against a person it lacks, is another meeting
            return othersApart(e, c) || othersApart(c, e) ? 0 : 2;
          }
          return 0;
        }
        if (e.dateStated != c.dateStated && e.date != null && c.date != null && apart(e.date, c.date, 7)) {
          // "held talks" on the report's day and "last month ... held the 5th meeting of the commission": two meetings
          return 0;
        }
        Set<String> ec = e.countries();
        ec.retainAll(c.countries());
        return !ec.isEmpty() || e.countries().isEmpty() || c.countries().isEmpty() ? 1 : 0;
      default:
        return e.sentence == c.sentence ? 1 : 0;
    }
  }

  private static final java.util.regex.Pattern RECALLED = java.util.regex.Pattern.compile(
      "(?i)\\brecall(?:ed|ing|s)?\\s+(?:their|his|her|the|its)\\s+(?:[\\w\\-]+\\s+){0,2}(?:meeting|talks|visit|call|conversation)s?\\b");

  /** "X and Y recalled their meeting in Jeddah in May": a meeting of the past, told as memory. */
  private static boolean recalled(Candidate c) {
    return c.told != null && RECALLED.matcher(c.told).find();
  }

  /** A sentence that opens on another part of the day's programme: "Later on Tuesday", "Earlier", "Separately". */
  private static final java.util.regex.Pattern ANOTHER = java.util.regex.Pattern.compile(
      "(?i)^\\s*(?:later|earlier|separately|afterwards|subsequently|in\\s+a\\s+separate\\s+(?:meeting|call|event))\\b");

  private static boolean opensAnother(Candidate c) {
    return c.told != null && ANOTHER.matcher(c.told).find();
  }

  /** {@code planned} is a meeting to come, dated by its own words to a time {@code held}'s day is not in. */
  private static boolean plannedApart(Candidate held, Candidate planned) {
    return held.status == Status.OCCURRED && planned.status == Status.PLANNED && planned.dateStated && held.persons.size() >= 2
        && held.date != null && planned.date != null && !datesCompatible(held.date, planned.date);
  }

  /** {@code a} meets a person {@code b} does not, and {@code b} a body {@code a} does not. */
  private static boolean othersApart(Candidate a, Candidate b) {
    return !b.persons.containsAll(a.persons) && !a.bodies.containsAll(b.bodies);
  }

  /**
   * Whether {@code later} names {@code earlier}'s goods again with "the": "The ambulances, worth
   * about US$2.5 million, were procured under a grant" after "handed over 50 ambulances".
   */
  private static boolean refersBack(Candidate later, Candidate earlier) {
    if (later.sentence <= earlier.sentence || later.told == null || earlier.title == null || (earlier.amount != null && later.amount != null)) {
      return false;
    }
    String[] words = earlier.title.trim().split("\\s+");
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (head.length() < 4 || !head.endsWith("s")) {
      return false; // a plural noun of goods, not "aid" or a project's last word
    }
    String names = java.util.regex.Pattern.quote(head) + KINDS.entrySet().stream()
        .filter(k -> k.getValue().contains(head)).map(k -> "|" + k.getKey()).collect(java.util.stream.Collectors.joining());
    return java.util.regex.Pattern.compile("(?i)\\b(?:the|these|those)\\s+(?:[\\w\\-]+\\s+)?(?:" + names + ")\\b")
        .matcher(later.told).find();
  }

  private static final java.util.regex.Pattern THE_LOAN = java.util.regex.Pattern.compile(
      "(?i)^\\s*(?:the|this)\\s+(?:(?:concessional|soft|new)\\s+)?(loan|grant|credit)\\b");

  /**
   * Whether {@code later}, with no sum of its own, opens on "The loan ..." or "The grant ..." after
   * {@code earlier} told a loan or grant with its sum.
   */
  private static boolean namesAgain(Candidate later, Candidate earlier) {
    if (later.sentence <= earlier.sentence || later.amount != null || earlier.amount == null || later.told == null) {
      return false;
    }
    java.util.regex.Matcher m = THE_LOAN.matcher(later.told);
    return m.find() && earlier.told != null && earlier.told.toLowerCase(Locale.ROOT).contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** Words for kinds of goods and the goods they cover: "35 ambulances ... The vehicles, worth ...". */
  private static final java.util.Map<String, java.util.Set<String>> KINDS = java.util.Map.of(
      "vehicles", java.util.Set.of("ambulances", "buses", "trucks", "cars", "jeeps", "vans", "motorcycles", "tractors", "pickups"),
      "supplies", java.util.Set.of("medicines", "vaccines", "masks", "tents", "blankets", "kits", "doses", "ventilators"),
      "items", java.util.Set.of("medicines", "vaccines", "masks", "tents", "blankets", "kits", "computers", "generators"),
      "equipment", java.util.Set.of("computers", "generators", "ventilators", "detectors", "radios", "scanners", "laptops"));

  /** The same sum within 1%, in one currency. */
  private static boolean sameSum(Amount a, Amount b) {
    return a != null && b != null && a.currency().equals(b.currency())
        && a.value().subtract(b.value()).abs().compareTo(a.value().movePointLeft(2)) <= 0;
  }

  /** The sum in US dollars, when the text gave its conversion. */
  private static Amount inUsd(Amount a) {
    return a.usd() == null || a.usd().signum() <= 0 ? null : new Amount(a.usd(), "USD", a.usd());
  }

  private static String modeClass(String mode) {
    return switch (mode) {
      case "meeting", "summit", "consultation" -> "meeting";
      default -> mode;
    };
  }

  private static void absorb(Candidate e, Candidate c) {
    if (e.visitor == null) {
      e.visitor = c.visitor;
    }
    e.persons.addAll(c.persons);
    e.organizations.addAll(c.organizations);
    e.bodies.addAll(c.bodies);
    // an aid's giver read as the subject of the verb of giving outranks givers read by position
    if (e.type == EventType.AID && c.giverBySubject && !e.giverBySubject) {
      e.source.clear();
      e.target.clear();
      e.giverBySubject = true;
    }
    boolean keepDirection = e.type == EventType.AID && e.giverBySubject && !c.giverBySubject;
    for (String x : keepDirection ? List.<String>of() : c.source) {
      if (!e.source.contains(x)) {
        e.source.add(x);
      }
    }
    for (String x : keepDirection ? List.<String>of() : c.target) {
      if (!e.target.contains(x) && !e.source.contains(x)) {
        e.target.add(x);
      }
    }
    e.evidence.addAll(c.evidence);
    if (c.dateStated && (!e.dateStated || precision(c.date) > precision(e.date)
        || e.dateIsReportDay && !c.dateIsReportDay && precision(c.date) == precision(e.date))) {
      // "her meeting with X on Jan. 28" dates the meeting better than "the release received this morning"
      e.date = c.date;
      e.dateStated = true;
      e.dateIsReportDay = c.dateIsReportDay;
    } else if (e.date == null) {
      e.date = c.date;
    }
    if (e.location == null) {
      e.location = c.location;
    }
    if (e.title == null) {
      e.title = c.title;
    }
    if (e.amount == null) {
      e.amount = c.amount;
    }
    if (e.copy == 0) {
      e.copy = c.copy;
    }
    if (c.status == Status.OCCURRED && !c.anaphoric) {
      e.status = Status.OCCURRED; // not from "During the visit, the President will ...": a reference says nothing of when
    }
    if (e.elaboration && !c.elaboration) {
      e.mode = c.mode;
      e.elaboration = false;
      if (c.date != null) {
        e.date = c.date;
        e.dateStated = c.dateStated;
      }
    }
    if (e.mode.equals("meeting") && !c.mode.equals("meeting") && modeClass(c.mode).equals("meeting")) {
      e.mode = c.mode;
    }
    if (e.type == EventType.AID && e.mode.equals("grant") && !c.mode.equals("grant")) {
      e.mode = c.mode; // "provide ... a 10 billion yen loan": the instrument names the aid, not the money
    }
  }

  private static int precision(DateValue d) {
    return d == null ? -1 : d.precision().ordinal();
  }

  /** More than {@code days} days lie between the two periods. */
  private static boolean apart(DateValue a, DateValue b, int days) {
    return a.lastDay().plusDays(days).isBefore(b.firstDay()) || b.lastDay().plusDays(days).isBefore(a.firstDay());
  }

  private static boolean datesCompatible(DateValue a, DateValue b) {
    if (a == null || b == null) {
      return true;
    }
    return !a.firstDay().isAfter(b.lastDay()) && !b.firstDay().isAfter(a.lastDay());
  }

  private static final Set<String> STOP =
      Set.of("a", "an", "the", "of", "for", "to", "and", "in", "on", "at", "by", "with", "via", "between", "from", "under", "towards",
          "toward", "its", "their", "his", "her", "as", "is", "was", "be", "de", "project");

  /** One title's content words, two at least, all in the other's. */
  /** Whether one title is the other's first words, of at least two content words ("Exchange of Notes"). */
  static boolean headOf(String a, String b) {
    if (a == null || b == null || a.equalsIgnoreCase(b)) {
      return false;
    }
    String shorter = (a.length() < b.length() ? a : b).toLowerCase(Locale.ROOT);
    String longer = (a.length() < b.length() ? b : a).toLowerCase(Locale.ROOT);
    return content(shorter).size() >= 2 && longer.startsWith(shorter + " ");
  }

  static boolean contains(String a, String b) {
    Set<String> x = content(a);
    Set<String> y = content(b);
    return x.size() >= 2 && y.size() >= 2 && (x.containsAll(y) || y.containsAll(x));
  }

  static double jaccard(String a, String b) {
    Set<String> x = content(a);
    Set<String> y = content(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return (double) inter.size() / union.size();
  }

  private static Set<String> content(String s) {
    Set<String> out = new HashSet<>();
    // "MoU on X" and "memorandum of understanding on X" name one instrument
    String folded = s.toLowerCase(Locale.ROOT).replaceAll("\\bmemorand(?:um|a|ums)\\b", "memorandum")
        .replaceAll("\\bmous?\\b", "memorandum understanding").replaceAll("\\bmocs?\\b", "memorandum cooperation");
    for (String w : folded.split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
