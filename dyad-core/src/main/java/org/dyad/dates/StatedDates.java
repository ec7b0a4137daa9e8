package org.dyad.dates;

import java.nio.CharBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a document states for itself, read from the raw text rather than from CoreNLP: the
 * date-time group of a cable header, a date after "Published"/"Posted on"/"Date", a dateline
 * ("SEOUL, March 3 (Yonhap) --"), a byline or time stamp ("Tuesday, 4 May 2021 14:05 IST"), a
 * date standing on a line of its own. A date inside running text, a photo caption or next to forum
 * furniture ("Reaction score") is not one of them; an "Updated" stamp counts only when nothing
 * better is stated.
 */
final class StatedDates {
  /** How a stated date was found, strongest first by {@link #rank}. */
  enum Kind {
    CABLE(60, "cable date-time group"),
    LABELLED(50, "publication date"),
    DATELINE(40, "dateline"),
    BYLINE(35, "byline"),
    STAMP(30, "date line at the head"),
    UPDATED(12, "update stamp"),
    FOOT(10, "date line");

    final int rank;
    final String description;

    Kind(int rank, String description) {
      this.rank = rank;
      this.description = description;
    }

    /** Whether it dates the page (publication, byline, time stamp, update), never an event it reports. */
    boolean isStamp() {
      return this == LABELLED || this == DATELINE || this == BYLINE || this == STAMP || this == UPDATED;
    }
  }

  /**
   * A date the document states for itself.
   *
   * @param day the day, or {@code null} when only {@code partial} is known
   * @param partial month and day of a dateline that gives no year, or {@code null}
   * @param kind where it was found
   * @param start offset of the date in the text
   * @param text the date as written
   */
  record Found(LocalDate day, MonthDay partial, Kind kind, int start, String text) {
    /** Evidence for the reader. */
    String evidence() {
      return kind.description + " \"" + text + "\"";
    }
  }

  static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
          + "|dec(?:ember)?)";
  private static final String WEEKDAY = "(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s*)";
  /** A time of day written before the date: "Updated: 12:30 PM, 21 March 2023", "09:40 IST | Mar 21, 2023". */
  private static final String TIME_FIRST = "(?i:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?\\s*[,|•·]?\\s*)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:\\s*,\\s*|\\s+)(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  /** The Thai (Buddhist Era) year: "3 December B.E. 2562", "December 3, BE 2562". */
  private static final String BE = "(?:B\\.\\s?E\\.|BE)\\s*";
  private static final Pattern MONTH_DAY_BE_YEAR =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)" + BE + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_BE_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:\\s*,\\s*|\\s+)" + BE + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/-]|\\.\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");
  private static final Pattern PARTIAL_MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTIAL_DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b\\.?", Pattern.CASE_INSENSITIVE);
  /** A cable's date-time group: precedence, day, hour and minute, Zulu, month, two-digit year. */
  private static final Pattern CABLE =
      Pattern.compile("(?m)^[ \\t]*(?:[ROPZ]{1,2}(?:[ \\t]+[ROPZ]{1,2})?[ \\t]+)?(\\d{2})(\\d{4})Z[ \\t]+" + MONTH + "[ \\t]+(\\d{4}|\\d{2})[ \\t]*$",
          Pattern.CASE_INSENSITIVE);
  /** Year first: "1977 August 4" (cable archives' date fields, some Asian outlets). */
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("\\b(\\d{4})\\s+" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})", Pattern.CASE_INSENSITIVE);

  private static final String LABEL_WORDS =
      "first\\s+published|published|posted|released|issued|dated?|publication\\s+date|created|press\\s+release";
  private static final Pattern LABEL_BEFORE =
      Pattern.compile("(?is).*(?:\\b|(?<=\\p{Ll})(?=\\p{Lu}))(?:" + LABEL_WORDS + "|written)(?:\\s+by\\s+[^\\n]{1,60}?)?(?:\\s+(?:on|at))?\\s*[:|\\-–—]?\\s*" + TIME_FIRST + "?" + WEEKDAY + "?$");
  private static final Pattern LABEL_LINE = Pattern.compile("(?i)\\W*(?:" + LABEL_WORDS + ")\\W*");
  private static final Pattern UPDATED_BEFORE =
      Pattern.compile("(?is).*\\b(?:last\\s+)?(?:updated|modified|edited)(?:\\s+(?:on|at))?\\s*[:|\\-–—]?\\s*" + TIME_FIRST + "?" + WEEKDAY + "?$");
  private static final String PLACE = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{L}[\\p{L}.'’\\-]*){0,4}";
  private static final Pattern DATELINE_BEFORE =
      Pattern.compile("\\W{0,3}(?:\\([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)?\\)\\s*)?" + PLACE + "(?:\\s*,\\s*" + PLACE + ")?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[,:|–—-]\\s*(?:(?i:on)\\s+)?" + WEEKDAY + "?");
  private static final Pattern DATELINE_AFTER =
      Pattern.compile("\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:/[^/\\n]{1,40}/\\s*)?(?:[-–—:]|,\\s|$).*", Pattern.DOTALL);
  private static final Pattern BYLINE_BEFORE =
      Pattern.compile("(?i)\\W*(?:by\\s+)?[\\p{L}\\d.:/'’\\- ]{2,60}?\\s*[|•·]\\s*" + TIME_FIRST + "?" + WEEKDAY + "?|\\s*by\\s+[^\\n]{2,60}[|•·,–—-]\\s*" + WEEKDAY + "?");
  /** The place before the date of a statement's closing line: "Lima, ", "Done at Hanoi, on ", "Done in Brasília this ". */
  private static final Pattern SIGNED_BEFORE =
      Pattern.compile("\\s*(?:(?i:done|signed|issued)\\s+(?:at|in)\\s+" + PLACE + "(?:\\s*,\\s*" + PLACE + ")?\\s*,?|" + PLACE + "(?:\\s*,\\s*" + PLACE
          + ")?\\s*,)\\s*(?:(?i:on|this|the)\\s+){0,2}");
  /** How near the end of the text a statement's closing line stands: nothing but a few short lines after it. */
  private static final int SIGNED_TAIL = 300;
  private static final Pattern BARE_BEFORE =
      Pattern.compile("(?i)[\\W&&[^\\n]]*(?:\\([\\p{L}\\d .&'-]{1,30}\\)\\s*)?" + TIME_FIRST + "?" + WEEKDAY + "?");
  private static final Pattern TIME_AFTER =
      Pattern.compile("(?i)\\s*(?:[,|\\-–—/•·T]\\s*)?(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?.*|\\s*(?:[,|\\-–—]\\s*)?\\d{1,2}\\s*[ap]\\.?m\\.?.*");
  private static final Pattern NOTHING_AFTER = Pattern.compile("[\\s.,;:)|\\-–—]*");
  /** A short source after a dash: "3 April 2019 - Press Release". */
  private static final Pattern SOURCE_AFTER = Pattern.compile("\\s*[-–—|•·]\\s*[^\\n]{1,60}");
  /** Captions and forum furniture: a date near them is not the document's. */
  private static final Pattern CAPTION =
      Pattern.compile("(?i).*(?:\\(photo|photo\\s*:|photo\\s+credit|reuters/|/reuters|afp\\s+photo|file\\s+photo|getty\\s+images|\\.jpe?g|\\.png).*");
  private static final Pattern FORUM = Pattern.compile("(?i)\\s*(?:reaction score|joined|messages|member since|registered|likes received|posts|points)\\b.*");
  private static final Pattern JOINED = Pattern.compile("(?i)\\b(?:joined|member since|registered)\\b");
  /** After a yearless dateline: its dash, or the agency in parentheses and then the story ("Havana, Feb 14 (Prensa Latina) Cuban ..."). */
  private static final Pattern YEARLESS_AFTER = Pattern.compile("\\.?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—:].*|\\.?\\s*\\([^)\\n]{1,40}\\)\\s*\\p{Lu}.*");
  private static final Pattern BYLINE_AFTER = Pattern.compile("\\s*[|•·,].*");
  /** How many characters either side of a date on its line are looked at (more than any pattern needs). */
  private static final int CONTEXT = 1000;
  /** Date lines closer together than this, with different dates, form a list. */
  private static final int LIST_SPAN = 400;
  /** How far into the text a dateline or a date line counts as the head. */
  static final int HEAD = 1200;

  private StatedDates() {}

  /** The best date the text states for itself, or {@code null}. */
  static Found best(String text) {
    List<Found> all = find(text);
    return all.stream().filter(f -> f.day() != null).max(Comparator.comparingInt((Found f) -> f.kind().rank)
        .thenComparing(Comparator.comparingInt(Found::start).reversed())).orElse(null);
  }

  /** A dateline at the head that gives a month and a day but no year, or {@code null}. */
  static Found partialDateline(String text) {
    for (Found f : find(text)) {
      if (f.partial() != null) {
        return f;
      }
    }
    return null;
  }

  /** The first date written in full (day, month and year) in {@code text}, or {@code null}. */
  static LocalDate firstFullDate(String text) {
    List<Found> full = new ArrayList<>();
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    collectFull(text, full, taken);
    return full.stream().min(Comparator.comparingInt(Found::start)).map(Found::day).orElse(null);
  }

  /** Every stated date, in text order. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher c = CABLE.matcher(text);
    if (c.find()) {
      int yy = Integer.parseInt(c.group(4));
      int year = c.group(4).length() == 4 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
      LocalDate d = day(year, month(c.group(3)), Integer.parseInt(c.group(1)));
      if (d != null) {
        out.add(new Found(d, null, Kind.CABLE, c.start(), c.group().strip()));
      }
    }
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    List<Found> full = new ArrayList<>();
    collectFull(text, full, taken);
    collect(text, YEAR_MONTH_DAY, m -> day(Integer.parseInt(m.group(1)), month(m.group(2)), Integer.parseInt(m.group(3))), full, taken);
    List<LocalDate> written = full.stream().map(Found::day).toList();
    collect(text, NUMERIC, m -> numeric(m, written), full, taken);
    List<Found> lines = new ArrayList<>();
    for (Found f : full) {
      Kind k = kindOf(text, f.start(), f.start() + f.text().length(), true);
      if (k == Kind.STAMP || k == Kind.FOOT) {
        lines.add(new Found(f.day(), null, k, f.start(), f.text()));
      } else if (k != null) {
        out.add(new Found(f.day(), null, k, f.start(), f.text()));
      }
    }
    List<Found> byStart = new ArrayList<>(lines);
    byStart.sort(Comparator.comparingInt(Found::start));
    for (Found f : lines) {
      // a date line among other date lines is an item of a list (related articles, archives)
      if (!listed(byStart, f)) {
        out.add(f);
      }
    }
    List<Found> partial = new ArrayList<>();
    collectPartial(text, PARTIAL_MONTH_DAY, 1, 2, partial, taken);
    collectPartial(text, PARTIAL_DAY_MONTH, 2, 1, partial, taken);
    for (Found f : partial) {
      if (kindOf(text, f.start(), f.start() + f.text().length(), false) == Kind.DATELINE) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /** Dates written in full with their month's name or as ISO dates, the Buddhist Era's first. */
  private static void collectFull(String text, List<Found> full, TreeMap<Integer, Integer> taken) {
    collect(text, MONTH_DAY_BE_YEAR, m -> day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), full, taken);
    collect(text, DAY_MONTH_BE_YEAR, m -> day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), full, taken);
    collect(text, MONTH_DAY_YEAR, m -> day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), full, taken);
    collect(text, DAY_MONTH_YEAR, m -> day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), full, taken);
    collect(text, ISO, m -> day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), full, taken);
  }

  /** Whether another date line with a different day stands within LIST_SPAN of f; lines sorted by start. */
  private static boolean listed(List<Found> lines, Found f) {
    int lo = 0;
    int hi = lines.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lines.get(mid).start() < f.start() - LIST_SPAN + 1) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < lines.size() && lines.get(i).start() < f.start() + LIST_SPAN; i++) {
      if (!lines.get(i).day().equals(f.day())) {
        return true;
      }
    }
    return false;
  }

  private interface DayOf {
    LocalDate of(Matcher m);
  }

  private static void collect(String text, Pattern p, DayOf dayOf, List<Found> out, TreeMap<Integer, Integer> taken) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      LocalDate d = dayOf.of(m);
      if (d != null && d.getYear() >= 1900 && d.getYear() <= java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1) {
        out.add(new Found(d, null, null, m.start(), m.group()));
        taken.put(m.start(), m.end());
      }
    }
  }

  private static void collectPartial(String text, Pattern p, int monthGroup, int dayGroup, List<Found> out, TreeMap<Integer, Integer> taken) {
    Matcher m = p.matcher(text.substring(0, Math.min(text.length(), HEAD)));
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      int day = Integer.parseInt(m.group(dayGroup));
      int month = month(m.group(monthGroup));
      if (day >= 1 && day <= java.time.Month.of(month).maxLength()) {
        out.add(new Found(null, MonthDay.of(month, day), Kind.DATELINE, m.start(), m.group()));
        taken.put(m.start(), m.end());
      }
    }
  }

  /** Whether start..end overlaps one of the disjoint spans taken (start to end): the nearest one starting before end decides. */
  private static boolean overlaps(TreeMap<Integer, Integer> taken, int start, int end) {
    Map.Entry<Integer, Integer> t = taken.floorEntry(end - 1);
    return t != null && t.getValue() > start;
  }

  /**
   * Day and month of an all-numeric date: day first unless that cannot be, or unless month first
   * lies nearer the dates written out in the text.
   */
  private static LocalDate numeric(Matcher m, List<LocalDate> written) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int y = Integer.parseInt(m.group(4));
    if (m.group(4).length() == 2) {
      int now = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() % 100;
      y += y <= now + 1 ? 2000 : 1900;
    }
    LocalDate dayFirst = day(y, b, a);
    LocalDate monthFirst = day(y, a, b);
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst) || m.group(2).equals(".")) {
      return dayFirst != null ? dayFirst : monthFirst;
    }
    return distance(monthFirst, written) < distance(dayFirst, written) ? monthFirst : dayFirst;
  }

  private static long distance(LocalDate d, List<LocalDate> others) {
    long best = Long.MAX_VALUE;
    for (LocalDate o : others) {
      best = Math.min(best, Math.abs(o.toEpochDay() - d.toEpochDay()));
    }
    return best;
  }

  /** Where a date at {@code start..end} stands, or {@code null} when it is part of running text. */
  private static Kind kindOf(String text, int start, int end, boolean hasYear) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    // Views, not copies, and only CONTEXT characters either side for the patterns that scan: a
    // line of thousands of dates (a flattened table) must not cost the square of its length.
    // The patterns anchored at the line's start fail within a few characters on a long line.
    CharSequence before = CharBuffer.wrap(text, lineStart, start);
    int from = Math.max(lineStart, start - CONTEXT);
    CharSequence nearBefore = CharBuffer.wrap(text, from, start);
    boolean cut = lineEnd - end > CONTEXT;
    CharSequence after = CharBuffer.wrap(text, end, cut ? end + CONTEXT : lineEnd);
    CharSequence near = CharBuffer.wrap(text, from, Math.min(lineEnd, end + 300));
    if (CAPTION.matcher(near).matches() || JOINED.matcher(nearBefore).find()) {
      return null;
    }
    boolean head = start < HEAD;
    if (!hasYear) {
      // a yearless date is a dateline only at the very head, followed by the dateline's dash
      return head && DATELINE_BEFORE.matcher(before).matches() && YEARLESS_AFTER.matcher(after).matches()
          ? Kind.DATELINE
          : null;
    }
    if (UPDATED_BEFORE.matcher(nearBefore).matches()) {
      return Kind.UPDATED;
    }
    if (LABEL_BEFORE.matcher(nearBefore).matches()) {
      return Kind.LABELLED;
    }
    boolean alone = !cut && NOTHING_AFTER.matcher(after).matches();
    boolean timed = TIME_AFTER.matcher(after).matches();
    boolean sourced = head && !cut && SOURCE_AFTER.matcher(after).matches();
    if (BARE_BEFORE.matcher(before).matches() && (alone || timed || sourced)) {
      if (FORUM.matcher(neighbourLine(text, lineStart, lineEnd, true)).matches()
          || FORUM.matcher(neighbourLine(text, lineStart, lineEnd, false)).matches()) {
        return null; // a member's join date beside "Reaction score" or "Joined"
      }
      if (LABEL_LINE.matcher(neighbourLine(text, lineStart, lineEnd, true)).matches()) {
        return Kind.LABELLED; // "Date" on the line above
      }
      return head ? Kind.STAMP : alone ? Kind.FOOT : null;
    }
    if (!head && alone && SIGNED_BEFORE.matcher(before).matches() && text.length() - lineEnd < SIGNED_TAIL) {
      return Kind.FOOT; // "Lima, 15 November 2024", "Done at Hanoi, on 12 May 2023": where and when a statement was signed, at its end
    }
    if (!head) {
      return null;
    }
    if (DATELINE_BEFORE.matcher(before).matches() && (timed || DATELINE_AFTER.matcher(after).matches())) {
      return Kind.DATELINE;
    }
    if (BYLINE_BEFORE.matcher(before).matches() && (alone || timed || BYLINE_AFTER.matcher(after).matches())) {
      return Kind.BYLINE;
    }
    return null;
  }

  /** The nearest non-blank line above ({@code up}) or below, or "". */
  private static String neighbourLine(String text, int lineStart, int lineEnd, boolean up) {
    if (up) {
      int end = lineStart - 1;
      while (end > 0) {
        int s = text.lastIndexOf('\n', end - 1) + 1;
        String l = text.substring(s, end);
        if (!l.isBlank()) {
          return l;
        }
        end = s - 1;
      }
      return "";
    }
    int s = lineEnd + 1;
    while (s < text.length()) {
      int e = text.indexOf('\n', s);
      e = e < 0 ? text.length() : e;
      String l = text.substring(s, e);
      if (!l.isBlank()) {
        return l;
      }
      s = e + 1;
    }
    return "";
  }

  static int month(String name) {
    return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Years of the Buddhist Era (Thailand's official calendar) that are Common Era 1940 to 2100. */
  private static final int BE_FIRST = 2483;
  private static final int BE_LAST = 2643;
  private static final int BE_OFFSET = 543;

  /** The day, or {@code null}; a year the Common Era cannot mean in news is read in the Buddhist Era (2562 is 2019). */
  private static LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year >= BE_FIRST && year <= BE_LAST ? year - BE_OFFSET : year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
