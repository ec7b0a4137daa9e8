package org.dyad.kb;

import java.time.LocalDate;

/**
 * One meeting of a recurring international series: "the 43rd ASEAN Summit, Jakarta, 5-7 September
 * 2023".
 *
 * @param series the series' key ({@code ASEAN_SUMMIT}, {@code UNGA_SESSION}, {@code COP}, ...)
 * @param number its ordinal in the series, or {@code null} where the series is not numbered
 * @param first its first day
 * @param last its last day (for a session of the UN General Assembly, the last day of its general debate)
 * @param city the host city in English ("virtual" for a meeting held online)
 * @param country ISO alpha-3 of the host, or {@code null} for a meeting held online
 */
public record Gathering(String series, Integer number, LocalDate first, LocalDate last, String city, String country) {
  public Gathering {
    if (series == null || !series.matches("[A-Z0-9_]{2,40}")) {
      throw new IllegalArgumentException("not a series key: \"" + series + "\"");
    }
    if (number != null && number < 1) {
      throw new IllegalArgumentException("not an ordinal: " + number);
    }
    if (first == null || last == null || last.isBefore(first)) {
      throw new IllegalArgumentException("ends before it starts: " + first + ".." + last);
    }
    if (city == null || city.isBlank()) {
      throw new IllegalArgumentException("missing city");
    }
  }
}
