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
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Officeholder;
import org.dyad.model.ActorKind;
import org.dyad.model.Amount;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.Status;

/**
 * Decides whether two reports, from two different documents, describe the same real-world event,
 * says why, and merges the reports of one event into one.
 *
 * <p>The rules are conservative: a missed merge leaves two rows an analyst can still see side by
 * side, while a wrong merge hides an event. Every rule requires the same type, a compatible mode
 * (a call is not a meeting, a visit is not the meeting held during it, a loan is not a grant) and
 * status, dates that overlap (or, for the same people or the same instrument, lie at most a day
 * apart: time zones and reposts), and a shared pair of countries, counting the countries of the
 * participants a report names. Then, per type:
 *
 * <ul>
 *   <li>CONSULT: a shared participant, names compared by identity (the knowledge base's canonical
 *       name, accents, word order and hyphens folded, a surname against the full name, one typo),
 *       and no country whose people the two reports name differently; or, when a report names no
 *       one, the same countries on the same day;
 *   <li>AGREE: the instrument's subject (its title's content words, abbreviations such as MoU or
 *       E/N expanded, the kind of instrument and the parties left out) the same or one within the
 *       other; or, when a title has no subject, the same kind of instrument with the same
 *       organization; several instruments of one ceremony thus stay several;
 *   <li>AID: the same amount within 1% (in the same currency or through a stated conversion), or,
 *       without comparable amounts, the same purpose.
 * </ul>
 *
 * <p>An undated report matches no report by {@link #match}; {@link #undatedMatch} says when it may
 * still be a dated report's event (two people the same, not one), and the store lets it join only
 * when its document's days without a year fit ({@link Anchors}) one dated event and no other.
 */
final class Clusterer {
  /** Share of shared content words above which two titles name the same instrument or project. */
  static final double TITLE_OVERLAP = 0.5;

  /** Relative difference under which two amounts are the same sum, reported with rounding. */
  static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.01");

  /** Days two reports of the same people or the same instrument may differ by (time zones, reposts). */
  static final int DAY_TOLERANCE = 1;

  /** Words that belong to every title, not to one. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "and", "to", "between", "with", "by", "at", "from", "its", "their",
          "that", "which", "this", "these", "one", "two", "three", "other", "as", "well", "also", "new", "us", "uk",
          "government", "governments", "republic", "kingdom", "state", "states", "people", "peoples", "concerning",
          "regarding", "relating", "related", "field", "fields", "area", "areas", "sector", "sectors", "bilateral",
          "mutual", "signed", "sign", "deal", "deals", "about", "among");

  /** Words that say what kind of instrument a title names, not what it is about. */
  private static final Set<String> INSTRUMENT_WORDS =
      Set.of(
          "memorandum", "memoranda", "understanding", "mou", "moc", "cooperation", "co", "operation", "agreement",
          "accord", "treaty", "pact", "letter", "intent", "exchange", "note", "declaration", "joint", "statement",
          "protocol", "arrangement", "contract", "convention", "document", "instrument", "framework", "record",
          "discussion", "minute", "implementing", "implementation", "collaboration", "partnership");

  /** Words of parties' names that many parties share: they tell no two parties apart. */
  private static final Set<String> PARTY_FILLER =
      Set.of(
          "company", "corporation", "corp", "group", "limited", "ltd", "inc", "holding", "province", "provincial",
          "city", "ministry", "department", "agency", "bank", "university", "chamber", "commerce", "council",
          "national", "international", "authority", "committee", "institute", "association", "people");

  /** Abbreviations of instruments, spelt out before titles are compared. */
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "mou", "memorandum of understanding",
          "moc", "memorandum of cooperation",
          "jdi", "joint declaration of intent",
          "loi", "letter of intent",
          "en", "exchange of notes",
          "rod", "record of discussions",
          "mos", "memorandum of understanding");

  /**
   * One word for one notion across outlets: British and American spellings, an adjective and its
   * noun ("scientific", "science"), and "military" for defence.
   */
  private static final Map<String, String> SPELLINGS =
      Map.ofEntries(
          Map.entry("defence", "defense"), Map.entry("military", "defense"), Map.entry("programme", "program"),
          Map.entry("centre", "center"), Map.entry("labour", "labor"), Map.entry("organisation", "organization"),
          Map.entry("harbour", "harbor"), Map.entry("scientific", "science"), Map.entry("cultural", "culture"),
          Map.entry("economic", "economy"), Map.entry("educational", "education"), Map.entry("agricultural", "agriculture"),
          Map.entry("environmental", "environment"), Map.entry("financial", "finance"), Map.entry("industrial", "industry"),
          Map.entry("technological", "technology"), Map.entry("touristic", "tourism"),
          Map.entry("medicine", "medical"), Map.entry("legal", "law"), Map.entry("judicial", "justice"));

  /** Words an organization's name may carry or drop. */
  private static final Set<String> NAME_FILLER = Set.of("limited", "ltd", "inc", "llc", "plc", "the", "of", "and");

  /**
   * Why two reports are one event.
   *
   * @param score how strong the evidence is; a report joins the candidate it matches best
   * @param why the evidence, for {@code dyad events --explain}
   */
  record Match(double score, String why) {}

  private Clusterer() {}

  /** Whether {@code a} and {@code b} (from different documents) report the same event. */
  static boolean same(Event a, Event b) {
    return match(Report.of(a), Report.of(b)) != null;
  }

  /** Why {@code a} and {@code b} (from different documents) report the same event, or {@code null}. */
  static Match match(Report ra, Report rb) {
    Event a = ra.event();
    Event b = rb.event();
    if (a.type() != b.type() || !modeClass(a).equals(modeClass(b)) || !statusCompatible(a.status(), b.status())) {
      return null;
    }
    if (a.date() == null || b.date() == null || !near(a.date(), b.date(), DAY_TOLERANCE)) {
      return null;
    }
    String pair = sharePair(countries(ra), countries(rb));
    if (pair == null) {
      return null;
    }
    Match m =
        switch (a.type()) {
          case AGREE -> agreeSame(ra, rb);
          case AID -> aidSame(a, b);
          default -> participantsSame(ra, rb);
        };
    if (m == null) {
      return null;
    }
    String when;
    if (overlaps(a.date(), b.date())) {
      when = "dates " + a.date().label() + " / " + b.date().label();
    } else if (m.score() >= 1.0) {
      // strong evidence: a day apart is a time zone or a repost's "yesterday"
      when = "dates a day apart " + a.date().label() + " / " + b.date().label();
    } else {
      return null;
    }
    return new Match(m.score(), m.why() + "; countries " + pair + "; " + when);
  }

  /**
   * Why an undated report may be the dated report's event, as far as the reports themselves can
   * tell, or {@code null}: the same type (neither an instrument nor aid, which the same two people
   * sign and give many of), mode class and a compatible status, a shared pair of countries, and at
   * least two participants that are the same people by identity, none of a country named
   * differently. Whether the dates fit is the undated document's to say ({@link Anchors#fit}), and
   * whether no other dated event fits as well is the store's.
   */
  static Match undatedMatch(Report undated, Report dated) {
    Event u = undated.event();
    Event d = dated.event();
    if (u.date() != null || d.date() == null || u.type() != d.type() || !joinsUndated(u.type())) {
      return null;
    }
    if (!modeClass(u).equals(modeClass(d)) || !statusCompatible(u.status(), d.status())) {
      return null;
    }
    String pair = sharePair(countries(undated), countries(dated));
    if (pair == null || peopleConflict(undated, dated) != null) {
      return null;
    }
    List<String> shared = samePeople(u, d);
    if (shared.size() < 2) {
      return null;
    }
    return new Match(1.0 + 0.01 * shared.size(), "undated; same people: " + String.join(", ", shared) + "; countries " + pair);
  }

  /** Whether an undated report of this type may join a dated one: not instruments nor aid. */
  static boolean joinsUndated(EventType t) {
    return t != EventType.AGREE && t != EventType.AID;
  }

  /** The participants of {@code a} that are participants of {@code b} by identity, each counted once. */
  static List<String> samePeople(Event a, Event b) {
    return samePeople(a, b, new HashSet<>(), new HashSet<>());
  }

  /** As {@link #samePeople(Event, Event)}, adding the participants paired to {@code usedA} and {@code usedB}. */
  private static List<String> samePeople(Event a, Event b, Set<String> usedA, Set<String> usedB) {
    List<String> shared = new ArrayList<>();
    for (String p : a.participants()) {
      for (String q : b.participants()) {
        if (!usedB.contains(q) && sameName(p, q)) {
          shared.add(p.equals(q) ? p : p + " = " + q);
          usedA.add(p);
          usedB.add(q);
          break;
        }
      }
    }
    return shared;
  }

  // ------------------------------------------------------------------ CONSULT

  private static Match participantsSame(Report ra, Report rb) {
    Event a = ra.event();
    Event b = rb.event();
    if (!a.participants().isEmpty() && !b.participants().isEmpty()) {
      Set<String> usedA = new HashSet<>();
      Set<String> usedB = new HashSet<>();
      List<String> shared = samePeople(a, b, usedA, usedB);
      if (shared.isEmpty() || peopleConflict(ra, rb) != null) {
        return null;
      }
      // the others may be one person spelt two ways ("Kadhafi", "Gaddafi"): enough to count, not to join
      int spelt = 0;
      for (String p : a.participants()) {
        for (String q : b.participants()) {
          if (!usedA.contains(p) && !usedB.contains(q) && soundAlike(p, q)) {
            shared.add(p + " ~ " + q);
            usedA.add(p);
            usedB.add(q);
            spelt++;
            break;
          }
        }
      }
      // two shared people are the same encounter; one shared person a day apart may be another one
      double score = shared.size() >= 2 ? 1.0 + 0.01 * shared.size() - 0.005 * spelt : 0.9;
      return new Match(score, "same people: " + String.join(", ", shared));
    }
    if (sameCountriesSameDay(ra, rb)) {
      return new Match(0.5, "no names; same countries " + String.join("-", new TreeSet<>(countries(ra))) + " on the same day");
    }
    return null;
  }

  /**
   * A country whose people both reports name, none of them the same person: two encounters (a
   * minister calling two counterparts of one country on one day), or {@code null}.
   */
  static String peopleConflict(Report ra, Report rb) {
    Map<String, List<String>> pa = peopleByCountry(ra);
    Map<String, List<String>> pb = peopleByCountry(rb);
    for (var e : pa.entrySet()) {
      List<String> other = pb.get(e.getKey());
      if (other == null) {
        continue;
      }
      boolean any = false;
      for (String p : e.getValue()) {
        for (String q : other) {
          any |= sameName(p, q) || soundAlike(p, q);
        }
      }
      if (!any) {
        return e.getKey();
      }
    }
    return null;
  }

  private static Map<String, List<String>> peopleByCountry(Report r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Report.Party p : r.parties()) {
      if (p.kind() == ActorKind.PERSON && p.country() != null) {
        out.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p.name());
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ AGREE

  private static Match agreeSame(Report ra, Report rb) {
    Event a = ra.event();
    Event b = rb.event();
    if ("partnership_upgrade".equals(a.mode()) && "partnership_upgrade".equals(b.mode())) {
      // two countries raise their relations once: whatever words each outlet uses for the new level
      return new Match(1.0, "one upgrade of relations between the same countries");
    }
    if (a.title() == null && b.title() == null) {
      // an untitled signing can only be recognised by everything else being identical
      return sameCountriesSameDay(ra, rb) ? new Match(0.3, "untitled instruments; same countries on the same day") : null;
    }
    if (a.title() == null || b.title() == null) {
      return null;
    }
    String ka = instrumentKind(a);
    String kb = instrumentKind(b);
    if (!ka.equals(kb) && !ka.equals("agreement") && !kb.equals("agreement")) {
      // a joint declaration and a memorandum on one subject, signed at one summit, are two
      return null;
    }
    Set<String> sa = subject(a.title());
    Set<String> sb = subject(b.title());
    if (!sa.isEmpty() && !sb.isEmpty()) {
      double j = jaccard(sa, sb);
      if (j >= TITLE_OVERLAP) {
        return new Match(1.0 + j, "same subject " + sa + " / " + sb);
      }
      Set<String> small = sa.size() <= sb.size() ? sa : sb;
      Set<String> large = small == sa ? sb : sa;
      if (large.containsAll(small)) {
        return new Match(1.0, "subject " + small + " within " + large);
      }
      return null;
    }
    // a title that only names the kind of instrument: the same kind signed by the same organization
    if (!ka.equals(kb)) {
      return null;
    }
    for (String p : a.participants()) {
      if (ra.party(p).kind() != ActorKind.ORGANIZATION) {
        continue;
      }
      for (String q : b.participants()) {
        if (rb.party(q).kind() == ActorKind.ORGANIZATION && sameName(p, q)) {
          return new Match(1.0, "same kind of instrument (" + ka + ") signed by the same organization: " + (p.equals(q) ? p : p + " = " + q));
        }
      }
    }
    return null;
  }

  /**
   * The kind of instrument a title names: memorandum, letter, notes, declaration (a joint statement
   * or communique too), protocol, or "agreement" when it names none or only a generic one
   * ("agreement", "accord", "pact"), which outlets use for any kind.
   */
  static String instrumentKind(Event e) {
    List<String> words = titleWords(e.title() == null ? "" : e.title());
    for (String k : List.of("memorandum", "letter", "note", "declaration", "statement", "communique", "protocol")) {
      if (words.contains(k)) {
        return k.equals("statement") || k.equals("communique") ? "declaration" : k;
      }
    }
    return "agreement";
  }

  /**
   * What an instrument or project is about: the title's content words without the kind of
   * instrument, the parties ("between X and Y") and country names.
   */
  static Set<String> subject(String title) {
    List<String> words = titleWords(title);
    Set<String> out = new LinkedHashSet<>();
    Set<String> partyWords = new LinkedHashSet<>();
    boolean parties = false;
    for (String w : words) {
      if (w.equals("between") || w.equals("among")) {
        parties = true;
        continue;
      }
      if (parties && Set.of("on", "in", "for", "regarding", "concerning", "relating", "about", "to").contains(w)) {
        parties = false;
      }
      if (STOP_WORDS.contains(w) || INSTRUMENT_WORDS.contains(w) || isCountryWord(w)) {
        continue;
      }
      if (!parties) {
        out.add(w);
      } else if (!PARTY_FILLER.contains(w)) {
        partyWords.add(w);
      }
    }
    // "MoU between a company and a province": when the parties are all a title says, they say which one
    return out.isEmpty() ? partyWords : out;
  }

  private static boolean isCountryWord(String w) {
    try {
      return w.length() > 2 && KnowledgeBase.standard().countryByName(w).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The title's words, folded, singular, abbreviations spelt out. */
  private static List<String> titleWords(String title) {
    String t = fold(title).replaceAll("\\be\\s*/\\s*n\\b", "en").replace("'s", "");
    List<String> out = new ArrayList<>();
    for (String w : t.split("[^a-z0-9]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String s = stem(w);
      String full = ABBREVIATIONS.get(s);
      if (full != null) {
        out.addAll(Arrays.asList(full.split(" ")));
      } else {
        out.add(SPELLINGS.getOrDefault(s, s));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ AID

  private static Match aidSame(Event a, Event b) {
    if (a.amount() != null && b.amount() != null) {
      Map<String, BigDecimal> va = amounts(a.amount());
      Map<String, BigDecimal> vb = amounts(b.amount());
      boolean comparable = false;
      for (var e : va.entrySet()) {
        BigDecimal other = vb.get(e.getKey());
        if (other != null) {
          comparable = true;
          if (close(e.getValue(), other)) {
            return new Match(1.0, "same amount " + plain(e.getValue()) + " " + e.getKey());
          }
        }
      }
      if (comparable) {
        return null;
      }
    }
    if (a.title() != null && b.title() != null) {
      Set<String> sa = subject(a.title());
      Set<String> sb = subject(b.title());
      double j = jaccard(sa, sb);
      if (j >= TITLE_OVERLAP) {
        return new Match(0.5 + j / 2, "same purpose " + sa + " / " + sb);
      }
    }
    return null;
  }

  /** The amount in each currency the report gives it in: its own and the stated US dollars. */
  private static Map<String, BigDecimal> amounts(Amount a) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    out.put(a.currency(), a.value());
    if (a.usd() != null) {
      out.putIfAbsent("USD", a.usd());
    }
    return out;
  }

  private static boolean close(BigDecimal x, BigDecimal y) {
    BigDecimal larger = x.max(y);
    if (larger.signum() <= 0) {
      return x.compareTo(y) == 0;
    }
    BigDecimal diff = x.subtract(y).abs();
    return diff.divide(larger, 6, RoundingMode.HALF_UP).compareTo(AMOUNT_TOLERANCE) <= 0;
  }

  /** A number as explanations print it: "218000000", not "2.18E+8". */
  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  // ------------------------------------------------------------------ common

  private static boolean sameCountriesSameDay(Report a, Report b) {
    DateValue x = a.event().date();
    DateValue y = b.event().date();
    return countries(a).equals(countries(b))
        && !countries(a).isEmpty()
        && x.precision() == y.precision()
        && x.firstDay().equals(y.firstDay())
        && x.lastDay().equals(y.lastDay());
  }

  /**
   * Calls and video calls are not meetings, a visit is not the meeting held during it, loans are
   * not grants; a report that gives no mode matches any mode.
   */
  static String modeClass(Event e) {
    String m = e.mode();
    if (m == null) {
      return "";
    }
    return switch (e.type()) {
      case CONSULT -> m.equals("phone") || m.equals("video") ? "remote" : m.equals("visit") ? "visit" : "in-person";
      // outlets call one instrument an MoU, an agreement or a declaration: the titles decide
      case AGREE -> m.equals("partnership_upgrade") ? m : "instrument";
      case AID -> m.equals("loan") ? "loan" : "gift";
      default -> m;
    };
  }

  private static boolean statusCompatible(Status x, Status y) {
    // an announced event and the report that it happened are one event; a hope is not a plan
    return x == y || (x != Status.HOPED && y != Status.HOPED);
  }

  static boolean overlaps(DateValue a, DateValue b) {
    return near(a, b, 0);
  }

  /** Whether the periods overlap once each is widened by {@code days} on both sides. */
  static boolean near(DateValue a, DateValue b, int days) {
    return !a.firstDay().minusDays(days).isAfter(b.lastDay()) && !b.firstDay().minusDays(days).isAfter(a.lastDay());
  }

  /** A pair of countries both involve ("JPN-KOR"), or {@code null}. */
  private static String sharePair(Set<String> ca, Set<String> cb) {
    Set<String> pa = pairs(ca);
    Set<String> pb = pairs(cb);
    if (pa.isEmpty() || pb.isEmpty()) {
      // one-sided reports: only the very same set of countries will do
      return !ca.isEmpty() && ca.equals(cb) ? String.join("-", new TreeSet<>(ca)) : null;
    }
    pa.retainAll(pb);
    return pa.isEmpty() ? null : new TreeSet<>(pa).first();
  }

  /**
   * Unordered pairs of the event's countries: both sides report one meeting from their own side,
   * and symmetric events list both countries as sources.
   */
  private static Set<String> pairs(Set<String> countries) {
    List<String> all = new ArrayList<>(new TreeSet<>(countries));
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

  /**
   * The event's countries completed with those of its participants: a report that names only its
   * own side ("the President spoke with Ms. X") still involves the counterpart's country. AID keeps
   * its stated giver and receiver: the people handing over aid are not a third party.
   */
  static Set<String> countries(Report r) {
    Set<String> out = countries(r.event());
    if (r.event().type() != EventType.AID || out.size() < 2) {
      for (Report.Party p : r.parties()) {
        if (p.country() != null) {
          out.add(p.country());
        }
      }
    }
    return out;
  }

  /** Share of content words two titles have in common (Jaccard). */
  static double titleOverlap(String x, String y) {
    return jaccard(subject(x), subject(y));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / union.size();
  }

  /** Plural and singular forms count as one word. */
  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  // ------------------------------------------------------------------ names

  /**
   * The key under which the store keeps an actor: accents folded, lower case, words only, in the
   * order given.
   */
  static String nameKey(String name) {
    return String.join(" ", fold(name).split("[^a-z0-9]+")).trim();
  }

  /**
   * Whether two names are one person or organization: the knowledge base's canonical name when it
   * knows them, then accents, case, word order and hyphens folded; a surname or an initial matches
   * the full name ("Mori", "H. Mori", "Haruto Mori"), and one word may be one edit off
   * ("Manmoham Singh").
   */
  static boolean sameName(String x, String y) {
    if (acronym(x, y)) {
      return true;
    }
    String cx = canonical(x);
    String cy = canonical(y);
    for (String hyphen : List.of("", " ")) {
      List<String> a = nameWords(cx, hyphen);
      List<String> b = nameWords(cy, hyphen);
      if (!a.isEmpty() && !b.isEmpty() && ((a.size() <= b.size() && covers(b, a)) || (b.size() <= a.size() && covers(a, b)))) {
        return true;
      }
      // the same letters split into words differently: "Abdel Rahman Shalgham", "Abdelrahman Shalgham"
      if (a.size() != b.size() && a.size() > 1 && b.size() > 1 && String.join("", a).equals(String.join("", b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names may be transliterations of one ("Moamer Kadhafi", "Muammar Gaddafi"): a word
   * of each with the same consonant skeleton. Too loose to join two reports, enough to keep two
   * spellings from counting as two different people.
   */
  static boolean soundAlike(String x, String y) {
    for (String a : nameWords(x, "")) {
      for (String b : nameWords(y, "")) {
        String sa = skeleton(a);
        if (a.length() >= 4 && b.length() >= 4 && sa.length() >= 3 && sa.equals(skeleton(b))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Consonants only, voiced and unvoiced k-sounds one, h and doubled letters dropped. */
  private static String skeleton(String w) {
    StringBuilder b = new StringBuilder();
    for (char c : w.toCharArray()) {
      char k = switch (c) {
        case 'g', 'q', 'c' -> 'k';
        case 'z' -> 's';
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
        default -> c;
      };
      if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
        b.append(k);
      }
    }
    return b.toString();
  }

  /** The knowledge base's name for the officeholder or organization so named, else the name. */
  private static String canonical(String name) {
    try {
      KnowledgeBase kb = KnowledgeBase.standard();
      List<Officeholder> found = kb.byName(name);
      if (!found.isEmpty()) {
        return found.get(0).name();
      }
      return kb.organization(name).map(o -> o.name()).orElse(name);
    } catch (RuntimeException e) {
      return name;
    }
  }

  /**
   * Whether one name is the other's acronym ("USFDA", "US Food and Drug Administration"): the
   * initials of its words, small words left out, a short first word ("US") whole or by initial.
   */
  static boolean acronym(String x, String y) {
    String ax = x.strip();
    String ay = y.strip();
    if (ax.contains(" ") == ay.contains(" ")) {
      return false;
    }
    String acr = ax.contains(" ") ? ay : ax;
    String full = acr == ax ? ay : ax;
    if (acr.length() < 2 || acr.length() > 8 || !acr.equals(acr.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String a = fold(acr).replaceAll("[^a-z]", "");
    List<String> words = new ArrayList<>();
    for (String w : fold(full).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !Set.of("of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le").contains(w)) {
        words.add(w);
      }
    }
    if (words.size() < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    words.forEach(w -> initials.append(w.charAt(0)));
    StringBuilder firstWhole = new StringBuilder(words.get(0));
    words.subList(1, words.size()).forEach(w -> firstWhole.append(w.charAt(0)));
    return a.equals(initials.toString()) || a.equals(firstWhole.toString());
  }

  private static List<String> nameWords(String name, String hyphen) {
    String s = fold(name).replace("'", "").replace("\u2019", "").replace(".", " ").replace("-", hyphen);
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    List<String> bare = new ArrayList<>(out);
    bare.removeIf(NAME_FILLER::contains);
    return bare.isEmpty() ? out : bare;
  }

  /** Whether every word of {@code small} matches its own word of {@code large}; at most one typo. */
  private static boolean covers(List<String> large, List<String> small) {
    List<String> left = new ArrayList<>(large);
    int typos = 0;
    int full = 0;
    for (String w : small) {
      int at = left.indexOf(w);
      if (at < 0 && w.length() == 1) {
        for (int i = 0; i < left.size() && at < 0; i++) {
          if (left.get(i).charAt(0) == w.charAt(0)) {
            at = i;
          }
        }
      } else if (at >= 0) {
        full++;
      }
      if (at < 0 && w.length() >= 5) {
        for (int i = 0; i < left.size() && at < 0; i++) {
          if (oneEdit(w, left.get(i))) {
            at = i;
            typos++;
          }
        }
      }
      if (at < 0 || typos > 1) {
        return false;
      }
      left.remove(at);
    }
    // an initial alone or a typo alone identifies no one
    return full > 0;
  }

  /** One substitution, insertion, deletion or swap of two neighbours apart. */
  static boolean oneEdit(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 4) {
      return false;
    }
    if (a.length() == b.length()) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (diffs == 0) {
            first = i;
          }
          diffs++;
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
          && a.substring(first + 2).equals(b.substring(first + 2));
    }
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.substring(i).equals(l.substring(i + 1));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('\u0131', 'i').toLowerCase(Locale.ROOT);
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
