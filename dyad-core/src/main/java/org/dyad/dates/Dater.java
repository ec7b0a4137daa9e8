package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorTable;
import org.dyad.kb.Anniversary;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Officeholder;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Precision;
import org.dyad.model.Status;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;

/** Dates documents and resolves the date expressions in them. */
public final class Dater {
  private static final Pattern ABSOLUTE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
  private static final Pattern PARTIAL = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)");
  private static final Pattern DAY_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T[\\w:.]*)?");
  private static final Pattern TODAY_IS = Pattern.compile("THIS P1D INTERSECT (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern OFFSET = Pattern.compile("(?:THIS P1([YMWD]) )?OFFSET P(-?\\d+)([YMWD])");
  private static final Pattern ANNIVERSARY =
      Pattern.compile("(?i)\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:anniversary|year)\\s+(?:of|since|marking)\\s+(.{0,160})");
  private static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    String[] words = {"tenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
    for (int i = 0; i < words.length; i++) {
      ORDINALS.put(words[i], (i + 1) * 10);
    }
  }

  private final KnowledgeBase kb;

  private Dater(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** A dater over the given knowledge. */
  public static Dater create(KnowledgeBase kb) {
    return new Dater(kb);
  }

  /**
   * Dates a document.
   *
   * @param doc the annotated document (annotated without a reference date)
   * @param metadataDate an ISO day lifted from a metadata prefix, or {@code null}
   * @param actors the document's actors, whose terms of office bound the date
   */
  public DocumentDate date(Annotated doc, String metadataDate, ActorTable actors) {
    List<String> evidence = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    // the period allowed by the officeholders named with their titles and by anniversaries
    List<LocalDate[]> constraints = new ArrayList<>();
    for (Actor a : actors.actors()) {
      LocalDate[] term = termOf(a);
      if (term != null) {
        constraints.add(term);
        evidence.add(a.name() + " is " + a.title() + " " + term[0] + ".." + (term[1].getYear() == 9999 ? "" : term[1]));
      }
    }
    Integer annivYear = anniversaryYear(doc, actors, evidence);
    if (annivYear != null) {
      constraints.add(new LocalDate[] {LocalDate.of(annivYear, 1, 1), LocalDate.of(annivYear, 12, 31)});
    }
    LocalDate[] period = null;
    for (LocalDate[] c : constraints) {
      if (period == null) {
        period = c.clone();
      } else {
        LocalDate a = c[0].isAfter(period[0]) ? c[0] : period[0];
        LocalDate b = c[1].isBefore(period[1]) ? c[1] : period[1];
        if (b.isBefore(a)) {
          warnings.add("date evidence conflicts (" + c[0] + ".." + c[1] + " vs " + period[0] + ".." + period[1] + "); kept the earlier evidence");
        } else {
          period = new LocalDate[] {a, b};
        }
      }
    }

    // stated dates: metadata prefix, then a dateline or other full date near the top
    LocalDate stated = null;
    if (metadataDate != null) {
      stated = LocalDate.parse(metadataDate);
      evidence.add("metadata date " + metadataDate);
    } else {
      stated = datelineDay(doc);
      if (stated != null) {
        evidence.add("dateline " + stated);
      } else {
        stated = leadDay(doc);
        if (stated != null) {
          evidence.add("the first full date of the text, " + stated);
        }
      }
    }
    LocalDate todaySays = todayInText(doc);
    if (stated != null && todaySays != null && !todaySays.equals(stated)) {
      // "today, August 4, 2023" in a document dated 2022-08-04: keep the date the other evidence supports
      boolean statedFits = period == null || !(stated.isBefore(period[0]) || stated.isAfter(period[1]));
      boolean textFits = period != null && !(todaySays.isBefore(period[0]) || todaySays.isAfter(period[1]));
      if (!statedFits && textFits) {
        warnings.add("the text says today is " + todaySays + " but the document is dated " + stated + "; kept " + todaySays
            + ", which fits " + period[0] + ".." + period[1]);
        stated = todaySays;
      } else {
        warnings.add("the text says today is " + todaySays + " but the document is dated " + stated + "; kept " + stated);
      }
    }
    if (stated != null) {
      if (period != null && (stated.isBefore(period[0]) || stated.isAfter(period[1]))) {
        warnings.add("stated date " + stated + " lies outside " + period[0] + ".." + period[1] + " inferred from "
            + String.join("; ", evidence) + "; kept the stated date");
      }
      return new DocumentDate(DateValue.ofDay(stated, Basis.STATED), stated, stated, evidence, warnings);
    }
    if (period == null) {
      return new DocumentDate(null, null, null, evidence, warnings);
    }
    // a partial date ("on December 18") that fits exactly one day of the period
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        Matcher p = m.normalized() == null ? null : PARTIAL.matcher(m.normalized());
        if (p != null && p.matches() && p.group(2) != null) {
          int month = Integer.parseInt(p.group(1));
          int day = Integer.parseInt(p.group(2));
          List<LocalDate> fits = new ArrayList<>();
          for (int y = period[0].getYear(); y <= Math.min(period[1].getYear(), period[0].getYear() + 5); y++) {
            if (day <= YearMonth.of(y, month).lengthOfMonth()) {
              LocalDate d = LocalDate.of(y, month, day);
              if (!d.isBefore(period[0]) && !d.isAfter(period[1])) {
                fits.add(d);
              }
            }
          }
          if (fits.size() > 1) {
            // "May 21 ... on Tuesday": a weekday in the same sentence picks the year
            List<LocalDate> sameWeekday = new ArrayList<>();
            for (Mention w : s.mentions()) {
              Matcher wd = w.normalized() == null ? null : WEEKDAY.matcher(w.normalized());
              if (wd != null && wd.matches()) {
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(wd.group(1)));
                fits.stream().filter(d -> d.getDayOfWeek() == dow).forEach(sameWeekday::add);
              }
            }
            if (sameWeekday.size() == 1) {
              fits = sameWeekday;
            }
          }
          if (fits.size() == 1) {
            evidence.add("\"" + m.text() + "\" fits one day of the period");
            return new DocumentDate(DateValue.ofDay(fits.get(0), Basis.INFERRED), period[0], period[1], evidence, warnings);
          }
        }
      }
    }
    if (period[1].getYear() == 9999) {
      // open-ended: only the start is known, which dates nothing
      return new DocumentDate(null, period[0], null, evidence, warnings);
    }
    return new DocumentDate(inside(period[0], period[1]), period[0], period[1], evidence, warnings);
  }

  /** The term of office of a titled officeholder, joined over consecutive terms of the same office. */
  private LocalDate[] termOf(Actor a) {
    if (a.kind() != ActorKind.PERSON || a.title() == null || a.title().toLowerCase(Locale.ROOT).contains("former")) {
      return null;
    }
    LocalDate lo = null;
    LocalDate hi = null;
    for (Officeholder o : kb.officeholders()) {
      if (o.name().equals(a.name()) && sharesOfficeWord(a.title(), o.title())) {
        LocalDate e = o.end() == null ? LocalDate.of(9999, 12, 31) : o.end();
        lo = lo == null || o.start().isBefore(lo) ? o.start() : lo;
        hi = hi == null || e.isAfter(hi) ? e : hi;
      }
    }
    return lo == null ? null : new LocalDate[] {lo, hi};
  }

  private static boolean sharesOfficeWord(String textTitle, String kbTitle) {
    Set<String> a = officeWords(textTitle);
    a.retainAll(officeWords(kbTitle));
    return !a.isEmpty();
  }

  private static Set<String> officeWords(String title) {
    Set<String> s = new LinkedHashSet<>();
    for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (Set.of("prime", "president", "king", "queen", "chancellor", "premier", "emperor", "sultan").contains(w)) {
        s.add(w);
      }
    }
    // "Minister for Foreign Affairs" and "Foreign Minister" are the same office
    // only a foreign minister's own title: "Director of the Office of the Central Foreign Affairs Commission" is not one
    if (title.toLowerCase(Locale.ROOT).matches(
        ".*minister (for|of) foreign affairs.*|.*foreign minister.*|.*secretary of state.*|.*foreign secretary.*|.*external affairs minister.*"
            + "|.*minister of external affairs.*|.*secretary (for|of) foreign affairs.*")) {
      s.add("foreign");
    }
    return s;
  }

  /** The year a document is written in, from an anniversary it mentions, or {@code null}. */
  private Integer anniversaryYear(Annotated doc, ActorTable actors, List<String> evidence) {
    Set<String> docCountries = new LinkedHashSet<>();
    for (Actor a : actors.actors()) {
      if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
        docCountries.add(a.country());
      }
    }
    String text = doc.text();
    int latest = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
    for (Sentence s : doc.sentences()) {
      String st = s.text(text);
      Matcher m = ANNIVERSARY.matcher(st);
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        // the anniversary's own noun phrase: "of the establishment of diplomatic relations between X and Y"
        String tail = m.group(2).split("[,;.:]|\\b(?:which|and noted|while|who)\\b", 2)[0].toLowerCase(Locale.ROOT);
        String sentenceLower = st.toLowerCase(Locale.ROOT);
        Anniversary best = null;
        int bestScore = 0;
        for (Anniversary a : kb.anniversaries()) {
          if (a.keywords().stream().noneMatch(k -> tail.contains(k.toLowerCase(Locale.ROOT)))) {
            continue;
          }
          int named = 0;
          for (String p : a.parties()) {
            if (partyNamed(p, sentenceLower)) {
              named++;
            }
          }
          int score;
          if (named == a.parties().size()) {
            score = 2;
          } else if (docCountries.containsAll(a.parties().stream().filter(p -> p.length() == 3).toList())
              && sentenceLower.matches("(?s).*\\b(two countries|both countries|bilateral|our (two )?countries|our diplomatic)\\b.*")) {
            score = 1; // "the 70th anniversary of bilateral ties between the two countries"
          } else {
            continue;
          }
          if (score > bestScore) {
            bestScore = score;
            best = a;
          }
        }
        if (best == null || best.year() + n > latest) {
          continue;
        }
        int year = best.year() + n;
        int shift = 0;
        if (sentenceLower.matches("(?s).*\\bnext year\\b.*")) {
          shift = -1;
        } else if (sentenceLower.matches("(?s).*\\blast year\\b.*")) {
          shift = 1;
        }
        evidence.add("the " + n + "th anniversary of " + best.what() + " (" + best.year() + ") falls in " + year
            + (shift == 0 ? "" : shift < 0 ? ", next year" : ", last year"));
        return year + shift;
      }
    }
    return null;
  }

  private boolean partyNamed(String party, String sentenceLower) {
    if (sentenceLower.contains(party.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return kb.country(party)
        .map(c -> java.util.stream.Stream.concat(java.util.stream.Stream.concat(c.names().stream(), c.demonyms().stream()),
                c.capital() == null ? java.util.stream.Stream.<String>empty() : java.util.stream.Stream.of(c.capital()))
            .anyMatch(n -> sentenceLower.matches("(?s).*\\b" + Pattern.quote(n.toLowerCase(Locale.ROOT)) + "\\b.*")))
        .orElse(false);
  }

  /** The day a normalized value names, without its time of day ("2023-04-18TAF" is 2023-04-18), or {@code null}. */
  static String dayOf(String normalized) {
    if (normalized == null) {
      return null;
    }
    Matcher m = DAY_WITH_TIME.matcher(normalized);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * A full date in the lead ("On the afternoon of April 18, 2023, ..."): with no publication date,
   * the date of the event a news story opens with dates it.
   */
  private static LocalDate leadDay(Annotated doc) {
    for (Sentence s : doc.sentences()) {
      if (s.start() > 600) {
        break;
      }
      for (Mention m : s.mentions()) {
        String day = dayOf(m.normalized());
        if ((m.type().equals("DATE") || m.type().equals("TIME")) && day != null) {
          return LocalDate.parse(day);
        }
      }
    }
    return null;
  }

  /** A full date the text gives as today's ("today, August 4, 2023"), or {@code null}. */
  private static LocalDate todayInText(Annotated doc) {
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = s.mentions();
      for (Mention m : ms) {
        // SUTime writes "Today, August 4, 2023" as one expression
        Matcher x = m.normalized() == null ? null : TODAY_IS.matcher(m.normalized());
        if (x != null && x.matches()) {
          return LocalDate.parse(x.group(1));
        }
      }
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        if (!m.type().equals("DATE") || !m.text().toLowerCase(Locale.ROOT).matches("today|this day")) {
          continue;
        }
        for (Mention n : ms) {
          boolean full = dayOf(n.normalized()) != null;
          boolean adjacent = n != m && (Math.abs(n.firstToken() - m.endToken()) <= 2 || Math.abs(m.firstToken() - n.endToken()) <= 2);
          if (full && adjacent) {
            return LocalDate.parse(dayOf(n.normalized()));
          }
        }
      }
    }
    return null;
  }

  /**
   * A dateline: a full date at the head of the document ("PHNOM PENH, 16 MARCH 2020 –", "Oslo, 18
   * April 2023") or a date standing on a line of its own anywhere (a signature block at the foot).
   */
  private static LocalDate datelineDay(Annotated doc) {
    String text = doc.text();
    LocalDate foot = null;
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        String day = dayOf(m.normalized());
        if (!(m.type().equals("DATE") || m.type().equals("TIME")) || day == null) {
          continue;
        }
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String before = text.substring(lineStart, m.start());
        String after = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
        boolean placeThenDate = before.matches("\\s*(?:[\\p{L}][\\p{L} .'\\-,]{0,60}[,|·•–—-]\\s*)?")
            || before.matches("(?i)\\s*(?:dated?|published|posted|updated|issued)\\s*(?:on)?\\s*:?\\s*");
        if (!placeThenDate) {
          continue;
        }
        boolean headOfDocument = m.start() < 600;
        boolean aloneOnLine = after.matches("[\\s.)]*");
        boolean datelineDash = after.matches("\\s*(?:\\(\\w+\\)\\s*)?[-–—:].*|\\s*\\.\\s.*|\\s*\\.\\s*");
        if (headOfDocument && (aloneOnLine || datelineDash)) {
          return LocalDate.parse(day);
        }
        if (aloneOnLine && foot == null) {
          foot = LocalDate.parse(day);
        }
      }
    }
    return foot;
  }

  /**
   * The largest calendar unit that lies wholly inside the period: a year if one fits, else a month,
   * else the middle day; among several that fit, the one nearest the period's middle.
   */
  static DateValue inside(LocalDate first, LocalDate last) {
    LocalDate mid = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
    DateValue best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      LocalDate y0 = LocalDate.of(y, 1, 1);
      LocalDate y1 = LocalDate.of(y, 12, 31);
      if (!y0.isBefore(first) && !y1.isAfter(last)) {
        long d = Math.abs(y0.plusDays(182).toEpochDay() - mid.toEpochDay());
        if (d < bestDistance) {
          bestDistance = d;
          best = DateValue.ofYear(y, Basis.INFERRED);
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
      if (!m.atDay(1).isBefore(first) && !m.atEndOfMonth().isAfter(last)) {
        long d = Math.abs(m.atDay(15).toEpochDay() - mid.toEpochDay());
        if (d < bestDistance) {
          bestDistance = d;
          best = DateValue.ofMonth(m, Basis.INFERRED);
        }
      }
    }
    return best != null ? best : DateValue.ofDay(mid, Basis.INFERRED);
  }

  /**
   * Resolves a date or time mention against the document date.
   *
   * @param m the mention (DATE or TIME)
   * @param doc the document date
   * @param status the status of the event it dates, which decides between the last and the next
   *     matching day ("on Tuesday")
   * @return the date without basis, or {@code null} when it cannot be resolved
   */
  public DateValue resolve(Mention m, DocumentDate doc, Status status) {
    String v = m.normalized();
    if (v == null) {
      return null;
    }
    DateValue ref = doc.value();
    Matcher today = TODAY_IS.matcher(v);
    if (today.matches()) {
      return new DateValue(today.group(1), Precision.DAY, null);
    }
    if (dayOf(v) != null) {
      return new DateValue(dayOf(v), Precision.DAY, null);
    }
    Matcher a = ABSOLUTE.matcher(v);
    if (a.matches()) {
      if (a.group(3) != null) {
        return new DateValue(v, Precision.DAY, null);
      }
      return new DateValue(v, a.group(2) != null ? Precision.MONTH : Precision.YEAR, null);
    }
    if (ref == null) {
      return null;
    }
    Matcher p = PARTIAL.matcher(v);
    if (p.matches()) {
      int month = Integer.parseInt(p.group(1));
      LocalDate anchor = doc.first() != null && doc.last() != null && ref.precision() != Precision.DAY ? doc.first() : ref.firstDay();
      int year = anchor.getYear();
      YearMonth ym = YearMonth.of(year, month);
      LocalDate candidate = p.group(2) == null ? ym.atDay(1) : safeDay(ym, Integer.parseInt(p.group(2)));
      if (candidate == null) {
        return null;
      }
      // news reports the past: a date well after the reference belongs to the year before
      if (status == Status.OCCURRED && candidate.isAfter(ref.lastDay().plusDays(31))) {
        candidate = candidate.minusYears(1);
      } else if (status != Status.OCCURRED && candidate.isBefore(ref.firstDay().minusDays(180))) {
        candidate = candidate.plusYears(1);
      }
      return p.group(2) == null ? DateValue.ofMonth(YearMonth.from(candidate), null) : DateValue.ofDay(candidate, null);
    }
    Matcher o = OFFSET.matcher(v);
    if (o.find()) {
      int n = Integer.parseInt(o.group(2));
      String unit = o.group(3);
      switch (unit) {
        case "Y":
          return DateValue.ofYear(ref.firstDay().getYear() + n, null);
        case "M":
          if (ref.precision() == Precision.YEAR) {
            return null;
          }
          return DateValue.ofMonth(YearMonth.from(ref.firstDay()).plusMonths(n), null);
        case "W":
        case "D":
          if (ref.precision() != Precision.DAY) {
            return null;
          }
          LocalDate d = unit.equals("W") ? ref.firstDay().plusWeeks(n) : ref.firstDay().plusDays(n);
          return unit.equals("W") ? DateValue.ofMonth(YearMonth.from(d), null) : DateValue.ofDay(d, null);
        default:
          return null;
      }
    }
    Matcher w = WEEKDAY.matcher(v);
    if (w.matches()) {
      if (ref.precision() != Precision.DAY) {
        return null;
      }
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(w.group(1)));
      LocalDate d = status == Status.OCCURRED
          ? ref.firstDay().with(TemporalAdjusters.previousOrSame(dow))
          : ref.firstDay().with(TemporalAdjusters.nextOrSame(dow));
      return DateValue.ofDay(d, null);
    }
    String text = m.text().toLowerCase(Locale.ROOT);
    if (v.startsWith("THIS") || v.equals("PRESENT_REF") || text.matches("(today|tonight|this (morning|afternoon|evening)|now)")) {
      if (v.contains("P1Y") && !text.contains("today")) {
        return DateValue.ofYear(ref.firstDay().getYear(), null);
      }
      if (v.contains("P1M") && ref.precision() != Precision.YEAR) {
        return DateValue.ofMonth(YearMonth.from(ref.firstDay()), null);
      }
      return new DateValue(ref.value(), ref.precision(), null);
    }
    return null;
  }

  private static LocalDate safeDay(YearMonth ym, int day) {
    return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
  }
}
