package org.dyad.store;

import static org.dyad.store.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorsTest {
  @Test
  void daysWithoutAYearInEveryCommonShape() {
    Anchors a = Anchors.of("the April 16 referendum, the attack on the 4th of April, talks on 2 May and Apr. 9th; since March 2", null);
    assertEquals(List.of(MonthDay.of(4, 16), MonthDay.of(4, 9), MonthDay.of(3, 2), MonthDay.of(4, 4), MonthDay.of(5, 2)), a.days());
    assertEquals(Set.of(), a.years());
    assertEquals(List.of(), Anchors.of("the two sides may 3 times a year meet", null).days(), "a verb, not a month");
  }

  @Test
  void fullDatesGiveYearsNotAnchors() {
    Anchors a = Anchors.of("signed on April 16, 2017, ratified 3 May 2018, in June 2015 and on 2019-01-02; 20 percent of 2017", null);
    assertEquals(List.of(), a.days());
    assertEquals(Set.of(2015, 2017, 2018, 2019), a.years());
    assertEquals(Set.of(2016), Anchors.of("", day("2016-03-01")).years());
  }

  @Test
  void everyAnchorWithinSixtyDaysUpToTheEvent() {
    Anchors a = Anchors.of("the April 16 referendum and the attack of April 4", null);
    assertTrue(a.fit(day("2017-04-17")));
    assertTrue(a.fit(day("2017-04-16")), "the last day counts");
    assertFalse(a.fit(day("2017-04-15")), "an anchor after the event");
    assertTrue(a.fit(day("2017-06-02")));
    assertFalse(a.fit(day("2017-06-03")), "April 4 is 60 days before");
    assertFalse(Anchors.NONE.fit(day("2017-04-17")));
    assertFalse(Anchors.of("the April 16 vote, as of May 2015", null).fit(day("2017-04-17")), "a year that contradicts");
    assertTrue(Anchors.of("the April 16 vote, as of May 2016", null).fit(day("2017-04-17")), "the year before");
    assertTrue(Anchors.of("the summit of December 20", null).fit(day("2018-01-10")), "December before January");
    assertFalse(Anchors.of("the summit of November 20", null).fit(day("2018-01-10")));
  }

  @Test
  void storedAndReadBack() {
    Anchors a = Anchors.of("April 16 and the 4th of April, in April 2017", null);
    assertEquals("04-16 04-04;2017", a.stored());
    assertEquals(a, Anchors.read(a.stored()));
    assertEquals(Anchors.NONE, Anchors.read(null));
  }
}
