package org.dyad.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crawler's metadata prefix at the very start of a document ({@code " date 2020-10-22 "},
 * {@code "Published: 22 October 2020"}), with the lines that name its source beside it ({@code
 * "source report.pdf"}): found only there, never inside running text.
 */
final class MetadataPrefix {
  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  /** A crawler's lines naming where the text came from, beside its date: "source report_2015.pdf", "url: https://...". */
  private static final String SOURCE_LINES = "(?:[ \\t]*(?:source|url|link|file(?:name)?)[ \\t]*[:\\-]?[ \\t]*[^\\s]+[ \\t]*(?:\\n|\\z))*";
  private static final Pattern PREFIX =
      Pattern.compile(
          "\\A" + SOURCE_LINES + "[ \\t\\n]*(?:date[d]?|published(?:[ \\t]+on)?|posted(?:[ \\t]+on)?)[ \\t]*[:\\-]?[ \\t]*"
              + "(?:(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})"
              + "|(?<na>\\d{1,2})[/.](?<nb>\\d{1,2})[/.](?<ny>\\d{4})"
              + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+"
              + MONTH
              + "\\.?,?[ \\t]+(?<dy>\\d{4})"
              + "|(?<mname>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?[ \\t]+(?<md>\\d{1,2})"
              + "(?:st|nd|rd|th)?,?[ \\t]+(?<my>\\d{4}))"
              + "(?=[ \\t\\n]|\\z)[ \\t]*\\n?" + SOURCE_LINES,
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  // the prefix is short; never run the pattern over a whole large document
  private static final int WINDOW = 600;

  /** The text without its prefix, and the prefix's ISO date ({@code null} when there was none). */
  record Result(String rest, String isoDate) {}

  private MetadataPrefix() {}

  static Result strip(String text) {
    Matcher m = PREFIX.matcher(text.substring(0, Math.min(text.length(), WINDOW)));
    if (!m.lookingAt()) {
      return new Result(text, null);
    }
    LocalDate date = toDate(m);
    if (date == null) {
      return new Result(text, null);
    }
    return new Result(text.substring(m.end()), date.toString());
  }

  private static LocalDate toDate(Matcher m) {
    try {
      if (m.group("iy") != null) {
        return LocalDate.of(num(m.group("iy")), num(m.group("im")), num(m.group("id")));
      }
      if (m.group("ny") != null) {
        int first = num(m.group("na"));
        int second = num(m.group("nb"));
        // 31/12/2020 is day-first, 12/31/2020 month-first; 05/06/2020 could be either
        if (first > 12 && second <= 12) {
          return LocalDate.of(num(m.group("ny")), second, first);
        }
        if (second > 12 && first <= 12) {
          return LocalDate.of(num(m.group("ny")), first, second);
        }
        return first == second ? LocalDate.of(num(m.group("ny")), first, first) : null;
      }
      if (m.group("dd") != null) {
        return LocalDate.of(num(m.group("dy")), month(m.group("month")), num(m.group("dd")));
      }
      return LocalDate.of(num(m.group("my")), month(m.group("mname")), num(m.group("md")));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
