package org.dyad.store;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateValue;

/**
 * What an undated document says about when its event happened: the days it names by day and
 * month without a year ("the April 16 referendum", "the 4th of April", "Apr. 4"), and the years of
 * the full dates it gives ("17 April 2017", "2017-04-17", "April 2017").
 *
 * <p>An undated report joins a dated event only when every such day lies within {@link #WINDOW}
 * days up to the event's last day and no year contradicts it (see {@link #fit}): a statement
 * that recalls last week's referendum and the attack a fortnight before is of that season, and
 * of no other.
 *
 * @param days the days named without a year, in the order first named
 * @param years the years of the full dates the document gives
 */
record Anchors(List<MonthDay> days, Set<Integer> years) {
  /** Days, counting the event's last day, within which every anchor must lie. */
  static final int WINDOW = 60;

  /** Longest period, in days, a dated event may cover for an undated report to join it. */
  static final int LONGEST_EVENT = 7;

  /** Nothing said about when. */
  static final Anchors NONE = new Anchors(List.of(), Set.of());

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,?\\s+((?:19|20)\\d{2})\\b)?";
  /** "April 16", "Apr. 4th", "April 16, 2017". */
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*(?:%|per|million|billion))" + YEAR);
  /** "16 April", "the 4th of April", "16 April 2017". */
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z])" + YEAR);
  /** "April 2017", "2017-04-17": a year whatever the day. */
  private static final Pattern DATED = Pattern.compile("(?i)\\b" + MONTH + "\\s+((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})-\\d{2}-\\d{2}\\b");

  Anchors {
    days = List.copyOf(days);
    years = Set.copyOf(years);
  }

  /**
   * The anchors of a document's text; {@code date}, the document's own date when it has one,
   * counts as a full date.
   */
  static Anchors of(String text, DateValue date) {
    Set<MonthDay> days = new LinkedHashSet<>();
    Set<Integer> years = new TreeSet<>();
    if (date != null) {
      years.add(date.firstDay().getYear());
      years.add(date.lastDay().getYear());
    }
    String t = text == null ? "" : text;
    for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        boolean monthFirst = p == MONTH_DAY;
        String month = m.group(monthFirst ? 1 : 2);
        MonthDay d = monthDay(month, m.group(monthFirst ? 2 : 1));
        if (d == null || !Character.isUpperCase(month.charAt(0))) {
          // "they may 2..." is no day; months are written with a capital
          continue;
        }
        if (m.group(3) != null) {
          years.add(Integer.parseInt(m.group(3)));
        } else {
          days.add(d);
        }
      }
    }
    Matcher m = DATED.matcher(t);
    while (m.find()) {
      if (m.group(1) == null || Character.isUpperCase(m.group(1).charAt(0))) {
        years.add(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)));
      }
    }
    return new Anchors(new ArrayList<>(days), years);
  }

  private static MonthDay monthDay(String month, String day) {
    String mo = month.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month x : Month.values()) {
      if (x.name().toLowerCase(Locale.ROOT).startsWith(mo)) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= x.maxLength() ? MonthDay.of(x, d) : null;
      }
    }
    return null;
  }

  /**
   * Whether a dated event is the one this document tells of, as far as dates can say: it has
   * anchors, the event covers at most {@link #LONGEST_EVENT} days, every anchor lies within
   * {@link #WINDOW} days up to the event's last day (in its year, or the year before for a
   * December day and a January event), and every full date's year is the event's or the one
   * before.
   */
  boolean fit(DateValue event) {
    if (days.isEmpty() || event == null || ChronoUnit.DAYS.between(event.firstDay(), event.lastDay()) >= LONGEST_EVENT) {
      return false;
    }
    LocalDate last = event.lastDay();
    for (int y : years) {
      if (y != last.getYear() && y != last.getYear() - 1) {
        return false;
      }
    }
    for (MonthDay d : days) {
      if (day(d, last) == null) {
        return false;
      }
    }
    return true;
  }

  /** The anchor's day for an event ending on {@code last}, or {@code null} when out of the window. */
  private static LocalDate day(MonthDay d, LocalDate last) {
    int year = d.getMonth() == Month.DECEMBER && last.getMonth() == Month.JANUARY ? last.getYear() - 1 : last.getYear();
    if (!d.isValidYear(year)) {
      return null; // February 29 of a year that has none
    }
    LocalDate at = d.atYear(year);
    return at.isAfter(last) || !at.isAfter(last.minusDays(WINDOW)) ? null : at;
  }

  /** The anchors as the store keeps them: "04-16 04-04" then the years after a semicolon. */
  String stored() {
    List<String> out = new ArrayList<>();
    days.forEach(d -> out.add(String.format(Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth())));
    List<String> ys = new ArrayList<>();
    new TreeSet<>(years).forEach(y -> ys.add(Integer.toString(y)));
    return String.join(" ", out) + ";" + String.join(" ", ys);
  }

  /** The anchors {@link #stored} wrote; {@link #NONE} for {@code null} (reports stored before version 3). */
  static Anchors read(String stored) {
    if (stored == null || stored.isBlank()) {
      return NONE;
    }
    String[] parts = stored.split(";", -1);
    List<MonthDay> days = new ArrayList<>();
    for (String d : parts[0].split(" ")) {
      if (!d.isEmpty()) {
        days.add(MonthDay.parse("--" + d));
      }
    }
    Set<Integer> years = new TreeSet<>();
    for (String y : parts.length > 1 ? parts[1].split(" ") : new String[0]) {
      if (!y.isEmpty()) {
        years.add(Integer.parseInt(y));
      }
    }
    return new Anchors(days, years);
  }

  /** The anchors for {@code dyad events --explain}: "04-16, 04-04". */
  String label() {
    return stored().split(";", -1)[0].replace(" ", ", ");
  }
}
