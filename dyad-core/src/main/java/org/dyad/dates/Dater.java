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
  private static final String ORDINAL_WORD =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
          + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
          + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|(?:one\\s+)?hundredth";
  private static final Pattern ANNIVERSARY =
      Pattern.compile("(?i)\\b(\\d{1,3}(?:st|nd|rd|th)|" + ORDINAL_WORD + ")\\s+(?:anniversary|year)\\s+(?:of|since|marking)\\s+(.{0,160})");
  private static final String SPAN_SEPARATOR = "\\s*(?:-{1,2}|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\band\\b)\\s*";
  private static final Pattern SPAN_DAY_MONTH =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?" + SPAN_SEPARATOR + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
          + StatedDates.MONTH + "\\b\\.?(?:\\s*,?\\s+(\\d{4})\\b)?");
  private static final Pattern SPAN_MONTH_DAY =
      Pattern.compile("(?i)\\b" + StatedDates.MONTH + "\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?" + SPAN_SEPARATOR + "(\\d{1,2})\\b(?:st|nd|rd|th)?"
          + "(?:\\s*,?\\s+(\\d{4})\\b)?");
  /** A span across months, never joined by "and" ("5 March and 7 April" are two dates). */
  private static final String SPAN_TO = "\\s*(?:-{1,2}|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*";
  private static final Pattern SPAN_DAY_MONTH_TWICE =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + StatedDates.MONTH + "\\b\\.?(?:\\s*,?\\s+(\\d{4})\\b)?" + SPAN_TO
          + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + StatedDates.MONTH + "\\b\\.?(?:\\s*,?\\s+(\\d{4})\\b)?");
  private static final Pattern SPAN_MONTH_DAY_TWICE =
      Pattern.compile("(?i)\\b" + StatedDates.MONTH + "\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s+(\\d{4})\\b)?" + SPAN_TO
          + StatedDates.MONTH + "\\b\\.?\\s+(\\d{1,2})\\b(?:st|nd|rd|th)?(?:\\s*,?\\s+(\\d{4})\\b)?");
  private static final Pattern RELATIONS = Pattern.compile("\\b(?:relations|relationship|ties)\\b");
  private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|\\.)?\\b");
  private static final Pattern WEEKDAY_TIME = Pattern.compile("^(XXXX-WXX-\\d)T(?:MO|AF|EV|NI|\\d{1,2}(?::\\d{2}){0,2})$");
  /** "last Sunday", "next Tuesday"; "Monday last week"; "the weekend" (past, next or either). */
  private static final Pattern WEEK_RELATIVE =
      Pattern.compile("XXXX-WXX-(\\d) OFFSET P(-?1)W|THIS P1W OFFSET P(-?\\d)W INTERSECT XXXX-WXX-(\\d)|(?:PREV_IMMEDIATE |NEXT_IMMEDIATE |THIS )?(?:XXXX-)?WE");
  /** A release the text says it reposts, followed on its line by the release's date. */
  private static final Pattern RELEASE =
      Pattern.compile("(?i)\\b(?:press|news|media)\\s+release\\b[^\\n]{0,120}?\\b(?:issued|released|published|dated|of|on)\\b"
          // an aggregator's notice: "The Ministry published this content on 30 December 2020 and is solely responsible ..."
          + "|\\bpublished\\s+this\\s+(?:content|release|statement|press\\s+release)\\s+on\\b");
  /** A line that holds nothing but a full date, a weekday before it at most. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?m)^[ \\t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+\\p{L}+\\.?,?[ \\t]+\\d{4}"
          + "|\\p{L}+\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4})[ \\t]*$");
  /** How far into the text a photo caption and the lead's weekday are looked for. */
  private static final int HEAD_CHARS = 1200;
  /** The end of a term that has not ended. */
  private static final LocalDate OPEN = LocalDate.of(9999, 12, 31);
  /** A date stamp (YYMMDD or YYYYMMDD) in a file name on one line, up to its image or document extension. */
  private static final Pattern FILE_STAMP = Pattern.compile(
      "(?<![0-9A-Za-z])((?:19|20)\\d{2}|\\d{2})(\\d{2})(\\d{2})(?![0-9])[^\\n/\\\\]{0,120}?\\.(?i:jpe?g|png|gif|webp|tiff?|pdf|docx?)\\b");
  private static final Pattern PANDEMIC = Pattern.compile("(?i)\\bcovid(?:-?19)?\\b|\\bSARS-CoV-2\\b|\\bcoronavirus (?:pandemic|disease 2019)\\b");
  private static final Pattern TOOK_OFFICE = Pattern.compile(
      "(?i)\\b(?:sworn[- ]in|swearing[- ]in|inaugurat(?:ion|ed)|investiture|took (?:the )?(?:office|oath of office)|assumed office"
          + "|assumption of office|confirmation (?:by|in) (?:the )?(?:parliament|national assembly|senate|congress|house))\\b");
  private static final Pattern TOOK_OFFICE_WHEN = Pattern.compile("(?i)\\b(yesterday|today|this morning|earlier today)\\b");
  private static final Pattern THIS_YEAR_PART = Pattern.compile("THIS P1Y INTERSECT XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern TIME_OF_DAY = Pattern.compile("T\\d{1,2}:\\d{2}(?::\\d{2})?|T(?:MO|AF|EV|NI)");
  private static final Pattern CAPTION =
      Pattern.compile("(?i)\\(photo|photo\\s*:|photo\\s+credit|reuters/|/reuters|afp\\s+photo|file\\s+photo|getty\\s+images|\\.jpe?g\\b");
  /** A definite noun that names an event told before: "The ceremony was on ...", "During the visit, ...". */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("(?i)(?:^the|\\b(?:during|at|after|upon|following|on the sidelines of|(?:co-?)?chaired|attended|hosted)"
          + "(?:\\s+the\\s+(?:end|close|conclusion)\\s+of)?"
          + "(?:\\s+(?:the|his|her|their|its|that|this))?)\\s+"
          + "(?:signing\\s+)?(ceremony|meeting|talks|visit|signing|handover|arrival|trip|tour|stay)\\b");
  /** Words for one journey: "During that trip" refers back to "the visit". */
  private static final Set<String> JOURNEY = Set.of("visit", "trip", "tour", "stay");
  /** The ending that turns a verb into the noun of its event: "arrival" is told by "arrived". */
  private static final Pattern EVENT_NOUN_ENDING = Pattern.compile("(?:al|ing|s)$");
  private static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] tenths = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
    for (int i = 0; i < units.length; i++) {
      ORDINALS.put(units[i], i + 1);
      for (int t = 0; t < tens.length; t++) {
        ORDINALS.put(tens[t] + units[i], (t + 2) * 10 + i + 1);
      }
    }
    for (int i = 0; i < teens.length; i++) {
      ORDINALS.put(teens[i], 10 + i);
    }
    for (int t = 0; t < tenths.length; t++) {
      ORDINALS.put(tenths[t], (t + 2) * 10);
    }
    ORDINALS.put("hundredth", 100);
    ORDINALS.put("onehundredth", 100);
  }

  /** The number of an ordinal, in figures ("70th") or in words ("seventieth", "twenty-fifth"). */
  static int ordinal(String s) {
    String w = s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w.replaceAll("\\D", ""));
    }
    return ORDINALS.getOrDefault(w, 0);
  }

  private final KnowledgeBase kb;
  private final Gatherings gatherings;

  private Dater(KnowledgeBase kb) {
    this.kb = kb;
    this.gatherings = Gatherings.of(kb);
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
    return date(doc, metadataDate, actors, doc.text());
  }

  /**
   * Dates a document whose text was repaired before it was annotated.
   *
   * @param doc the annotated document (annotated without a reference date)
   * @param metadataDate an ISO day lifted from a metadata prefix, or {@code null}
   * @param actors the document's actors, whose terms of office bound the date
   * @param original the text as read, before repair removed lines such as a photo's file name
   */
  public DocumentDate date(Annotated doc, String metadataDate, ActorTable actors, String original) {
    List<org.dyad.model.Span> stamps = new ArrayList<>();
    for (StatedDates.Found f : StatedDates.find(doc.text())) {
      if (f.kind().isStamp()) {
        // with the time of day after it on its line ("Oct. 5, 2022 - 22:10")
        int end = f.start() + f.text().length();
        int lineEnd = doc.text().indexOf('\n', end);
        lineEnd = lineEnd < 0 ? doc.text().length() : lineEnd;
        stamps.add(new org.dyad.model.Span(f.start(), lineEnd - end <= 40 ? lineEnd : end));
      }
    }
    DocumentDate date = dateOf(doc, metadataDate, actors, original);
    LocalDate release = date.value() != null && date.value().precision() == Precision.DAY ? releaseDay(doc.text(), date.value().firstDay()) : null;
    if (release != null) {
      List<String> evidence = new ArrayList<>(date.evidence());
      evidence.add("the text reposts a release of " + release + ", against which its relative dates are read");
      date = new DocumentDate(date.value(), date.first(), date.last(), evidence, date.warnings());
    }
    return date.with(stamps, release);
  }

  /**
   * The day of a release the text says it reposts, at its head or foot ("The following press release
   * was issued by the ministry on 3 May 2021", "(Press release of the embassy, 3 May 2021)"), when it
   * is before the document's own day and not two months before; else {@code null}.
   */
  static LocalDate releaseDay(String text, LocalDate documentDay) {
    // a line that is only a date, at the head, earlier than the page's own date: the release's date
    // line under its letterhead, reposted by a site that stamped its own day above ("Published: 8
    // March 2019 ... Minister of Foreign Affairs / 6 March 2019 / ... today welcomed ...")
    Matcher line = DATE_LINE.matcher(text.substring(0, Math.min(text.length(), HEAD_CHARS)));
    while (line.find()) {
      LocalDate d = StatedDates.firstFullDate(line.group());
      if (d != null && d.isBefore(documentDay) && !d.isBefore(documentDay.minusDays(60))) {
        return d;
      }
    }
    Matcher m = RELEASE.matcher(text);
    while (m.find()) {
      if (m.start() > HEAD_CHARS / 2 && m.start() < text.length() - HEAD_CHARS / 2) {
        continue;
      }
      int lineEnd = text.indexOf('\n', m.end());
      LocalDate d = StatedDates.firstFullDate(text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd));
      if (d != null && d.isBefore(documentDay) && !d.isBefore(documentDay.minusDays(60))) {
        return d;
      }
    }
    return null;
  }

  private DocumentDate dateOf(Annotated doc, String metadataDate, ActorTable actors, String original) {
    List<String> evidence = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    // the days allowed by the officeholders named with their titles (each the union of their
    // terms in that office), by anniversaries and by what the text names (COVID-19: 2020 on)
    List<List<LocalDate[]>> constraints = new ArrayList<>();
    for (Actor a : actors.actors()) {
      // the title before the name, else the one the text gives after it ("X, Prime Minister of Y")
      // a bare office ("Minister Hayashi") says less than the one given after the name ("Mr. X, Minister for Foreign Affairs of Japan")
      String after = a.title() == null || !a.title().contains(" ") ? Appositions.titleAfter(doc.text(), a, actors.actors()) : null;
      String title = after != null ? after : a.title();
      if ((title == null || officeWords(title).isEmpty()) && a.kind() == ActorKind.PERSON && calledCounterpart(doc.text(), a)) {
        title = counterpartOffice(a, actors.actors()); // "his Indonesian counterpart, Mr Ali Alatas": the office of the one he answers
      }
      List<LocalDate[]> terms = termsOf(a, title);
      if (!terms.isEmpty()) {
        constraints.add(terms);
        evidence.add(a.name() + " is " + title + " " + describe(terms));
      }
    }
    Integer annivYear = anniversaryYear(doc, actors, evidence);
    if (annivYear != null) {
      constraints.add(List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(annivYear, 1, 1), LocalDate.of(annivYear, 12, 31)}));
    }
    List<LocalDate[]> chaired = chairYears(doc, evidence);
    if (!chaired.isEmpty()) {
      constraints.add(chaired);
    }
    constraints.addAll(gatheringDays(doc, evidence));
    List<LocalDate[]> sinceTaking = tookOfficeLast(doc, actors, evidence);
    if (!sinceTaking.isEmpty()) {
      constraints.add(sinceTaking);
    }
    Integer stampYear = fileStampYear(doc, original);
    if (stampYear != null) {
      constraints.add(List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(stampYear, 1, 1), LocalDate.of(stampYear, 12, 31)}));
      evidence.add("a file name's date stamp agrees with a day the text names, in " + stampYear);
    }
    if (PANDEMIC.matcher(doc.text()).find()) {
      constraints.add(List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(2020, 1, 1), OPEN}));
      evidence.add("COVID-19 is named (2020 or later)");
    }
    List<LocalDate[]> allowed = null;
    for (List<LocalDate[]> c : constraints) {
      if (allowed == null) {
        allowed = c;
      } else {
        List<LocalDate[]> both = intersect(allowed, c);
        if (both.isEmpty()) {
          warnings.add("date evidence conflicts (" + describe(c) + " vs " + describe(allowed) + "); kept the earlier evidence");
        } else {
          allowed = both;
        }
      }
    }
    LocalDate[] period = allowed == null ? null : new LocalDate[] {allowed.get(0)[0], allowed.get(allowed.size() - 1)[1]};

    // stated dates: metadata prefix, then a cable header, a publication line, a dateline or a
    // time stamp, then a dateline without a year, then the first full date of the lead
    LocalDate stated = null;
    StatedDates.Found partial = null;
    if (metadataDate != null) {
      stated = LocalDate.parse(metadataDate);
      evidence.add("metadata date " + metadataDate);
    } else {
      StatedDates.Found best = StatedDates.best(doc.text());
      partial = StatedDates.partialDateline(doc.text());
      if (best != null && partial != null && best.kind().rank < StatedDates.Kind.DATELINE.rank
          && !java.time.MonthDay.from(best.day()).equals(partial.partial())) {
        best = null; // "Updated ..." or a date line elsewhere does not outrank the dateline's own day
      }
      int skipFrom = 0;
      int skipTo = 0;
      if (best != null && best.kind() == StatedDates.Kind.UPDATED) {
        // an update does not move an older report: the lead's own earlier date wins
        skipFrom = best.start();
        skipTo = best.start() + best.text().length();
        LocalDate lead = leadDay(doc, skipFrom, skipTo);
        if (lead != null && lead.isBefore(best.day().minusDays(1))) {
          warnings.add("the page was updated " + best.day() + "; dated by the report's own date " + lead);
          best = null;
        }
      }
      if (best != null) {
        stated = best.day();
        evidence.add(best.evidence());
        partial = null;
      } else if (partial == null) {
        stated = leadDay(doc, skipFrom, skipTo);
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
    if (partial != null) {
      // a dateline without a year: the year of the full dates written beside it, else of the period
      List<LocalDate> fits = yearsFor(partial.partial(), allowed, writtenDays(doc));
      if (fits.size() > 1) {
        // "SEOUL, June 4 - ... on Tuesday": the weekday of the dateline's sentence picks among the years
        for (Sentence s : doc.sentences()) {
          if (s.start() <= partial.start() && partial.start() < s.end()) {
            Set<DayOfWeek> days = weekdaysOf(s, null);
            List<LocalDate> same = fits.stream().filter(d -> days.contains(d.getDayOfWeek())).toList();
            fits = same.isEmpty() ? fits : same;
          }
        }
      }
      if (!fits.isEmpty()) {
        evidence.add(partial.evidence() + (fits.size() == 1 ? " in " + fits.get(0).getYear() : " in one of the years " + years(fits)));
        return dated(fits, evidence, warnings);
      }
    }
    LocalDate sworn = takingOffice(doc, actors, allowed, evidence);
    if (sworn != null) {
      return new DocumentDate(DateValue.ofDay(sworn, Basis.INFERRED), sworn, sworn, evidence, warnings);
    }
    LocalDate afterPhoto = weekdayAfterCaption(doc, allowed);
    if (afterPhoto != null) {
      evidence.add("the lead's weekday is the first after the dated photo caption, " + afterPhoto);
      return new DocumentDate(DateValue.ofDay(afterPhoto, Basis.INFERRED), afterPhoto, afterPhoto, evidence, warnings);
    }
    if (period == null) {
      return new DocumentDate(null, null, null, evidence, warnings);
    }
    // a partial date ("on December 18") that fits exactly one day of the period
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        int[] md = partialMonthDay(m);
        java.time.MonthDay named = md == null ? null : calendarDay(md[0], md[1]);
        if (named != null) {
          List<LocalDate> fits = yearsFor(named, allowed, List.of());
          if (fits.size() > 1) {
            // "May 21 ... on Tuesday": a weekday in the same sentence picks the year
            List<LocalDate> sameWeekday = new ArrayList<>();
            for (DayOfWeek dow : weekdaysOf(s, m)) {
              fits.stream().filter(d -> d.getDayOfWeek() == dow).forEach(sameWeekday::add);
            }
            if (!sameWeekday.isEmpty()) {
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
    // the lead's date without a year ("On 21 August, ...") fits several years of the period: the
    // document dates from one of those days, so from the first to the last of them
    List<LocalDate> leadFits = leadPartialFits(doc, allowed);
    if (leadFits.size() > 1) {
      evidence.add("the lead's date without a year fits the years " + years(leadFits));
      return dated(leadFits, evidence, warnings);
    }
    if (period[1].getYear() == 9999) {
      // open-ended: only the start is known, which dates nothing
      return new DocumentDate(null, period[0], null, evidence, warnings);
    }
    // never a year guessed inside the period: the period itself
    return new DocumentDate(DateValue.ofPeriod(period[0], period[1], Basis.INFERRED), period[0], period[1], evidence, warnings);
  }

  /**
   * The date of an earlier sentence's event that a sentence refers back to ("On 12 March a signing
   * ceremony took place ... The ceremony was on a grant of ..."; "During the visit, ..."): the date
   * that dates the same noun in one of the three sentences before, resolved there.
   *
   * @param doc the document
   * @param s the sentence that refers back
   * @param date the document date
   * @param status the status of the event dated
   * @return the date without basis, or {@code null} when the sentence refers back to no dated event
   */
  public DateValue dateReferredTo(Annotated doc, Sentence s, DocumentDate date, Status status) {
    if (NEXT_DAY.matcher(s.text(doc.text())).lookingAt()) {
      LocalDate before = lastDayTold(doc, s, date, status);
      return before == null ? null : DateValue.ofDay(before.plusDays(1), null);
    }
    return backReferenceDate(doc, s, date, status);
  }

  /** The date of the event a sentence's definite noun refers back to ("During the visit, ..."), or {@code null}. */
  private DateValue backReferenceDate(Annotated doc, Sentence s, DocumentDate date, Status status) {
    Matcher r = BACK_REFERENCE.matcher(s.text(doc.text()));
    if (!r.find()) {
      return null;
    }
    String noun = r.group(1).toLowerCase(Locale.ROOT);
    String stem = noun.equals("ceremony") ? noun : EVENT_NOUN_ENDING.matcher(noun).replaceFirst("");
    List<Sentence> all = doc.sentences();
    int at = all.indexOf(s);
    int back = 0;
    for (int i = at - 1; i >= 0 && back < 3; i--) {
      Sentence p = all.get(i);
      List<org.dyad.nlp.Token> t = p.tokens();
      if (t.size() > 2) {
        back++; // a paragraph's number ("3.") standing alone is no sentence told
      }
      for (int k = 0; k < t.size(); k++) {
        String w = t.get(k).word().toLowerCase(Locale.ROOT);
        if (!w.startsWith(stem) && !(JOURNEY.contains(stem) && JOURNEY.stream().anyMatch(w::startsWith)) && !(stem.equals("meet") && w.equals("met"))) {
          continue;
        }
        Mention best = null;
        int bestDistance = 20;
        for (Mention m : p.mentions()) {
          int distance = m.firstToken() > k ? m.firstToken() - k : k - m.endToken();
          if ((m.type().equals("DATE") || m.type().equals("TIME")) && m.normalized() != null && distance <= bestDistance
              && datesClauseOf(p, m.firstToken(), m.endToken(), k, k + 1)) {
            best = m;
            bestDistance = distance;
          }
        }
        if (best == null) {
          best = openingDate(p); // "On 4 June, X welcomed Y ..., followed by a meeting and talks between the two"
        }
        DateValue d = best == null ? null : resolve(best, p, date, status);
        if (d != null) {
          // the days of a whole visit do not say on which of them this part of it fell
          return d.isRange() ? null : d;
        }
      }
    }
    return null;
  }

  /** The date a sentence opens on, before a comma ("On 4 June 2024, ..."), which dates all of it; or {@code null}. */
  private static Mention openingDate(Sentence p) {
    List<org.dyad.nlp.Token> t = p.tokens();
    for (Mention m : p.mentions()) {
      if (m.type().equals("DATE") && m.normalized() != null && (m.firstToken() == 0 || m.firstToken() == 1 && t.get(0).word().equalsIgnoreCase("on"))
          && m.endToken() < t.size() && t.get(m.endToken()).word().equals(",")) {
        return m;
      }
    }
    return null;
  }

  /** A sentence that opens on the day after the one told before it: "The following morning, ...", "The next day ...". */
  private static final Pattern NEXT_DAY = Pattern.compile(
      "(?i)\\s*(?:on\\s+)?(?:the\\s+)?(?:following|next)\\s+(?:day|morning|afternoon|evening)\\b|\\s*(?:on\\s+)?the\\s+day\\s+after\\b(?!\\s+(?:the|his|her|its|their|tomorrow))");

  /**
   * The last single day that a date in the six sentences before {@code s} names, or that one of them
   * refers back to, resolved: the day "the following morning" follows; {@code null} when they name none.
   */
  private LocalDate lastDayTold(Annotated doc, Sentence s, DocumentDate date, Status status) {
    List<Sentence> all = doc.sentences();
    int at = all.indexOf(s);
    // "The next day ..." after "The following morning ...": one day more for each such sentence passed,
    // walked back in one pass, so that a run of them costs no more than its length
    int daysAfter = 0;
    scan:
    while (true) {
      for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
        Sentence p = all.get(i);
        List<Mention> dates = p.mentions().stream().filter(m -> m.type().equals("DATE") && m.normalized() != null).toList();
        for (int k = dates.size() - 1; k >= 0; k--) {
          DateValue d = resolve(dates.get(k), p, date, Status.OCCURRED);
          if (d != null && !d.isRange() && d.precision() == Precision.DAY) {
            return d.firstDay().plusDays(daysAfter);
          }
        }
        if (NEXT_DAY.matcher(p.text(doc.text())).lookingAt()) {
          daysAfter++;
          at = i;
          continue scan;
        }
        // "At the end of that meeting ..."
        DateValue referred = backReferenceDate(doc, p, date, status);
        if (referred != null && !referred.isRange() && referred.precision() == Precision.DAY) {
          return referred.firstDay().plusDays(daysAfter);
        }
      }
      return null;
    }
  }

  /**
   * Whether a date dates the clause of an event's trigger: no finite verb stands between them, or
   * only the one verb the date modifies, the date standing right beside it ("yesterday handed over
   * equipment worth ...", "this week welcomes a contribution of ...") or opening the sentence ("On 26
   * December, the two governments held a ceremony for the grant ..."). A date across another verb
   * dates another clause ("the first meeting since X assumed office in May").
   *
   * @param s the sentence
   * @param dateFirst the date's first token
   * @param dateEnd the token after the date
   * @param first the trigger's first token
   * @param end the token after the trigger
   */
  public static boolean datesClauseOf(Sentence s, int dateFirst, int dateEnd, int first, int end) {
    List<org.dyad.nlp.Token> t = s.tokens();
    int from = Math.min(end, dateEnd);
    int to = Math.max(first, dateFirst);
    List<Integer> verbs = new ArrayList<>();
    if (dateEnd <= first && reportedOn(t, dateFirst)) {
      return false; // "X revealed Friday that the President would visit China": the day of the telling
    }
    for (int k = from; k < to; k++) {
      String pos = t.get(k).pos();
      String word = t.get(k).word().toLowerCase(Locale.ROOT);
      if (k + 1 < to && pos.equals("CC") && t.get(k + 1).pos().equals("PRP")) {
        return false; // "... will start immediately and we hope that talks begin on December 12": another clause
      }
      if (word.equals("since") || dateEnd <= first && word.equals(",") && k + 1 < to && t.get(k + 1).pos().equals("CC")) {
        return false; // "the first visit since he took up the post in December 2012"; "in December 2012, and the meeting ..."
      }
      // a capitalized word inside a name ("Minister of Foreign Affairs") is not a verb, whatever its tag
      if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !Character.isUpperCase(t.get(k).word().charAt(0))) {
        verbs.add(k);
      }
    }
    if (verbs.isEmpty()) {
      return true;
    }
    if (verbs.size() > 1) {
      return false;
    }
    int v = verbs.get(0);
    if (end <= v && v < dateFirst && dateFirst - v <= 10 && subjectOfHappening(t, end, v)) {
      return true; // "the meeting was held on Monday", "the call is set to take place Thursday"
    }
    int gapFrom = dateEnd <= v ? dateEnd : v + 1;
    int gapTo = dateEnd <= v ? v : dateFirst;
    boolean beside = gapTo - gapFrom <= 3;
    for (int k = gapFrom; k < gapTo && beside; k++) {
      String pos = t.get(k).pos();
      // "handed over on Monday", "met in Berlin Wednesday" is not beside; particles and adverbs are
      beside = pos.equals("IN") || pos.equals("RP") || pos.startsWith("RB") || pos.equals(",") || pos.equals("TO");
    }
    if (beside && dateEnd <= v && dateFirst > 0 && t.get(dateFirst - 1).pos().matches("VB[DZPN]")) {
      beside = false; // "the embassy that opened yesterday gave ...": the date is the verb's before it
    }
    return beside || dateEnd <= v && opening(t, dateFirst, dateEnd);
  }

  private static final Set<String> REPORTED =
      Set.of("said", "says", "revealed", "announced", "told", "confirmed", "stated", "added", "noted", "disclosed", "reported", "explained");

  /** Whether the date stands right after a verb of telling ("said Wednesday", "announced on Monday"). */
  private static boolean reportedOn(List<org.dyad.nlp.Token> t, int dateFirst) {
    int k = dateFirst - 1;
    if (k >= 0 && t.get(k).word().equalsIgnoreCase("on")) {
      k--;
    }
    return k >= 0 && t.get(k).pos().startsWith("VB") && REPORTED.contains(t.get(k).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> HAPPENED = Set.of("took", "takes", "happened", "happens", "occurred", "occurs", "began", "begins",
      "started", "starts", "ended", "ends", "lasted", "opened", "opens", "convened", "convenes");
  private static final Set<String> HELD = Set.of("held", "convened", "hosted", "organized", "organised", "conducted", "set", "scheduled",
      "slated", "due", "planned", "expected", "to");

  /**
   * Whether the trigger (ending before {@code end}) is the subject of the verb at {@code v} and that
   * verb says when it happens: "the meeting between the two ministers was held", "the call is set
   * to take place", "the talks took place". Between them only the noun's own modifiers may stand.
   */
  private static boolean subjectOfHappening(List<org.dyad.nlp.Token> t, int end, int v) {
    if (end < 1 || !t.get(end - 1).pos().startsWith("NN") || v - end > 14) {
      return false;
    }
    for (int k = end; k < v; k++) {
      if (!t.get(k).inNounModifier()) {
        return false;
      }
    }
    String verb = t.get(v).word().toLowerCase(Locale.ROOT);
    String next = v + 1 < t.size() ? t.get(v + 1).word().toLowerCase(Locale.ROOT) : "";
    return HAPPENED.contains(verb) || Set.of("was", "were", "is", "are").contains(verb) && HELD.contains(next);
  }

  /**
   * Whether the date ends the sentence's opening phrase, or the phrase after a dateline's dash, set
   * off by a comma ("On 26 December 2013, ...", "Apia, 14 March - On 12 March, ...", "In a statement
   * issued on Tuesday, ...").
   */
  private static boolean opening(List<org.dyad.nlp.Token> t, int dateFirst, int dateEnd) {
    for (int k = dateFirst - 1; k >= 0; k--) {
      String pos = t.get(k).pos();
      if (t.get(k).word().matches("[:\u2013\u2014]|-{1,2}")) {
        break;
      }
      if (dateFirst - k > 12 || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || pos.equals(",")) {
        return false; // an opening phrase has no finite verb of its own and no comma before the date's
      }
    }
    int k = dateEnd;
    // the year of "On December 26, 2013" may be read apart from its day
    while (k < t.size() && (t.get(k).word().equals(",") && k + 1 < t.size() && t.get(k + 1).ner().equals("DATE")
        || t.get(k).ner().equals("DATE"))) {
      k++;
    }
    return k < t.size() && t.get(k).word().equals(",");
  }

  /** The document date from the days it may be: one day, or the range from the first to the last. */
  private static DocumentDate dated(List<LocalDate> fits, List<String> evidence, List<String> warnings) {
    LocalDate first = fits.get(0);
    LocalDate last = fits.get(fits.size() - 1);
    return new DocumentDate(DateValue.ofPeriod(first, last, Basis.INFERRED), first, last, evidence, warnings);
  }

  private static String years(List<LocalDate> days) {
    return String.join(", ", days.stream().map(d -> String.valueOf(d.getYear())).toList());
  }

  /**
   * The days a month and day without a year can be, in order: the one nearest a full date written
   * in the text (within three months), else every one inside the period (up to next year when the
   * period is open-ended), else none.
   */
  static List<LocalDate> yearsFor(java.time.MonthDay md, List<LocalDate[]> allowed, List<LocalDate> written) {
    LocalDate nearest = null;
    long nearestDistance = 93;
    for (LocalDate w : written) {
      for (int y = w.getYear() - 1; y <= w.getYear() + 1; y++) {
        if (!md.isValidYear(y)) {
          continue;
        }
        LocalDate d = md.atYear(y);
        long dist = Math.abs(d.toEpochDay() - w.toEpochDay());
        if (dist < nearestDistance && (allowed == null || contains(allowed, d))) {
          nearestDistance = dist;
          nearest = d;
        }
      }
    }
    if (nearest != null) {
      return List.of(nearest);
    }
    if (allowed == null) {
      return List.of();
    }
    // a document is not written in the future
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    int lastYear = Math.min(allowed.get(allowed.size() - 1)[1].getYear(), today.getYear());
    List<LocalDate> fits = new ArrayList<>();
    for (int y = allowed.get(0)[0].getYear(); y <= lastYear; y++) {
      if (md.isValidYear(y) && contains(allowed, md.atYear(y)) && !md.atYear(y).isAfter(today)) {
        fits.add(md.atYear(y));
      }
    }
    return fits;
  }

  /** The weekday a normalized value names, with or without a time of day ("XXXX-WXX-1TMO"), or {@code null}. */
  private static DayOfWeek weekday(String normalized) {
    Matcher w = normalized == null ? null : WEEKDAY.matcher(WEEKDAY_TIME.matcher(normalized).replaceFirst("$1"));
    return w != null && w.matches() ? DayOfWeek.of(Integer.parseInt(w.group(1))) : null;
  }

  /** The weekday a name or its abbreviation gives by its first three letters ("Tues" is Tuesday). */
  private static DayOfWeek weekdayNamed(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equalsIgnoreCase(name.substring(0, 3))) {
        return d;
      }
    }
    throw new IllegalArgumentException("no weekday: " + name);
  }

  /** The weekdays a sentence names, including one written into the date itself ("Thursday, 14 May"). */
  private static Set<DayOfWeek> weekdaysOf(Sentence s, Mention date) {
    Set<DayOfWeek> out = new LinkedHashSet<>();
    for (Mention w : s.mentions()) {
      if (weekday(w.normalized()) != null) {
        out.add(weekday(w.normalized()));
      }
    }
    Matcher n = date == null ? null : WEEKDAY_NAME.matcher(date.text());
    if (n != null && n.find()) {
      out.add(weekdayNamed(n.group(1)));
    }
    return out;
  }

  /** The days of the period that the first date without a year in the lead can be. */
  private static List<LocalDate> leadPartialFits(Annotated doc, List<LocalDate[]> allowed) {
    if (allowed.get(allowed.size() - 1)[1].equals(OPEN)) {
      return List.of();
    }
    for (Sentence s : doc.sentences()) {
      if (s.start() > 600) {
        break;
      }
      for (Mention m : s.mentions()) {
        int[] md = partialMonthDay(m);
        if (md != null) {
          java.time.MonthDay named = calendarDay(md[0], md[1]);
          return named == null ? List.of() : yearsFor(named, allowed, List.of());
        }
      }
    }
    return List.of();
  }

  /**
   * The year of a date stamp in the name of a file the text shows ("_180829 signing.jpg",
   * "IMG_20190415.png") when the stamp's month and day are a day the text names without a year
   * ("on Aug. 29"): a photo of the event is named by the event's day. A six-digit stamp is read as
   * year, month, day; a stamp that agrees with no day of the text, or names two years, dates nothing.
   */
  static Integer fileStampYear(Annotated doc, String original) {
    Set<java.time.MonthDay> named = new java.util.HashSet<>();
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        int[] md = partialMonthDay(m);
        java.time.MonthDay day = md == null ? null : calendarDay(md[0], md[1]);
        if (day != null) {
          named.add(day);
        }
      }
    }
    Set<Integer> years = new java.util.TreeSet<>();
    Matcher f = FILE_STAMP.matcher(original);
    while (f.find()) {
      int year = f.group(1).length() == 4 ? Integer.parseInt(f.group(1)) : 2000 + Integer.parseInt(f.group(1));
      java.time.MonthDay day = calendarDay(Integer.parseInt(f.group(2)), Integer.parseInt(f.group(3)));
      if (day != null && named.contains(day) && year >= 1990 && year <= 2099) {
        years.add(year);
      }
    }
    return years.size() == 1 ? years.iterator().next() : null;
  }

  /**
   * The month and day of a date the tagger read without a year ("on December 18", normalized
   * {@code XXXX-12-18}), or {@code null} when the mention is no such date. The day need not exist
   * in the month.
   */
  private static int[] partialMonthDay(Mention m) {
    Matcher p = m.normalized() == null ? null : PARTIAL.matcher(m.normalized());
    return p != null && p.matches() && p.group(2) != null ? new int[] {Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2))} : null;
  }

  /** The month and day as a day of the calendar (29 February included), or {@code null} when there is none. */
  private static java.time.MonthDay calendarDay(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength() ? java.time.MonthDay.of(month, day) : null;
  }

  /** The days written in full in the text (CoreNLP's reading). */
  private static List<LocalDate> writtenDays(Annotated doc) {
    List<LocalDate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Mention m : s.mentions()) {
        String day = dayOf(m.normalized());
        if (day != null) {
          out.add(LocalDate.parse(day));
        }
      }
    }
    return out;
  }

  /** Whether the text calls a person someone's counterpart right before the name: "his counterpart, Mr X Y", "counterpart X". */
  private static boolean calledCounterpart(String text, Actor a) {
    for (String form : Appositions.names(a)) {
      if (Pattern.compile("(?i)\\bcounterparts?,?\\s+(?:(?:Mr|Mrs|Ms|Dr|H\\.\\s?E)\\.?\\s+)?" + Pattern.quote(form) + "\\b").matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The office of a titled person in the text that a person called a counterpart has held, or {@code null}. */
  private String counterpartOffice(Actor a, List<Actor> all) {
    for (Actor b : all) {
      if (b != a && b.kind() == ActorKind.PERSON && b.title() != null && !officeWords(b.title()).isEmpty() && !heldBy(a, b.title()).isEmpty()) {
        return b.title();
      }
    }
    return null;
  }

  /** The term of office of a titled officeholder, joined over consecutive terms of the same office. */
  private List<LocalDate[]> termsOf(Actor a, String title) {
    if (a.kind() != ActorKind.PERSON || title == null || title.toLowerCase(Locale.ROOT).contains("former")) {
      return List.of();
    }
    List<LocalDate[]> terms = new ArrayList<>();
    for (Officeholder o : heldBy(a, title)) {
      terms.add(new LocalDate[] {o.start(), o.end() == null ? OPEN : o.end()});
    }
    return union(terms);
  }

  /** The terms in the knowledge base of the office a person's title names. */
  private List<Officeholder> heldBy(Actor a, String title) {
    // by the name as the knowledge base folds it: "Miguel Díaz-Canel" is its "Miguel Diaz-Canel"
    return kb.byName(a.name()).stream().filter(o -> sharesOfficeWord(title, o.title())).toList();
  }

  /**
   * The day a text is written from an officeholder's taking office "yesterday" or "today" ("his
   * confirmation by Parliament yesterday", "was sworn in this morning"): the first day of the term
   * in the knowledge base, of an officeholder the sentence names by name or office, plus the days
   * since. {@code null} unless exactly one day fits.
   */
  private LocalDate takingOffice(Annotated doc, ActorTable actors, List<LocalDate[]> allowed, List<String> evidence) {
    Set<LocalDate> days = new LinkedHashSet<>();
    String because = null;
    for (Sentence s : doc.sentences()) {
      String text = s.text(doc.text());
      Matcher took = TOOK_OFFICE.matcher(text);
      Matcher when = TOOK_OFFICE_WHEN.matcher(text);
      if (!took.find() || !when.find() || Math.abs(when.start() - took.end()) > 60) {
        continue;
      }
      int since = when.group(1).equalsIgnoreCase("yesterday") ? 1 : 0;
      Set<String> offices = officeWords(text);
      for (Actor a : actors.actors()) {
        String title = titleOf(doc, a, actors);
        if (a.kind() != ActorKind.PERSON || title == null) {
          continue;
        }
        String surname = a.name().substring(a.name().lastIndexOf(' ') + 1);
        Set<String> shared = officeWords(title);
        shared.retainAll(offices);
        if (!text.contains(surname) && shared.isEmpty()) {
          continue;
        }
        for (Officeholder o : heldBy(a, title)) {
          LocalDate day = o.start().plusDays(since);
          if (allowed == null || contains(allowed, day)) {
            days.add(day);
            because = a.name() + " took office as " + o.title() + " on " + o.start() + " (\"" + took.group() + "\" " + when.group(1) + ")";
          }
        }
      }
    }
    if (days.size() != 1) {
      return null;
    }
    evidence.add(because);
    return days.iterator().next();
  }

  private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
  /** "who took office last October", "sworn in last March": the month of a term's start, named as the last such month. */
  private static final Pattern TOOK_OFFICE_LAST = Pattern.compile(
      "(?i)\\b(?:took|assumed|taking|assuming)\\s+(?:the\\s+)?office\\s+last\\s+(" + MONTH_NAMES + ")\\b"
          + "|\\b(?:was|were|been)\\s+sworn[- ]in\\s+last\\s+(" + MONTH_NAMES + ")\\b");

  /**
   * The year after an officeholder took office, when the text says he took office "last October":
   * the document was written after that first day and before the next October ended, from a term in
   * the knowledge base that starts in the month named, of a person the sentence names.
   */
  private List<LocalDate[]> tookOfficeLast(Annotated doc, ActorTable actors, List<String> evidence) {
    List<LocalDate[]> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String text = s.text(doc.text());
      Matcher took = TOOK_OFFICE_LAST.matcher(text);
      if (!took.find()) {
        continue;
      }
      String monthName = took.group(1) != null ? took.group(1) : took.group(2);
      java.time.Month month = java.time.Month.valueOf(monthName.toUpperCase(Locale.ROOT));
      for (Actor a : actors.actors()) {
        String title = titleOf(doc, a, actors);
        String surname = a.name().substring(a.name().lastIndexOf(' ') + 1);
        if (a.kind() != ActorKind.PERSON || title == null || !text.contains(surname)) {
          continue;
        }
        for (Officeholder o : heldBy(a, title)) {
          if (o.start().getMonth() == month) {
            LocalDate to = o.start().plusYears(1).with(TemporalAdjusters.lastDayOfMonth());
            out.add(new LocalDate[] {o.start().plusDays(1), to});
            evidence.add(a.name() + " took office as " + o.title() + " on " + o.start() + ", \"last " + monthName + "\"");
          }
        }
      }
    }
    return union(out);
  }

  /** The title an actor has, else the one the text gives after the name ("X, Prime Minister of Y"), or {@code null}. */
  private static String titleOf(Annotated doc, Actor a, ActorTable actors) {
    return a.title() != null ? a.title() : Appositions.titleAfter(doc.text(), a, actors.actors());
  }

  /** Sorted, with touching or overlapping periods joined. */
  static List<LocalDate[]> union(List<LocalDate[]> periods) {
    List<LocalDate[]> sorted = new ArrayList<>(periods);
    sorted.sort(java.util.Comparator.comparing((LocalDate[] p) -> p[0]));
    List<LocalDate[]> out = new ArrayList<>();
    for (LocalDate[] p : sorted) {
      LocalDate[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !p[0].isAfter(last[1].plusDays(1))) {
        if (p[1].isAfter(last[1])) {
          last[1] = p[1];
        }
      } else {
        out.add(p.clone());
      }
    }
    return out;
  }

  /** The days in both unions of periods. */
  static List<LocalDate[]> intersect(List<LocalDate[]> a, List<LocalDate[]> b) {
    List<LocalDate[]> out = new ArrayList<>();
    for (LocalDate[] x : a) {
      for (LocalDate[] y : b) {
        LocalDate lo = x[0].isAfter(y[0]) ? x[0] : y[0];
        LocalDate hi = x[1].isBefore(y[1]) ? x[1] : y[1];
        if (!hi.isBefore(lo)) {
          out.add(new LocalDate[] {lo, hi});
        }
      }
    }
    return union(out);
  }

  private static boolean contains(List<LocalDate[]> periods, LocalDate d) {
    return periods.stream().anyMatch(p -> !d.isBefore(p[0]) && !d.isAfter(p[1]));
  }

  private static String describe(List<LocalDate[]> periods) {
    return String.join(", ", periods.stream().map(p -> p[0] + ".." + (p[1].equals(OPEN) ? "" : p[1])).toList());
  }

  private static boolean sharesOfficeWord(String textTitle, String kbTitle) {
    Set<String> a = officeWords(textTitle);
    a.retainAll(officeWords(kbTitle));
    return !a.isEmpty();
  }

  private static Set<String> officeWords(String title) {
    Set<String> s = new LinkedHashSet<>();
    // a deputy's or a vice's office is not the office it is deputy to
    String own = title.toLowerCase(Locale.ROOT).replaceAll("\\b(?:deputy|vice)[\\s-]+(?:prime\\s+minister|president|premier|chancellor)", " ");
    for (String w : own.split("[^a-z]+")) {
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

  /** "the just concluded ...", "the recent ...": a meeting that ended shortly before the report. */
  private static final Pattern JUST_ENDED = Pattern.compile(
      "(?i)\\b(?:just|recently)[-\\s](?:concluded|ended|held|completed|finished)\\s+$|\\brecent\\s+$|\\blast\\s+week['’]s\\s+$");
  /** Words that put a meeting the sentence names after the report. */
  private static final Pattern AHEAD = Pattern.compile(
      "(?i)\\b(?:will|shall|upcoming|forthcoming|next|to\\s+be\\s+held|ahead\\s+of|scheduled|preparations?\\s+for|prepar(?:e|ing)\\s+for"
          + "|look(?:s|ed|ing)?\\s+forward|plans?\\s+to|would)\\b");
  /** "on the sidelines of the 15th BRICS Summit here": the report is filed where the meeting is held, while it is held. */
  private static final Pattern HERE = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:here|in\\s+this\\s+city)\\b");

  /** How long after a meeting "the just concluded" meeting is still told so. */
  private static final int JUST_ENDED_DAYS = 31;

  /**
   * The periods a document can be written in, from the meetings of recurring series it names and
   * how it tells them: "the just concluded 74th Session of the UN General Assembly" within a month
   * after its general debate; "will meet at the G20 summit in Osaka" in the year before it; "met on
   * the sidelines of COP28" after it began. One period per meeting so told.
   */
  private List<List<LocalDate[]>> gatheringDays(Annotated doc, List<String> evidence) {
    List<List<LocalDate[]>> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String st = s.text(doc.text());
      for (Gatherings.Found f : gatherings.in(st)) {
        org.dyad.kb.Gathering g = f.gathering();
        String name = g.series() + (g.number() == null ? "" : " " + g.number()) + ", " + g.city() + " " + g.first() + ".." + g.last();
        LocalDate[] period;
        if (JUST_ENDED.matcher(st.substring(Math.max(0, f.start() - 40), f.start())).find()) {
          period = new LocalDate[] {g.last(), g.last().plusDays(JUST_ENDED_DAYS)};
          evidence.add("the text tells of " + name + " as just ended");
        } else if (AHEAD.matcher(st).find()) {
          period = new LocalDate[] {g.first().minusYears(1), g.first()};
          evidence.add("the text tells of " + name + " as ahead");
        } else if (HERE.matcher(st.substring(f.end())).lookingAt() && s.tokens().stream().anyMatch(t -> t.pos().equals("VBD"))) {
          period = new LocalDate[] {g.first(), g.last()};
          evidence.add("the text tells of " + name + " as held here, where it reports from");
        } else if (s.tokens().stream().anyMatch(t -> t.pos().equals("VBD"))) {
          period = new LocalDate[] {g.first(), OPEN};
          evidence.add("the text tells of " + name + " as past");
        } else {
          continue;
        }
        out.add(List.<LocalDate[]>of(period));
      }
    }
    return out;
  }

  /**
   * The days of the meeting of a recurring series at which a sentence places something ("on the
   * sidelines of the 43rd ASEAN Summit", "at COP28", "during the G20 summit in Osaka"), or that the
   * words from {@code from} to {@code to} of the sentence name; {@code null} when there is none or
   * the knowledge base does not date it. Only a meeting the sentence says was held ({@code acted}:
   * "met", "held talks") takes the days of the meeting it places it at; "the visit was announced at
   * the summit" does not date the visit. "On the margins of the Summit", its kind alone, is the
   * meeting of a series last named before the sentence ("the XV BRICS Summit in Johannesburg").
   *
   * @param text the document's text
   * @param sentenceStart where the sentence starts in {@code text}
   * @param sentenceEnd where it ends
   * @param from the start of the words that tell the event, in the sentence
   * @param to their end, in the sentence
   */
  public DateValue gatheringDays(String text, int sentenceStart, int sentenceEnd, int from, int to, boolean acted) {
    String sentence = text.substring(sentenceStart, sentenceEnd);
    List<Gatherings.Found> named = gatherings.in(sentence);
    if (acted && named.isEmpty() && THE_GATHERING.matcher(sentence).find()) {
      List<Gatherings.Found> earlier = gatherings.in(text.substring(Math.max(0, sentenceStart - 20_000), sentenceStart));
      if (!earlier.isEmpty()) {
        return eventDays(earlier.get(earlier.size() - 1).gathering());
      }
    }
    for (Gatherings.Found f : named) {
      boolean told = f.start() <= to && from <= f.end();
      String before = sentence.substring(Math.max(0, f.start() - 30), f.start()).toLowerCase(Locale.ROOT);
      if (told || acted && VENUE_BEFORE.matcher(before).find()) {
        return eventDays(f.gathering());
      }
    }
    return null;
  }

  /** The days of a meeting as an event's date (which, like every event date, carries no basis). */
  private static DateValue eventDays(org.dyad.kb.Gathering g) {
    return g.first().equals(g.last()) ? DateValue.ofDay(g.first(), null) : DateValue.ofPeriod(g.first(), g.last(), null);
  }

  /** "on the margins of the Summit", "at the Session": a meeting of a series named before, by its kind alone and capitalized. */
  private static final Pattern THE_GATHERING = Pattern.compile(
      "\\b(?:sidelines?\\s+of|margins?\\s+of|during|at|attend(?:s|ed|ing)?)\\s+the\\s+(?:Summit|Session|Conference|Leaders['’]?\\s+Meeting)\\b");

  /** Words that make a named meeting the place of what a sentence tells. */
  private static final Pattern VENUE_BEFORE = Pattern.compile(
      "\\b(?:sidelines?\\s+of|margins?\\s+of|at|during|attend(?:s|ed|ing)?|on\\s+the\\s+occasion\\s+of)\\s+(?:the\\s+)?$");

  /** The recurring bodies whose chairs and hosts {@code chairs.tsv} lists, by how texts name them. */
  private static final List<Map.Entry<String, Pattern>> BODIES = List.of(
      Map.entry("ASEAN", Pattern.compile("\\basean\\b")),
      Map.entry("G20", Pattern.compile("\\bg-?20\\b|\\bgroup of twenty\\b")),
      Map.entry("APEC", Pattern.compile("\\bapec\\b")),
      Map.entry("G7", Pattern.compile("\\bg-?7\\b|\\bgroup of seven\\b")));
  /** A chair or host of a body, within a few words of its name. */
  private static final Pattern CHAIRING =
      Pattern.compile("\\b(?:chair(?:s|ed|ing|man|manship|person)?|presidency|host(?:s|ed|ing)?)\\b");
  private static final int CHAIR_NEAR = 40;
  private static final Pattern NEXT_YEAR = Pattern.compile("\\bnext year\\b");
  private static final Pattern THIS_YEAR = Pattern.compile("\\bthis year(?:'s|’s)?\\b|\\bcurrent\\b");
  private static final Pattern LAST_YEAR = Pattern.compile("\\blast year\\b");

  /**
   * The years a document can be written in, from a chair or host of a recurring body and when the
   * text puts it: "Cambodia ... hosting the ASEAN Summit next year" is written the year before one
   * of Cambodia's chairmanships ({@code chairs.tsv}). Empty when no sentence says so.
   */
  private List<LocalDate[]> chairYears(Annotated doc, List<String> evidence) {
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    List<String> told = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String st = s.text(doc.text()).toLowerCase(Locale.ROOT);
      int shift = NEXT_YEAR.matcher(st).find() ? -1 : THIS_YEAR.matcher(st).find() ? 0 : LAST_YEAR.matcher(st).find() ? 1 : 2;
      if (shift == 2) {
        continue;
      }
      for (Map.Entry<String, Pattern> body : BODIES) {
        if (!chairNear(body.getValue().matcher(st), st)) {
          continue;
        }
        for (org.dyad.kb.Chair c : kb.chairs()) {
          if (c.body().equals(body.getKey()) && partyNamed(c.country(), st)) {
            years.add(c.year() + shift);
            told.add(c.country() + " chairs " + c.body() + " in " + c.year());
          }
        }
      }
    }
    List<LocalDate[]> out = new ArrayList<>();
    for (int y : years) {
      out.add(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
    }
    if (!out.isEmpty()) {
      evidence.add("a chair the text places in time (" + String.join(", ", new java.util.LinkedHashSet<>(told)) + "): " + years);
    }
    return out;
  }

  /** Whether a word of chairing or hosting stands within {@link #CHAIR_NEAR} characters of a name of the body. */
  private static boolean chairNear(Matcher body, String st) {
    while (body.find()) {
      Matcher c = CHAIRING.matcher(st);
      c.region(Math.max(0, body.start() - CHAIR_NEAR), Math.min(st.length(), body.end() + CHAIR_NEAR));
      if (c.find()) {
        return true;
      }
    }
    return false;
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
        int n = ordinal(m.group(1));
        if (n == 0) {
          continue;
        }
        // the anniversary's own noun phrase: "of the establishment of diplomatic relations between X and Y"
        String tail = m.group(2).split("[,;.:]|\\b(?:which|and noted|while|who)\\b", 2)[0].toLowerCase(Locale.ROOT);
        String sentenceLower = st.toLowerCase(Locale.ROOT);
        Anniversary best = null;
        int bestScore = 0;
        for (Anniversary a : kb.anniversaries()) {
          // the relationship by one of its names, or by its two parties ("the Japan-ROK relations")
          boolean relationNamed = a.keywords().stream().anyMatch(k -> tail.contains(k.toLowerCase(Locale.ROOT)))
              || RELATIONS.matcher(tail).find() && a.parties().stream().allMatch(p -> partyNamed(p, tail));
          if (!relationNamed) {
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
   * the date of the event a news story opens with dates it. Dates in photo captions and in the
   * characters {@code skipFrom..skipTo} do not count.
   */
  private static LocalDate leadDay(Annotated doc, int skipFrom, int skipTo) {
    for (Sentence s : doc.sentences()) {
      if (s.start() > 600) {
        break;
      }
      String text = doc.text();
      int lineEnd = text.indexOf('\n', s.end());
      String paragraph = text.substring(text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1, lineEnd < 0 ? text.length() : lineEnd);
      if (CAPTION.matcher(paragraph).find()) {
        continue; // a photo caption dates the photo
      }
      for (Mention m : s.mentions()) {
        String day = dayOf(m.normalized());
        boolean skipped = m.start() < skipTo && skipFrom < m.end();
        if ((m.type().equals("DATE") || m.type().equals("TIME")) && day != null && !skipped) {
          return LocalDate.parse(day);
        }
      }
    }
    return null;
  }

  /**
   * A wire story that states no date of its own but carries a dated photo ("... in Paris, July 23,
   * 2007. REUTERS/..."): the report is not older than its photo, and the weekday of its lead ("met
   * ... on Wednesday") is the first such day on or after the photo's; {@code null} without both, or
   * when that day lies outside the days allowed.
   */
  private static LocalDate weekdayAfterCaption(Annotated doc, List<LocalDate[]> allowed) {
    String text = doc.text();
    LocalDate photo = null;
    DayOfWeek lead = null;
    for (Sentence s : doc.sentences()) {
      if (s.start() > HEAD_CHARS) {
        break;
      }
      int lineEnd = text.indexOf('\n', s.end());
      String paragraph = text.substring(text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1, lineEnd < 0 ? text.length() : lineEnd);
      boolean caption = CAPTION.matcher(paragraph).find();
      for (Mention m : s.mentions()) {
        if (caption && photo == null && dayOf(m.normalized()) != null) {
          photo = LocalDate.parse(dayOf(m.normalized()));
        }
        if (!caption && lead == null) {
          lead = weekday(m.normalized());
        }
      }
    }
    if (photo == null || lead == null) {
      return null;
    }
    LocalDate d = photo.with(TemporalAdjusters.nextOrSame(lead));
    return allowed == null || contains(allowed, d) ? d : null;
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
   * Resolves a date or time mention against the document date.
   *
   * @param m the mention (DATE or TIME)
   * @param doc the document date
   * @param status the status of the event it dates, which decides between the last and the next
   *     matching day ("on Tuesday")
   * @return the date without basis, or {@code null} when it cannot be resolved
   */
  public DateValue resolve(Mention m, DocumentDate date, Status status) {
    String v = m.normalized();
    if (v == null) {
      return null;
    }
    Matcher named = WEEKDAY_THE_NTH.matcher(m.text());
    if (named.find()) {
      DateValue d = weekdayTheNth(weekdayNamed(named.group(1)), Integer.parseInt(named.group(2)), date, status);
      if (d != null) {
        return d;
      }
    }
    DocumentDate doc = date.reference();
    // "on Monday morning", "Tuesday night": the day
    v = WEEKDAY_TIME.matcher(v).replaceFirst("$1");
    DateValue ref = doc.value();
    DateValue span = span(m.text(), 0, m.text().length(), v, ref, status);
    if (span != null) {
      return span;
    }
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
      Integer day = p.group(2) == null ? null : Integer.parseInt(p.group(2));
      LocalDate candidate = partialIn(month, day, ref, doc, status);
      if (candidate == null) {
        return null;
      }
      return day == null ? DateValue.ofMonth(YearMonth.from(candidate), null) : DateValue.ofDay(candidate, null);
    }
    LocalDate first = ref.firstDay();
    LocalDate last = ref.lastDay();
    boolean dayish = ref.precision() == Precision.DAY || ref.isRange() && last.toEpochDay() - first.toEpochDay() <= 14;
    DateValue week = weekRelative(v, first, last, status);
    if (week != null || WEEK_RELATIVE.matcher(v).matches()) {
      return dayish ? week : null;
    }
    Matcher o = OFFSET.matcher(v);
    if (o.find()) {
      int n = Integer.parseInt(o.group(2));
      String unit = o.group(3);
      switch (unit) {
        case "Y":
          return DateValue.ofPeriod(LocalDate.of(first.getYear() + n, 1, 1), LocalDate.of(last.getYear() + n, 12, 31), null);
        case "M":
          if (ref.precision() == Precision.YEAR || ref.isRange() && last.toEpochDay() - first.toEpochDay() > 366) {
            return null; // "next month" of a report dated to a term of office of some months is those months, one on
          }
          return DateValue.ofPeriod(YearMonth.from(first).plusMonths(n).atDay(1), YearMonth.from(last).plusMonths(n).atEndOfMonth(), null);
        case "W":
        case "D":
          if (!dayish) {
            return null;
          }
          if (unit.equals("W")) {
            // "last week": Monday to Sunday of the week before
            return DateValue.ofPeriod(first.plusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                last.plusWeeks(n).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), null);
          }
          return DateValue.ofPeriod(first.plusDays(n), last.plusDays(n), null);
        default:
          return null;
      }
    }
    Matcher w = WEEKDAY.matcher(v);
    if (w.matches()) {
      if (!dayish) {
        return null;
      }
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(w.group(1)));
      LocalDate lo = null;
      LocalDate hi = null;
      for (LocalDate r = first; !r.isAfter(last); r = r.plusDays(1)) {
        LocalDate d = status == Status.OCCURRED
            ? r.with(TemporalAdjusters.previousOrSame(dow))
            : r.with(TemporalAdjusters.nextOrSame(dow));
        lo = lo == null || d.isBefore(lo) ? d : lo;
        hi = hi == null || d.isAfter(hi) ? d : hi;
      }
      return DateValue.ofPeriod(lo, hi, null);
    }
    String text = m.text().toLowerCase(Locale.ROOT);
    Matcher inYear = THIS_YEAR_PART.matcher(v);
    if (inYear.matches()) {
      // "in February this year"
      int month = Integer.parseInt(inYear.group(1));
      YearMonth from = YearMonth.of(first.getYear(), month);
      YearMonth to = YearMonth.of(last.getYear(), month);
      if (inYear.group(2) == null) {
        return DateValue.ofPeriod(from.atDay(1), to.atEndOfMonth(), null);
      }
      LocalDate a1 = safeDay(from, Integer.parseInt(inYear.group(2)));
      LocalDate a2 = safeDay(to, Integer.parseInt(inYear.group(2)));
      return a1 == null || a2 == null ? null : DateValue.ofPeriod(a1, a2, null);
    }
    if (TIME_OF_DAY.matcher(v).matches() && dayish) {
      return ref.withBasis(null); // "at 11:30 a.m.": that day
    }
    if (v.startsWith("THIS P1W") && dayish) {
      // "this week": the days of the document's week before it for what happened, after it for a plan
      LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate sunday = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      return status == Status.OCCURRED ? DateValue.ofPeriod(monday, last, null) : DateValue.ofPeriod(first, sunday, null);
    }
    if (v.contains("OFFSET PT") && text.matches("(?s).*\\b(?:after|before)\\b.*")) {
      return null; // "a few hours after the meeting": hours from another event, not from now
    }
    if (v.startsWith("THIS") || v.equals("PRESENT_REF") || text.matches("(today|tonight|this (morning|afternoon|evening)|now)")) {
      // "earlier this year" for what happened: from the first of the year to the document's day
      boolean earlier = status == Status.OCCURRED && text.matches("(?s).*\\bearlier\\b.*") && ref.precision() == Precision.DAY;
      if (v.contains("P1Y") && !text.contains("today")) {
        LocalDate from = LocalDate.of(first.getYear(), 1, 1);
        return DateValue.ofPeriod(from, earlier ? last : LocalDate.of(last.getYear(), 12, 31), null);
      }
      if (v.contains("P1M") && ref.precision() != Precision.YEAR && YearMonth.from(first).equals(YearMonth.from(last))) {
        return earlier ? DateValue.ofPeriod(first.withDayOfMonth(1), last, null) : DateValue.ofMonth(YearMonth.from(first), null);
      }
      return ref.withBasis(null);
    }
    return null;
  }

  /**
   * Days named by their week: "last Sunday" (the Sunday before the document's day), "next Tuesday"
   * (the one after it), "Monday last week", "the weekend" (the one before for what happened, the
   * next for a plan); {@code null} for anything else.
   */
  private static DateValue weekRelative(String v, LocalDate first, LocalDate last, Status status) {
    Matcher m = WEEK_RELATIVE.matcher(v);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(m.group(1)));
      return m.group(2).startsWith("-")
          ? DateValue.ofPeriod(first.with(TemporalAdjusters.previous(dow)), last.with(TemporalAdjusters.previous(dow)), null)
          : DateValue.ofPeriod(first.with(TemporalAdjusters.next(dow)), last.with(TemporalAdjusters.next(dow)), null);
    }
    if (m.group(3) != null) {
      int weeks = Integer.parseInt(m.group(3));
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(m.group(4)));
      return DateValue.ofPeriod(first.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow)),
          last.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow)), null);
    }
    boolean past = v.startsWith("PREV") || !v.startsWith("NEXT") && status == Status.OCCURRED;
    LocalDate saturday = past
        ? first.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
        : last.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    if (past && !last.isAfter(saturday.plusDays(1))) {
      saturday = saturday.minusWeeks(1);
    }
    return DateValue.ofPeriod(saturday, saturday.plusDays(1), null);
  }

  /**
   * The day (or the first day of the month, when {@code day} is null) a date without a year names:
   * in the year of the document, or the year before for a past event written well after it, or
   * the year after for a plan; {@code null} when the document's period spans several years that fit.
   */
  private static LocalDate partialIn(int month, Integer day, DateValue ref, DocumentDate doc, Status status) {
    if (ref.isRange() && ref.firstDay().getYear() != ref.lastDay().getYear()) {
      // the day of a past event lies before the document and not long before; a plan after it
      List<LocalDate> fits = new ArrayList<>();
      for (int y = ref.firstDay().getYear() - 1; y <= ref.lastDay().getYear() + 1; y++) {
        LocalDate c = day == null ? YearMonth.of(y, month).atDay(1) : safeDay(YearMonth.of(y, month), day);
        if (c == null) {
          continue;
        }
        boolean fits1 = status == Status.OCCURRED
            ? !c.isAfter(ref.lastDay()) && !c.isBefore(ref.firstDay().minusDays(90))
            : !c.isBefore(ref.firstDay()) && !c.isAfter(ref.lastDay().plusDays(180));
        if (fits1) {
          fits.add(c);
        }
      }
      return fits.size() == 1 ? fits.get(0) : null;
    }
    LocalDate anchor = doc.first() != null && doc.last() != null && ref.precision() != Precision.DAY ? doc.first() : ref.firstDay();
    YearMonth ym = YearMonth.of(anchor.getYear(), month);
    LocalDate candidate = day == null ? ym.atDay(1) : safeDay(ym, day);
    if (candidate == null) {
      return null;
    }
    // news reports the past: a date well after the reference belongs to the year before
    if (status == Status.OCCURRED && candidate.isAfter(ref.lastDay().plusDays(31))) {
      candidate = candidate.minusYears(1);
    } else if (status != Status.OCCURRED && candidate.isBefore(ref.firstDay().minusDays(180))) {
      candidate = candidate.plusYears(1);
    }
    return candidate;
  }

  /**
   * Resolves a date mention in its sentence: as {@link #resolve(Mention, DocumentDate, Status)},
   * except that a span of days written around it ("from July 5 to 6", "25-27 July") is a range.
   *
   * @param m the mention (DATE or TIME)
   * @param s the sentence it is in, whose tokens give the words around it
   * @param doc the document date
   * @param status the status of the event it dates
   * @return the date without basis, or {@code null} when it cannot be resolved
   */
  public DateValue resolve(Mention m, Sentence s, DocumentDate doc, Status status) {
    List<org.dyad.nlp.Token> t = s.tokens();
    StringBuilder words = new StringBuilder();
    int from = -1;
    int to = -1;
    for (int k = Math.max(0, m.firstToken() - 3); k < Math.min(t.size(), m.endToken() + 3); k++) {
      if (words.length() > 0) {
        words.append(' ');
      }
      if (k == m.firstToken()) {
        from = words.length();
      }
      words.append(t.get(k).word());
      if (k == m.endToken() - 1) {
        to = words.length();
      }
    }
    if (m.normalized() != null && from >= 0 && to > from) {
      DateValue span = span(words.toString(), from, to, m.normalized(), doc.reference().value(), status);
      if (span != null) {
        return span;
      }
    }
    DateValue part = partOfYear(m, t, doc);
    if (part != null) {
      return part;
    }
    DateValue weekdayAndDay = weekdayTheNth(m, t, doc, status);
    return weekdayAndDay != null ? weekdayAndDay : resolve(m, doc, status);
  }

  /** "the second half of the year", "the first quarter of 2024", "the first half of next year". */
  private static final Pattern PART_OF_YEAR = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(half|quarter)\\s+of\\s+(?:(the|this|next|last|the\\s+current|the\\s+coming)\\s+year|(\\d{4}))$");

  private static final Map<String, Integer> PART_NUMBER = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3,
      "fourth", 4, "4th", 4);

  /** The half or quarter of a year the words ending at the mention name, or {@code null}. */
  private static DateValue partOfYear(Mention m, List<org.dyad.nlp.Token> t, DocumentDate doc) {
    StringBuilder words = new StringBuilder();
    for (int k = Math.max(0, m.firstToken() - 5); k < Math.min(t.size(), m.endToken()); k++) {
      words.append(words.length() == 0 ? "" : " ").append(t.get(k).word());
    }
    Matcher x = PART_OF_YEAR.matcher(words);
    if (!x.find()) {
      return null;
    }
    int year;
    if (x.group(4) != null) {
      year = Integer.parseInt(x.group(4));
    } else {
      DateValue ref = doc.reference().value();
      if (ref == null || ref.isRange() && ref.firstDay().getYear() != ref.lastDay().getYear()) {
        return null;
      }
      String which = x.group(3).toLowerCase(Locale.ROOT);
      year = ref.firstDay().getYear() + (which.equals("next") || which.equals("the coming") ? 1 : which.equals("last") ? -1 : 0);
    }
    int n = PART_NUMBER.get(x.group(1).toLowerCase(Locale.ROOT));
    int months = x.group(2).equalsIgnoreCase("half") ? 6 : 3;
    if (n * months > 12) {
      return null; // "the third half"
    }
    LocalDate first = LocalDate.of(year, (n - 1) * months + 1, 1);
    return DateValue.ofPeriod(first, first.plusMonths(months).minusDays(1), null);
  }

  private static final Pattern NTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");

  /**
   * "On Monday the 29th" in a text of 10 May: the last day before the document's (the next after it,
   * for what is to come) that is a Monday and the 29th, within two months; {@code null} for any
   * other mention.
   */
  private DateValue weekdayTheNth(Mention m, List<org.dyad.nlp.Token> t, DocumentDate doc, Status status) {
    DayOfWeek dow = weekday(m.normalized());
    if (dow == null || m.endToken() + 1 >= t.size() || !t.get(m.endToken()).word().equalsIgnoreCase("the")) {
      return null;
    }
    Matcher n = NTH.matcher(t.get(m.endToken() + 1).word());
    return n.matches() ? weekdayTheNth(dow, Integer.parseInt(n.group(1)), doc, status) : null;
  }

  /** "Monday the 29th" written as one mention. */
  private static final Pattern WEEKDAY_THE_NTH = Pattern.compile(
      "(?i)\\b(mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\\.?,?\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");

  private static DateValue weekdayTheNth(DayOfWeek dow, int day, DocumentDate doc, Status status) {
    DateValue ref = doc.reference().value();
    if (ref == null || ref.precision() != Precision.DAY) {
      return null;
    }
    boolean past = status == Status.OCCURRED;
    for (int k = 0; k <= 62; k++) {
      LocalDate d = past ? ref.firstDay().minusDays(k) : ref.firstDay().plusDays(k);
      if (d.getDayOfMonth() == day && d.getDayOfWeek() == dow) {
        return DateValue.ofDay(d, null);
      }
    }
    return null;
  }

  /**
   * A multi-day span ("25-27 July", "July 5 to 6", "from 5 to 7 March 2024") written in {@code text}
   * over the characters {@code from..to} of a mention: the range of its days, in the year written,
   * the mention's or the document's; {@code null} when there is no such span.
   */
  private static DateValue span(String text, int from, int to, String normalized, DateValue ref, Status status) {
    // day1, month1, day2, month2, year as groups of each pattern
    int[][] groups = {{1, 3, 2, 3, 4}, {2, 1, 3, 1, 4}, {1, 2, 4, 5, 6}, {2, 1, 5, 4, 6}};
    Pattern[] patterns = {SPAN_DAY_MONTH, SPAN_MONTH_DAY, SPAN_DAY_MONTH_TWICE, SPAN_MONTH_DAY_TWICE};
    Matcher m = null;
    int[] g = null;
    for (int i = 0; i < patterns.length && g == null; i++) {
      Matcher x = patterns[i].matcher(text);
      while (g == null && x.find()) {
        if (x.start() < to && from < x.end()) {
          m = x;
          g = groups[i];
        }
      }
    }
    if (g == null) {
      return null;
    }
    int d1 = Integer.parseInt(m.group(g[0]));
    int month1 = StatedDates.month(m.group(g[1]));
    int d2 = Integer.parseInt(m.group(g[2]));
    int month2 = StatedDates.month(m.group(g[3]));
    String year = m.group(g[4]);
    if (g == groups[2] && year == null) {
      year = m.group(3); // "30 December 2023 to 2 January": the year written after the first day
    } else if (g == groups[3] && year == null) {
      year = m.group(3);
    }
    if (month1 == month2 && d2 <= d1) {
      return null;
    }
    Integer y = null;
    if (year != null) {
      y = Integer.parseInt(year);
      // a year written after the last day names the last day's year: "30 December to 2 January 2024"
      if (month2 < month1 && year.equals(m.group(g[4]))) {
        y = y - 1;
      }
    } else {
      Matcher a = ABSOLUTE.matcher(normalized.length() >= 4 ? normalized.substring(0, 4) : "");
      if (a.matches()) {
        y = Integer.parseInt(a.group(1));
      } else if (ref != null) {
        LocalDate first = partialIn(month1, d1, ref, new DocumentDate(ref, ref.firstDay(), ref.lastDay(), List.of(), List.of()), status);
        y = first == null ? null : first.getYear();
      }
    }
    if (y == null) {
      return null;
    }
    LocalDate a = safeDay(YearMonth.of(y, month1), d1);
    LocalDate b = safeDay(YearMonth.of(month2 < month1 ? y + 1 : y, month2), d2);
    // a span longer than a season is two dates, not one event's days
    return a == null || b == null || !b.isAfter(a) || b.toEpochDay() - a.toEpochDay() > 62 ? null : DateValue.ofPeriod(a, b, null);
  }

  private static LocalDate safeDay(YearMonth ym, int day) {
    return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
  }
}
