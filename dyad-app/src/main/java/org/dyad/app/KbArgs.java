package org.dyad.app;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.kb.Country;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.dyad.kb.Officeholder;

/** How {@code dyad kb} reads its arguments: offices, countries and dates as people write them. */
final class KbArgs {
  /** The accepted office words, for error messages and help. */
  static final String OFFICES =
      "President, Prime Minister (or Premier), Foreign Minister (or Minister for Foreign Affairs, Foreign Secretary,"
          + " Secretary of State), head-of-state, head-of-government, foreign-minister, or an enum name such as"
          + " HEAD_OF_GOVERNMENT";

  /** The accepted date forms, for error messages and help. */
  static final String DATES = "YYYY-MM-DD, YYYY-MM or YYYY";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final OfficeQuery PRESIDENT =
      new OfficeQuery("President", List.of(Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT), List.of("president"));
  private static final OfficeQuery PRIME_MINISTER =
      new OfficeQuery("Prime Minister", List.of(Office.HEAD_OF_GOVERNMENT), List.of("prime minister", "premier"));
  private static final OfficeQuery HEAD_OF_STATE = new OfficeQuery("head of state", List.of(Office.HEAD_OF_STATE), List.of());
  private static final OfficeQuery HEAD_OF_GOVERNMENT =
      new OfficeQuery("head of government", List.of(Office.HEAD_OF_GOVERNMENT), List.of());
  private static final OfficeQuery FOREIGN_MINISTER =
      new OfficeQuery("foreign minister", List.of(Office.FOREIGN_MINISTER), List.of());

  // keys are lower case with hyphens, underscores and runs of spaces made one space
  private static final Map<String, OfficeQuery> OFFICE_WORDS =
      Map.ofEntries(
          Map.entry("president", PRESIDENT),
          Map.entry("prime minister", PRIME_MINISTER),
          Map.entry("premier", PRIME_MINISTER),
          Map.entry("pm", PRIME_MINISTER),
          Map.entry("head of state", HEAD_OF_STATE),
          Map.entry("head of government", HEAD_OF_GOVERNMENT),
          Map.entry("foreign minister", FOREIGN_MINISTER),
          Map.entry("minister for foreign affairs", FOREIGN_MINISTER),
          Map.entry("minister of foreign affairs", FOREIGN_MINISTER),
          Map.entry("foreign secretary", FOREIGN_MINISTER),
          Map.entry("secretary of state", FOREIGN_MINISTER));

  private KbArgs() {}

  /**
   * An office as asked for: the offices to search and, for the friendly words that name a title
   * rather than an office ("President", "Prime Minister"), the title words a holder's title must
   * contain (any of them); no words means every holder of the offices.
   */
  record OfficeQuery(String label, List<Office> offices, List<String> titleWords) {
    OfficeQuery {
      offices = List.copyOf(offices);
      titleWords = List.copyOf(titleWords);
      if (offices.isEmpty()) {
        throw new IllegalArgumentException("an office query needs an office");
      }
    }

    boolean matchesTitle(Officeholder h) {
      String title = h.title().toLowerCase(Locale.ROOT);
      return titleWords.isEmpty() || titleWords.stream().anyMatch(title::contains);
    }
  }

  /** A closed range of days, from a day, a month or a year as written. */
  record Period(String text, LocalDate first, LocalDate last) {
    Period {
      if (first.isAfter(last)) {
        throw new IllegalArgumentException("period ends before it starts: " + text);
      }
    }

    boolean isDay() {
      return first.equals(last);
    }

    boolean overlaps(Officeholder h) {
      return !h.start().isAfter(last) && (h.end() == null || !h.end().isBefore(first));
    }
  }

  /** A place of office: a country, or the European Union ({@code alpha3} null). */
  record Place(String alpha3, String label) {}

  static Optional<OfficeQuery> office(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
    return Optional.ofNullable(OFFICE_WORDS.get(key));
  }

  static Optional<Period> period(String text) {
    String s = text.strip();
    try {
      if (DAY.matcher(s).matches()) {
        LocalDate d = LocalDate.parse(s);
        return Optional.of(new Period(s, d, d));
      }
      if (MONTH.matcher(s).matches()) {
        YearMonth m = YearMonth.parse(s);
        return Optional.of(new Period(s, m.atDay(1), m.atEndOfMonth()));
      }
      if (YEAR.matcher(s).matches()) {
        Year y = Year.parse(s);
        return Optional.of(new Period(s, y.atDay(1), y.atMonth(12).atEndOfMonth()));
      }
    } catch (DateTimeParseException e) {
      // the right shape but no such day or month ("2022-02-30", "2022-13")
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A country by alpha-3 code, alpha-2 code, or any name or demonym the knowledge base knows. */
  static Optional<Country> country(KnowledgeBase kb, String text) {
    String s = text.strip();
    Optional<Country> c = kb.country(s);
    if (c.isEmpty() && s.length() == 2) {
      String code = s.toUpperCase(Locale.ROOT);
      c = kb.countries().stream().filter(x -> x.alpha2().equals(code)).findFirst();
    }
    return c.isPresent() ? c : kb.countryByName(s);
  }

  /** A place of office: "EU" or "European Union", else a country as {@link #country} reads it. */
  static Optional<Place> place(KnowledgeBase kb, String text) {
    if (isEu(text)) {
      return Optional.of(new Place(null, "the European Union"));
    }
    return country(kb, text).map(c -> new Place(c.alpha3(), c.name() + " (" + c.alpha3() + ")"));
  }

  /** An anniversary party key: {@code ASEAN}, {@code EU} or a country's alpha-3 code. */
  static Optional<String> party(KnowledgeBase kb, String text) {
    if (text.strip().equalsIgnoreCase(KnowledgeBase.ASEAN)) {
      return Optional.of(KnowledgeBase.ASEAN);
    }
    if (isEu(text)) {
      return Optional.of(KnowledgeBase.EU);
    }
    return country(kb, text).map(Country::alpha3);
  }

  private static boolean isEu(String text) {
    String s = text.strip().replace(".", "");
    return s.equalsIgnoreCase("EU") || s.equalsIgnoreCase("European Union") || s.equalsIgnoreCase("the European Union");
  }

  /** "1st", "2nd", "3rd", "4th", "11th", "21st", "70th". */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix;
    if (mod100 >= 11 && mod100 <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return n + suffix;
  }
}
