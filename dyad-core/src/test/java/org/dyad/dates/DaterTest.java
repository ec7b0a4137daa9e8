package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Precision;
import org.dyad.model.Status;
import org.dyad.nlp.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DaterTest {
  private static Dater dater;

  @BeforeAll
  static void load() {
    dater = Dater.create(KnowledgeBase.standard());
  }

  private static Mention date(String text, String normalized) {
    return new Mention(text, 0, text.length(), "DATE", normalized, 0, 1);
  }

  private static DocumentDate on(String isoDay) {
    LocalDate d = LocalDate.parse(isoDay);
    return new DocumentDate(DateValue.ofDay(d, Basis.STATED), d, d, List.of(), List.of());
  }

  private static DocumentDate inYear(int year) {
    return new DocumentDate(
        DateValue.ofYear(year, Basis.INFERRED), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(), List.of());
  }

  private static void assertInside(LocalDate first, LocalDate last, DateValue v) {
    assertFalse(v.firstDay().isBefore(first), v + " starts before " + first);
    assertFalse(v.lastDay().isAfter(last), v + " ends after " + last);
    assertEquals(Basis.INFERRED, v.basis());
  }

  // --- inside ---

  @Test
  void insidePrefersAWholeYear() {
    DateValue v = Dater.inside(LocalDate.of(2022, 11, 3), LocalDate.of(2024, 2, 10));
    assertEquals(new DateValue("2023", Precision.YEAR, Basis.INFERRED), v);
  }

  @Test
  void insideFallsBackToAMonth() {
    DateValue v = Dater.inside(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 5, 20));
    assertEquals(Precision.MONTH, v.precision());
    assertInside(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 5, 20), v);
  }

  @Test
  void insideFallsBackToADay() {
    DateValue v = Dater.inside(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 25));
    assertEquals(Precision.DAY, v.precision());
    assertInside(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 25), v);
    assertEquals(new DateValue("2021-06-30", Precision.DAY, Basis.INFERRED), Dater.inside(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30)));
  }

  @Test
  void insideAlwaysLiesInsideAndTakesAYearWhenOneFits() {
    LocalDate base = LocalDate.of(2019, 12, 20);
    for (int start = 0; start < 400; start += 7) {
      for (int length = 0; length < 900; length += 11) {
        LocalDate first = base.plusDays(start);
        LocalDate last = first.plusDays(length);
        DateValue v = Dater.inside(first, last);
        assertInside(first, last, v);
        if (wholeYearFits(first, last)) {
          assertEquals(Precision.YEAR, v.precision(), first + ".." + last + " gave " + v.value());
        }
      }
    }
  }

  @Test
  void insideTakesAMonthWhenOneFits() {
    LocalDate base = LocalDate.of(2022, 12, 1);
    for (int start = 0; start < 120; start++) {
      for (int length = 0; length < 120; length++) {
        LocalDate first = base.plusDays(start);
        LocalDate last = first.plusDays(length);
        DateValue v = Dater.inside(first, last);
        if (wholeMonthFits(first, last)) {
          assertTrue(v.precision() != Precision.DAY, first + ".." + last + " gave " + v.value());
        }
      }
    }
  }

  private static boolean wholeYearFits(LocalDate first, LocalDate last) {
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      if (!LocalDate.of(y, 1, 1).isBefore(first) && !LocalDate.of(y, 12, 31).isAfter(last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeMonthFits(LocalDate first, LocalDate last) {
    for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
      if (!m.atDay(1).isBefore(first) && !m.atEndOfMonth().isAfter(last)) {
        return true;
      }
    }
    return false;
  }

  // --- resolve ---

  @Test
  void absoluteDatesKeepTheirPrecisionAndNeedNoDocumentDate() {
    assertEquals(new DateValue("2020-10-21", Precision.DAY, null), dater.resolve(date("21 October 2020", "2020-10-21"), on("2024-05-07"), Status.OCCURRED));
    assertEquals(new DateValue("2020-10-21", Precision.DAY, null), dater.resolve(date("21 October 2020", "2020-10-21"), DocumentDate.unknown(), Status.OCCURRED));
    assertEquals(new DateValue("2020-10", Precision.MONTH, null), dater.resolve(date("October 2020", "2020-10"), DocumentDate.unknown(), Status.OCCURRED));
    assertEquals(new DateValue("2020", Precision.YEAR, null), dater.resolve(date("2020", "2020"), DocumentDate.unknown(), Status.PLANNED));
  }

  @Test
  void partialDateTakesTheYearOfTheDocument() {
    assertEquals(DateValue.ofDay(LocalDate.of(2020, 10, 21), null), dater.resolve(date("October 21", "XXXX-10-21"), on("2020-10-22"), Status.OCCURRED));
    assertEquals(DateValue.ofMonth(YearMonth.of(2020, 10), null), dater.resolve(date("October", "XXXX-10"), on("2020-10-22"), Status.OCCURRED));
  }

  @Test
  void partialDateOfAPastEventAfterTheNewYearBelongsToTheYearBefore() {
    assertEquals(DateValue.ofDay(LocalDate.of(2020, 12, 28), null), dater.resolve(date("December 28", "XXXX-12-28"), on("2021-01-05"), Status.OCCURRED));
  }

  @Test
  void partialDateOfAPlannedEventBeforeTheNewYearBelongsToTheYearAfter() {
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 1, 15), null), dater.resolve(date("January 15", "XXXX-01-15"), on("2020-12-20"), Status.PLANNED));
  }

  @Test
  void yesterdayIsTheDayBefore() {
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 6), null), dater.resolve(date("yesterday", "OFFSET P-1D"), on("2024-05-07"), Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 2, 29), null), dater.resolve(date("yesterday", "OFFSET P-1D"), on("2024-03-01"), Status.OCCURRED));
  }

  @Test
  void nextYearIsTheYearAfter() {
    assertEquals(DateValue.ofYear(2025, null), dater.resolve(date("next year", "THIS P1Y OFFSET P1Y"), on("2024-05-07"), Status.PLANNED));
    assertEquals(DateValue.ofYear(2025, null), dater.resolve(date("next year", "THIS P1Y OFFSET P1Y"), inYear(2024), Status.PLANNED));
  }

  @Test
  void nextMonthNeedsAtLeastAMonth() {
    assertEquals(DateValue.ofMonth(YearMonth.of(2025, 1), null), dater.resolve(date("next month", "THIS P1M OFFSET P1M"), on("2024-12-10"), Status.PLANNED));
    assertNull(dater.resolve(date("next month", "THIS P1M OFFSET P1M"), inYear(2024), Status.PLANNED));
  }

  @Test
  void weekdayOfAnEventThatOccurredIsOnOrBeforeTheDocumentDate() {
    // 2024-05-09 is a Thursday; the Tuesday before is 2024-05-07
    DateValue v = dater.resolve(date("Tuesday", "XXXX-WXX-2"), on("2024-05-09"), Status.OCCURRED);
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 7), null), v);
    assertEquals(DayOfWeek.TUESDAY, v.firstDay().getDayOfWeek());
    // a document written on a Tuesday about "Tuesday" means that day
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 7), null), dater.resolve(date("Tuesday", "XXXX-WXX-2"), on("2024-05-07"), Status.OCCURRED));
  }

  @Test
  void weekdayOfAPlannedEventIsOnOrAfterTheDocumentDate() {
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 14), null), dater.resolve(date("Tuesday", "XXXX-WXX-2"), on("2024-05-09"), Status.PLANNED));
  }

  @Test
  void relativeDatesWithoutADocumentDateAreUnresolved() {
    DocumentDate none = DocumentDate.unknown();
    assertNull(dater.resolve(date("yesterday", "OFFSET P-1D"), none, Status.OCCURRED));
    assertNull(dater.resolve(date("October 21", "XXXX-10-21"), none, Status.OCCURRED));
    assertNull(dater.resolve(date("Tuesday", "XXXX-WXX-2"), none, Status.OCCURRED));
    assertNull(dater.resolve(date("next year", "THIS P1Y OFFSET P1Y"), none, Status.PLANNED));
  }

  @Test
  void dayRelativeDatesNeedADayPreciseDocumentDate() {
    assertNull(dater.resolve(date("yesterday", "OFFSET P-1D"), inYear(2024), Status.OCCURRED));
    assertNull(dater.resolve(date("Tuesday", "XXXX-WXX-2"), inYear(2024), Status.OCCURRED));
  }

  @Test
  void noNormalizedValueNoDate() {
    assertNull(dater.resolve(date("recently", null), on("2024-05-07"), Status.OCCURRED));
  }
}
