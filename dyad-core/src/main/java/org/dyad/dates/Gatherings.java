package org.dyad.dates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.kb.Gathering;
import org.dyad.kb.KnowledgeBase;

/**
 * Finds the meetings of recurring series that a text names so that they can be placed in time ("the
 * 43rd ASEAN Summit", "COP28", "the G20 summit in Osaka", "the 2019 BRICS Summit"), from {@code
 * gatherings.tsv} and {@code gathering-series.tsv}. A name resolves only when its number, its host
 * city or its year picks exactly one meeting; "the ASEAN Summit" alone names none.
 */
final class Gatherings {
  /** A meeting named in a text, and where: {@code start} and {@code end} are offsets in the text searched. */
  record Found(Gathering gathering, int start, int end) {}

  private record Series(String key, Pattern pattern, List<Gathering> meetings) {}

  private static final String ORDINAL = "(?<ord>\\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:-[A-Za-z]+)?)";
  /** A number in Roman numerals in capitals, as some series write it: "the XV BRICS Summit". */
  private static final Pattern ROMAN = Pattern.compile("(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})");
  private static final String CITY = "(?<city>\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|el-\\p{L}+|de|da|do)){0,3})";
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
      + "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

  private final List<Series> series;

  private Gatherings(List<Series> series) {
    this.series = series;
  }

  /** The recognizer for the meetings the knowledge base dates. */
  static Gatherings of(KnowledgeBase kb) {
    List<Series> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : kb.gatheringNames().entrySet()) {
      List<Gathering> meetings = kb.gatherings().stream().filter(g -> g.series().equals(e.getKey())).toList();
      if (meetings.isEmpty()) {
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      // longest first, so "Conference of the Parties to the ..." wins over "Conference of the Parties"
      e.getValue().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(n -> alternatives.add(namePattern(n)));
      String name = "(?<name>" + String.join("|", alternatives) + ")";
      Pattern p = Pattern.compile("(?:\\b(?<year>(?:19|20)\\d{2})\\s+)?(?:\\b" + ORDINAL + "\\s+)?(?:the\\s+)?(?<!\\w)" + name
          + "(?:\\s?-?(?<num>\\d{1,3})\\b)?"
          + "(?:\\s*,?\\s+(?:(?:being\\s+|that\\s+was\\s+|which\\s+was\\s+)?(?:held|hosted)\\s+)?(?:in|at)\\s+" + CITY + ")?"
          + "(?:\\s*,?\\s+(?:in|on)\\s+(?:(?:\\d{1,2}\\s*(?:-|–|to)?\\s*)*" + MONTH + "\\s+)?(?<year2>(?:19|20)\\d{2})\\b"
          + "|\\s*,?\\s+in\\s+(?<month>" + MONTH + ")(?![\\p{L}]))?");
      out.add(new Series(e.getKey(), p, meetings));
    }
    return new Gatherings(List.copyOf(out));
  }

  /** A name of the knowledge file as a pattern: acronyms in capitals only, other names in any case. */
  private static String namePattern(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (b.length() > 0) {
        b.append("\\s+");
      }
      String q = Pattern.quote(w).replace("'", "\\E['’]?\\Q").replace("-", "\\E[-–\\s]\\Q");
      b.append(w.matches("[A-Z0-9-]{2,}") ? q : "(?i:" + q + ")");
    }
    String p = b.toString();
    return name.matches("[A-Z0-9-]{2,}") ? p + "(?![\\p{L}])" : p + "\\b";
  }

  /** The meetings {@code text} names, each resolved to one row of the knowledge base, in order. */
  List<Found> in(String text) {
    List<Found> out = new ArrayList<>();
    for (Series s : series) {
      Matcher m = s.pattern().matcher(text);
      while (m.find()) {
        Integer ordinal = ordinalOf(m);
        Gathering g = resolve(s, m, ordinal);
        if (g != null) {
          out.add(new Found(g, m.start("name") - (ordinal != null ? m.group("ord").length() + 1 : 0), m.end()));
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /** The number the word before the name gives ("43rd", "seventy-fourth", "XV"), or {@code null} when it is no ordinal. */
  private static Integer ordinalOf(Matcher m) {
    String ord = m.group("ord");
    if (ord == null) {
      return null;
    }
    if (Dater.ordinal(ord) > 0) {
      return Dater.ordinal(ord);
    }
    return ROMAN.matcher(ord).matches() ? roman(ord) : null;
  }

  private static Gathering resolve(Series s, Matcher m, Integer ordinal) {
    Integer number = ordinal;
    if (number == null && m.group("num") != null && m.group("name").matches("[A-Z]{2,}")) {
      number = Integer.valueOf(m.group("num")); // "COP28", "UNGA 78"
    }
    String year = m.group("year") != null ? m.group("year") : m.group("year2");
    String city = m.group("city") == null ? null : plain(m.group("city"));
    // "in October" after a city: the month tells apart the meetings one city hosted
    java.time.Month month = m.group("month") == null ? null : java.time.Month.of(StatedDates.month(m.group("month")));
    if (number == null && city == null && year == null) {
      return null;
    }
    List<Gathering> fits = new ArrayList<>();
    for (Gathering g : s.meetings()) {
      if (number != null && !number.equals(g.number())) {
        continue;
      }
      if (city != null && !(plain(g.city()).startsWith(city) || city.startsWith(plain(g.city())))) {
        continue;
      }
      if (year != null && g.first().getYear() != Integer.parseInt(year) && g.last().getYear() != Integer.parseInt(year)) {
        continue;
      }
      if (month != null && g.first().getMonth() != month && g.last().getMonth() != month) {
        continue;
      }
      fits.add(g);
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    // meetings held together ("the 40th and 41st ASEAN Summits") share their days
    if (fits.size() > 1 && fits.stream().allMatch(g -> g.first().equals(fits.get(0).first()) && g.last().equals(fits.get(0).last()))) {
      return fits.get(0);
    }
    return null;
  }

  /** The value of a Roman numeral up to L (50): "XV" is 15. */
  static int roman(String r) {
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = romanDigit(r.charAt(i));
      total += i + 1 < r.length() && v < romanDigit(r.charAt(i + 1)) ? -v : v;
    }
    return total;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      default -> 0;
    };
  }

  /** A name without accents, case or anything but letters: "Nuku'alofa" and "Nukualofa" are one city. */
  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\p{Alpha}]", "").toLowerCase(Locale.ROOT);
  }
}
