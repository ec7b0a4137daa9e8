package org.dyad.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at year, month or day precision, or a period that no single calendar unit
 * covers (precision {@link Precision#RANGE}, format version 1.1).
 *
 * @param value ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, matching {@code precision};
 *     {@code null} for a range
 * @param precision how much of the date is known
 * @param basis stated or inferred; {@code null} for event dates, where the format has no basis
 * @param rangeFirst first day of a range, {@code null} unless {@code precision} is {@code RANGE}
 * @param rangeLast last day of a range, {@code null} unless {@code precision} is {@code RANGE}
 */
public record DateValue(String value, Precision precision, Basis basis, LocalDate rangeFirst, LocalDate rangeLast) implements java.io.Serializable {
  public DateValue {
    if (precision == null) {
      throw new IllegalArgumentException("date precision is required");
    }
    if (precision == Precision.RANGE) {
      if (value != null || rangeFirst == null || rangeLast == null || rangeLast.isBefore(rangeFirst)) {
        throw new IllegalArgumentException("a range needs a first and a last day in order and no value");
      }
    } else {
      if (value == null) {
        throw new IllegalArgumentException("date value and precision are required");
      }
      if (rangeFirst != null || rangeLast != null) {
        throw new IllegalArgumentException("only a range has range bounds");
      }
      String pattern =
          switch (precision) {
            case YEAR -> "\\d{4}";
            case MONTH -> "\\d{4}-\\d{2}";
            case DAY -> "\\d{4}-\\d{2}-\\d{2}";
            case RANGE -> throw new AssertionError();
          };
      if (!value.matches(pattern)) {
        throw new IllegalArgumentException("date '" + value + "' does not have " + precision.wireName() + " precision");
      }
      first(value, precision); // validates month and day
    }
  }

  /** A calendar date: {@code value} of year, month or day {@code precision}. */
  public DateValue(String value, Precision precision, Basis basis) {
    this(value, precision, basis, null, null);
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

  /**
   * The period {@code first..last}: a day, a whole month or a whole year when it is exactly one,
   * else a range.
   */
  public static DateValue ofPeriod(LocalDate first, LocalDate last, Basis basis) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("empty period " + first + ".." + last);
    }
    if (first.equals(last)) {
      return ofDay(first, basis);
    }
    if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
      return ofMonth(YearMonth.from(first), basis);
    }
    if (first.getDayOfYear() == 1 && last.getYear() == first.getYear() && last.getDayOfYear() == last.lengthOfYear()) {
      return ofYear(first.getYear(), basis);
    }
    return new DateValue(null, Precision.RANGE, basis, first, last);
  }

  /** True when this is a range rather than a calendar unit. */
  public boolean isRange() {
    return precision == Precision.RANGE;
  }

  /** The first day of the period this date names. */
  public LocalDate firstDay() {
    return isRange() ? rangeFirst : first(value, precision);
  }

  /** The last day of the period this date names. */
  public LocalDate lastDay() {
    return switch (precision) {
      case DAY -> firstDay();
      case MONTH -> YearMonth.from(firstDay()).atEndOfMonth();
      case YEAR -> firstDay().withDayOfYear(firstDay().lengthOfYear());
      case RANGE -> rangeLast;
    };
  }

  /** The value for display: the ISO value, or {@code FIRST..LAST} for a range. */
  public String label() {
    return isRange() ? rangeFirst + ".." + rangeLast : value;
  }

  /** The same date with another basis. */
  public DateValue withBasis(Basis newBasis) {
    return new DateValue(value, precision, newBasis, rangeFirst, rangeLast);
  }

  private static LocalDate first(String value, Precision precision) {
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case MONTH -> YearMonth.parse(value).atDay(1);
      case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
      case RANGE -> throw new IllegalStateException("a range has no value");
    };
  }
}
