package org.dyad.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at year, month or day precision.
 *
 * @param value ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, matching {@code precision}
 * @param precision how much of the date is known
 * @param basis stated or inferred; {@code null} for event dates, where the format has no basis
 */
public record DateValue(String value, Precision precision, Basis basis) {
  public DateValue {
    if (value == null || precision == null) {
      throw new IllegalArgumentException("date value and precision are required");
    }
    String pattern =
        switch (precision) {
          case YEAR -> "\\d{4}";
          case MONTH -> "\\d{4}-\\d{2}";
          case DAY -> "\\d{4}-\\d{2}-\\d{2}";
        };
    if (!value.matches(pattern)) {
      throw new IllegalArgumentException("date '" + value + "' does not have " + precision.wireName() + " precision");
    }
    first(value, precision); // validates month and day
  }

  /** A day-precision date. */
  public static DateValue ofDay(LocalDate day, Basis basis) {
    return new DateValue(day.toString(), Precision.DAY, basis);
  }

  /** A month-precision date. */
  public static DateValue ofMonth(YearMonth month, Basis basis) {
    return new DateValue(month.toString(), Precision.MONTH, basis);
  }

  /** A year-precision date. */
  public static DateValue ofYear(int year, Basis basis) {
    return new DateValue(String.format(java.util.Locale.ROOT, "%04d", year), Precision.YEAR, basis);
  }

  /** The first day of the period this date names. */
  public LocalDate firstDay() {
    return first(value, precision);
  }

  /** The last day of the period this date names. */
  public LocalDate lastDay() {
    return switch (precision) {
      case DAY -> firstDay();
      case MONTH -> YearMonth.from(firstDay()).atEndOfMonth();
      case YEAR -> firstDay().withDayOfYear(firstDay().lengthOfYear());
    };
  }

  /** The same date with another basis. */
  public DateValue withBasis(Basis newBasis) {
    return new DateValue(value, precision, newBasis);
  }

  private static LocalDate first(String value, Precision precision) {
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case MONTH -> YearMonth.parse(value).atDay(1);
      case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
    };
  }
}
