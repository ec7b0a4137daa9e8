package org.dyad.store;

import static org.dyad.store.Fixtures.agree;
import static org.dyad.store.Fixtures.aid;
import static org.dyad.store.Fixtures.consult;
import static org.dyad.store.Fixtures.day;
import static org.dyad.store.Fixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.Precision;
import org.junit.jupiter.api.Test;

class ClustererTest {
  @Test
  void bothSidesOfOneCallAreOneEvent() {
    Event ours = consult("phone", day("2025-03-04"), List.of("Lena Park", "Omar Haddad"), "KOR", "JOR");
    Event theirs = consult("phone", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR");
    assertTrue(Clusterer.same(ours, theirs));
  }

  @Test
  void aCallIsNotAMeetingOnTheSameDay() {
    Event call = consult("phone", day("2025-03-04"), List.of("Omar Haddad"), "KOR", "JOR");
    Event meeting = consult("meeting", day("2025-03-04"), List.of("Omar Haddad"), "KOR", "JOR");
    assertFalse(Clusterer.same(call, meeting));
  }

  @Test
  void monthOverlapsDayButDifferentDaysDoNot() {
    Event a = consult("meeting", month("2025-03"), List.of("Omar Haddad"), "KOR", "JOR");
    Event b = consult("meeting", day("2025-03-20"), List.of("O. Haddad", "Haddad"), "JOR", "KOR");
    Event c = consult("meeting", day("2025-04-01"), List.of("Haddad"), "JOR", "KOR");
    assertTrue(Clusterer.same(a, b));
    assertFalse(Clusterer.same(a, c));
  }

  @Test
  void differentPeopleOrCountriesAreDifferentMeetings() {
    Event a = consult("meeting", day("2025-03-04"), List.of("Omar Haddad"), "KOR", "JOR");
    assertFalse(Clusterer.same(a, consult("meeting", day("2025-03-04"), List.of("Mina Cho"), "KOR", "JOR")));
    assertFalse(Clusterer.same(a, consult("meeting", day("2025-03-04"), List.of("Omar Haddad"), "KOR", "EGY")));
  }

  @Test
  void withoutNamesTheSameCountriesOnTheSameDay() {
    Event a = consult("meeting", day("2025-03-04"), List.of(), "KOR", "JOR");
    assertTrue(Clusterer.same(a, consult("visit", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR")));
    assertFalse(Clusterer.same(a, consult("meeting", month("2025-03"), List.of(), "JOR", "KOR")));
  }

  @Test
  void withoutNamesTheSameCountriesInTheSameRange() {
    DateValue r = DateValue.ofPeriod(java.time.LocalDate.of(2025, 3, 4), java.time.LocalDate.of(2025, 3, 5), null);
    Event a = consult("meeting", r, List.of(), "KOR", "JOR");
    assertTrue(Clusterer.same(a, consult("meeting", r, List.of(), "JOR", "KOR")));
    assertFalse(Clusterer.same(a, consult("meeting", day("2025-03-04"), List.of(), "JOR", "KOR")));
  }

  @Test
  void twoInstrumentsSignedTogetherStayTwo() {
    Event water = agree("Memorandum of Understanding on Water Resources Management", day("2025-05-02"), "PER", "ECU");
    Event water2 = agree("MoU on water resources management", day("2025-05-02"), "ECU", "PER");
    Event tourism = agree("Memorandum of Understanding on Tourism Promotion", day("2025-05-02"), "PER", "ECU");
    assertTrue(Clusterer.same(water, water2));
    assertFalse(Clusterer.same(water, tourism));
    assertFalse(Clusterer.same(water2, tourism));
  }

  @Test
  void aidBySameAmountWithinOnePercent() {
    Event a = aid("12000000", "EUR", "school meals", day("2025-06-10"), "NLD", "MWI");
    Event b = aid("12050000", "EUR", null, day("2025-06-10"), "NLD", "MWI");
    Event c = aid("15000000", "EUR", "school meals", day("2025-06-10"), "NLD", "MWI");
    Event d = aid(null, null, "meals for schools", day("2025-06-10"), "NLD", "MWI");
    assertTrue(Clusterer.same(a, b));
    assertFalse(Clusterer.same(a, c));
    assertTrue(Clusterer.same(a, d));
  }

  @Test
  void undatedReportsAreNeverMerged() {
    Event a = consult("meeting", null, List.of("Omar Haddad"), "KOR", "JOR");
    assertFalse(Clusterer.same(a, a));
  }

  @Test
  void mergeKeepsTheFirstOrientationAndThePreciseDate() {
    Event a = consult("meeting", month("2025-03"), List.of("Omar Haddad"), "JOR", "KOR");
    Event b = consult("meeting", day("2025-03-20"), List.of("Omar Haddád", "Lena Park"), "KOR", "JOR");
    Event m = Clusterer.merge(List.of(a, b));
    assertEquals(Precision.DAY, m.date().precision());
    assertEquals("2025-03-20", m.date().value());
    assertEquals(List.of("JOR"), m.source());
    assertEquals(List.of("KOR"), m.target());
    assertEquals(List.of("Omar Haddad", "Lena Park"), m.participants());
    assertEquals(a.evidence(), m.evidence());
  }

  @Test
  void titleOverlapIgnoresDocumentWords() {
    assertEquals(1.0, Clusterer.titleOverlap("Agreement on Visa Exemption", "visa exemptions agreement"));
    assertEquals(0.0, Clusterer.titleOverlap("Agreement on Visa Exemption", "Agreement on Fisheries"));
  }
}
