package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValueTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aPeriodThatIsExactlyOneCalendarUnitTakesThatUnit() {
    assertEquals(new DateValue("2019-04-02", Precision.DAY, Basis.INFERRED), DateValue.ofPeriod(d("2019-04-02"), d("2019-04-02"), Basis.INFERRED));
    assertEquals(new DateValue("2019-02", Precision.MONTH, null), DateValue.ofPeriod(d("2019-02-01"), d("2019-02-28"), null));
    assertEquals(new DateValue("2016", Precision.YEAR, Basis.INFERRED), DateValue.ofPeriod(d("2016-01-01"), d("2016-12-31"), Basis.INFERRED));
  }

  @Test
  void anyOtherPeriodIsARangeWithoutAValue() {
    DateValue r = DateValue.ofPeriod(d("2021-10-04"), d("2023-02-17"), Basis.INFERRED);
    assertTrue(r.isRange());
    assertEquals(Precision.RANGE, r.precision());
    assertNull(r.value());
    assertEquals(d("2021-10-04"), r.firstDay());
    assertEquals(d("2023-02-17"), r.lastDay());
    assertEquals("2021-10-04..2023-02-17", r.label());
    assertEquals(Basis.STATED, r.withBasis(Basis.STATED).basis());
    assertEquals(d("2023-02-17"), r.withBasis(null).lastDay());
  }

  @Test
  void twoWholeMonthsOrTwoWholeYearsAreStillARange() {
    assertTrue(DateValue.ofPeriod(d("2019-03-01"), d("2019-04-30"), null).isRange());
    assertTrue(DateValue.ofPeriod(d("2017-01-01"), d("2018-12-31"), null).isRange());
  }

  @Test
  void calendarDatesKeepTheThreeArgumentForm() {
    DateValue v = new DateValue("2018-06", Precision.MONTH, Basis.STATED);
    assertFalse(v.isRange());
    assertEquals(d("2018-06-30"), v.lastDay());
    assertEquals("2018-06", v.label());
  }

  @Test
  void malformedRangesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DateValue(null, Precision.RANGE, null, d("2020-05-02"), d("2020-05-01")));
    assertThrows(IllegalArgumentException.class, () -> new DateValue("2020", Precision.RANGE, null, d("2020-05-01"), d("2020-05-02")));
    assertThrows(IllegalArgumentException.class, () -> new DateValue(null, Precision.DAY, null));
    assertThrows(IllegalArgumentException.class, () -> new DateValue("2020", Precision.YEAR, null, d("2020-05-01"), d("2020-05-02")));
    assertThrows(IllegalArgumentException.class, () -> DateValue.ofPeriod(d("2020-05-02"), d("2020-05-01"), null));
  }
}
