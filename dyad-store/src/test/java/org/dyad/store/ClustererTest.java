package org.dyad.store;

import static org.dyad.store.Fixtures.agree;
import static org.dyad.store.Fixtures.aid;
import static org.dyad.store.Fixtures.consult;
import static org.dyad.store.Fixtures.day;
import static org.dyad.store.Fixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.Precision;
import org.junit.jupiter.api.Test;

class ClustererTest {
  @Test
  void anUndatedCallIsADatedOneOnlyWithTwoPeopleTheSame() {
    Event dated = consult("phone", day("2017-04-17"), List.of("Arlen Voss", "Kemal Daran"), "FJI", "TON");
    Clusterer.Match m = Clusterer.undatedMatch(Report.of(consult("phone", null, List.of("President Kemal Daran", "Voss"), "TON", "FJI")), Report.of(dated));
    assertTrue(m != null && m.why().startsWith("undated; same people: ") && m.why().contains("countries FJI-TON"), String.valueOf(m));
    assertNull(Clusterer.undatedMatch(Report.of(consult("phone", null, List.of("Kemal Daran"), "TON", "FJI")), Report.of(dated)), "one person");
    assertNull(Clusterer.undatedMatch(Report.of(consult("meeting", null, List.of("Kemal Daran", "Arlen Voss"), "TON", "FJI")), Report.of(dated)), "a meeting");
    assertNull(Clusterer.undatedMatch(Report.of(consult("phone", null, List.of("Kemal Daran", "Arlen Voss"), "TON", "SAM")), Report.of(dated)), "countries");
    assertNull(Clusterer.undatedMatch(Report.of(dated), Report.of(dated)), "both dated");
    assertFalse(Clusterer.same(consult("phone", null, List.of("Kemal Daran", "Arlen Voss"), "TON", "FJI"), dated), "the dated rules never join it");
  }

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
    assertTrue(Clusterer.same(a, consult("meeting", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR")));
    // the visit during which the meeting was held is another event
    assertFalse(Clusterer.same(a, consult("visit", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR")));
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

  // ---------------------------------------------------------------- issue 13: reports from different outlets

  private static Report withParties(Event e, String... nameKindCountry) {
    List<Report.Party> parties = new java.util.ArrayList<>();
    for (int i = 0; i < nameKindCountry.length; i += 3) {
      parties.add(new Report.Party(nameKindCountry[i], org.dyad.model.ActorKind.valueOf(nameKindCountry[i + 1]), nameKindCountry[i + 2]));
    }
    return new Report(e, parties);
  }

  @Test
  void namesAreComparedByIdentityNotBySpelling() {
    assertTrue(Clusterer.sameName("Yun Byung-se", "Byungse Yun"));
    assertTrue(Clusterer.sameName("Omar Haddad", "Omar Hadad"));
    assertTrue(Clusterer.sameName("Recep Tayyip Erdoğan", "Erdogan"));
    assertTrue(Clusterer.sameName("Lena Park", "L. Park"));
    assertTrue(Clusterer.sameName("Acme Oil Corporation", "Acme Oil Corporation Limited"));
    assertTrue(Clusterer.sameName("Abdel Karim Mansour", "Abdelkarim Mansour"));
    assertFalse(Clusterer.sameName("Omar Haddad", "Omar Hamdan"));
    assertFalse(Clusterer.sameName("Lena Park", "Lena Cho"));
    assertFalse(Clusterer.sameName("Park", "Parc"));
    Event ours = consult("phone", day("2025-03-04"), List.of("Yun Byung-se", "Omar Haddad"), "KOR", "JOR");
    Event theirs = consult("phone", day("2025-03-04"), List.of("Omar Hadad", "Yun Byungse"), "JOR", "KOR");
    assertTrue(Clusterer.same(ours, theirs));
  }

  @Test
  void aReportNamingOneSideStillInvolvesTheOther() {
    // each ministry's release names only its own country; the counterpart's country comes from the person
    Event seoul = new Event(org.dyad.model.EventType.CONSULT, "phone", org.dyad.model.Status.OCCURRED, day("2025-03-04"),
        List.of("Lena Park", "Omar Haddad"), List.of("KOR"), List.of(), null, null, null, List.of(new org.dyad.model.Span(0, 4)));
    Event amman = new Event(org.dyad.model.EventType.CONSULT, "phone", org.dyad.model.Status.OCCURRED, day("2025-03-04"),
        List.of("Omar Haddad", "Lena Park"), List.of("JOR"), List.of(), null, null, null, List.of(new org.dyad.model.Span(0, 4)));
    assertFalse(Clusterer.same(seoul, amman));
    Report a = withParties(seoul, "Lena Park", "PERSON", "KOR", "Omar Haddad", "PERSON", "JOR");
    Report b = withParties(amman, "Omar Haddad", "PERSON", "JOR", "Lena Park", "PERSON", "KOR");
    Clusterer.Match m = Clusterer.match(a, b);
    assertTrue(m != null && m.why().contains("same people") && m.why().contains("JOR-KOR"), String.valueOf(m));
  }

  @Test
  void theSamePeopleADayApartAreOneCallButNotTwoDaysApart() {
    Event a = consult("phone", day("2025-03-04"), List.of("Lena Park", "Omar Haddad"), "KOR", "JOR");
    // the other capital's release dates it by its own clock, or a repost says "yesterday"
    Event b = consult("phone", day("2025-03-05"), List.of("Omar Haddad", "Lena Park"), "JOR", "KOR");
    Event c = consult("phone", day("2025-03-06"), List.of("Omar Haddad", "Lena Park"), "JOR", "KOR");
    assertTrue(Clusterer.same(a, b));
    assertTrue(Clusterer.match(Report.of(a), Report.of(b)).why().contains("a day apart"));
    assertFalse(Clusterer.same(a, c));
    // one shared name a day apart is not enough: a minister may call twice in two days
    Event d = consult("phone", day("2025-03-05"), List.of("Omar Haddad"), "JOR", "KOR");
    assertFalse(Clusterer.same(a, d));
    // a counterpart spelt another way still counts as the same second person
    Event e = consult("phone", day("2025-03-04"), List.of("Khalid Qassem", "Omar Haddad"), "KOR", "JOR");
    Event f = consult("phone", day("2025-03-05"), List.of("Omar Haddad", "Khaled Kasim"), "JOR", "KOR");
    assertTrue(Clusterer.match(Report.of(e), Report.of(f)).why().contains("Khalid Qassem ~ Khaled Kasim"));
  }

  @Test
  void sameDayCallsOfOneMinisterWithTwoCounterpartsStayApart() {
    Event a = consult("phone", day("2025-03-04"), List.of("Lena Park", "Khalid Qassem"), "KOR", "JOR");
    Event b = consult("phone", day("2025-03-04"), List.of("Lena Park", "Rania Saleh"), "KOR", "JOR");
    Report ra = withParties(a, "Lena Park", "PERSON", "KOR", "Khalid Qassem", "PERSON", "JOR");
    Report rb = withParties(b, "Lena Park", "PERSON", "KOR", "Rania Saleh", "PERSON", "JOR");
    assertEquals(null, Clusterer.match(ra, rb));
    // a transliteration of the counterpart is the same counterpart
    Event c = consult("phone", day("2025-03-04"), List.of("Lena Park", "Khaled Kasim"), "KOR", "JOR");
    assertTrue(Clusterer.match(ra, withParties(c, "Lena Park", "PERSON", "KOR", "Khaled Kasim", "PERSON", "JOR")) != null);
  }

  @Test
  void aVisitAndItsMeetingStayApartButAVisitsRangeMeetsItsDay() {
    DateValue stay = DateValue.ofPeriod(java.time.LocalDate.of(2025, 3, 3), java.time.LocalDate.of(2025, 3, 5), null);
    Event visit = consult("visit", stay, List.of("Lena Park"), "KOR", "JOR");
    Event meeting = consult("meeting", day("2025-03-04"), List.of("Lena Park", "Omar Haddad"), "KOR", "JOR");
    Event visitDay = consult("visit", day("2025-03-04"), List.of("Lena Park"), "JOR", "KOR");
    assertFalse(Clusterer.same(visit, meeting));
    assertTrue(Clusterer.same(visit, visitDay));
  }

  @Test
  void instrumentsAreComparedByTheirSubject() {
    assertTrue(Clusterer.same(
        agree("JDI on green hydrogen", day("2025-05-02"), "DEU", "CHL"),
        agree("Joint Declaration of Intent on cooperation in green hydrogen", day("2025-05-02"), "CHL", "DEU")));
    // one outlet gives the subject in full, the other shortens it
    assertTrue(Clusterer.same(
        agree("agreement on a solar power project", day("2025-05-02"), "DEU", "CHL"),
        agree("accord for a solar power project that will light two northern provinces", day("2025-05-02"), "CHL", "DEU")));
    assertTrue(Clusterer.same(
        agree("E/N for the Port Equipment Grant", day("2025-05-02"), "DEU", "CHL"),
        agree("exchange of notes on port equipment grant", day("2025-05-03"), "CHL", "DEU")));
    assertFalse(Clusterer.same(
        agree("MoU on green hydrogen", day("2025-05-02"), "DEU", "CHL"),
        agree("MoU on copper mining", day("2025-05-02"), "CHL", "DEU")));
    // one outlet calls it an agreement, the other by its kind; but a declaration is not a memorandum
    assertTrue(Clusterer.same(
        agree("agreement on lithium processing", day("2025-05-02"), "DEU", "CHL"),
        new Event(org.dyad.model.EventType.AGREE, "joint_statement", org.dyad.model.Status.OCCURRED, day("2025-05-02"), List.of(),
            List.of("CHL"), List.of("DEU"), null, "joint declaration on lithium processing", null, List.of(new org.dyad.model.Span(0, 4)))));
    assertFalse(Clusterer.same(
        agree("MoU on lithium processing", day("2025-05-02"), "DEU", "CHL"),
        agree("joint declaration on lithium processing", day("2025-05-02"), "CHL", "DEU")));
    // an adjective and its noun, military and defence: one notion
    assertTrue(Clusterer.same(
        agree("accord on scientific and cultural exchanges", day("2025-05-02"), "DEU", "CHL"),
        agree("agreement on science and culture exchange", day("2025-05-02"), "CHL", "DEU")));
    assertTrue(Clusterer.same(
        agree("accord relating to defence cooperation", day("2025-05-02"), "DEU", "CHL"),
        agree("agreement on military cooperation", day("2025-05-02"), "CHL", "DEU")));
    // a title that names only the parties: they tell which memorandum it is
    assertTrue(Clusterer.same(
        agree("MoU between Andes Copper and Atacama Province", day("2025-05-02"), "DEU", "CHL"),
        agree("memorandum of understanding between Atacama Province and Andes Copper", day("2025-05-02"), "CHL", "DEU")));
    assertFalse(Clusterer.same(
        agree("MoU between Andes Copper and Atacama Province", day("2025-05-02"), "DEU", "CHL"),
        agree("MoU between Rhine Solar and Maule Province", day("2025-05-02"), "CHL", "DEU")));
    assertFalse(Clusterer.same(
        agree("MoU between Andes Copper Company and Atacama Province", day("2025-05-02"), "DEU", "CHL"),
        agree("MoU between Rhine Solar Company and Atacama Province", day("2025-05-02"), "CHL", "DEU")));
    // titles that only name the kind of instrument say nothing about which one it is
    assertFalse(Clusterer.same(
        agree("Memorandum of Understanding", day("2025-05-02"), "DEU", "CHL"),
        agree("MoU on cooperation", day("2025-05-02"), "CHL", "DEU")));
  }

  @Test
  void aTitleWithoutSubjectJoinsTheSameKindSignedByTheSameOrganization() {
    Event a = new Event(org.dyad.model.EventType.AGREE, "agreement", org.dyad.model.Status.OCCURRED, day("2025-05-02"),
        List.of("Acme Oil Corporation", "Andes Gas"), List.of("USA", "CHL"), List.of(), null, "Letter of Cooperation", null,
        List.of(new org.dyad.model.Span(0, 4)));
    Event b = new Event(org.dyad.model.EventType.AGREE, "mou", org.dyad.model.Status.OCCURRED, day("2025-05-02"),
        List.of("Acme Oil Corporation Limited", "Andes Gas SA"), List.of("CHL", "USA"), List.of(), null,
        "letter of cooperation between Acme Oil Corporation Limited and Andes Gas SA", null, List.of(new org.dyad.model.Span(0, 4)));
    Report ra = withParties(a, "Acme Oil Corporation", "ORGANIZATION", "USA", "Andes Gas", "ORGANIZATION", "CHL");
    Report rb = withParties(b, "Acme Oil Corporation Limited", "ORGANIZATION", "USA", "Andes Gas SA", "ORGANIZATION", "CHL");
    assertTrue(Clusterer.match(ra, rb) != null);
    Report memo = withParties(
        new Event(org.dyad.model.EventType.AGREE, "mou", org.dyad.model.Status.OCCURRED, day("2025-05-02"), List.of("Acme Oil Corporation"),
            List.of("USA", "CHL"), List.of(), null, "Memorandum of Understanding", null, List.of(new org.dyad.model.Span(0, 4))),
        "Acme Oil Corporation", "ORGANIZATION", "USA");
    assertEquals(null, Clusterer.match(ra, memo));
  }

  @Test
  void aidInAnotherCurrencyWithTheStatedConversion() {
    Event euros = new Event(org.dyad.model.EventType.AID, "grant", org.dyad.model.Status.OCCURRED, day("2025-06-10"), List.of(),
        List.of("NLD"), List.of("MWI"), null, null,
        new org.dyad.model.Amount(new java.math.BigDecimal("185000000"), "EUR", new java.math.BigDecimal("218000000")),
        List.of(new org.dyad.model.Span(0, 4)));
    Event dollars = aid("218000000", "USD", null, day("2025-06-10"), "NLD", "MWI");
    Event other = aid("300000000", "USD", null, day("2025-06-10"), "NLD", "MWI");
    assertTrue(Clusterer.same(euros, dollars));
    assertFalse(Clusterer.same(euros, other));
  }

  @Test
  void anAcronymIsTheOrganizationItAbbreviates() {
    assertTrue(Clusterer.sameName("NZFA", "New Zealand Forestry Authority"));
    assertTrue(Clusterer.sameName("Korea Forest Service", "KFS"));
    assertTrue(Clusterer.sameName("USPTA", "US Port and Transport Agency"));
    assertFalse(Clusterer.sameName("KFS", "Korea Fisheries Agency"));
    assertFalse(Clusterer.sameName("Kfs", "Korea Forest Service"));
  }

  @Test
  void twoCountriesRaiseTheirRelationsOnceWhateverTheWords() {
    Event a = new Event(org.dyad.model.EventType.AGREE, "partnership_upgrade", org.dyad.model.Status.OCCURRED, day("2025-05-02"),
        List.of(), List.of("PER", "KOR"), List.of(), null, "ties raised to the highest level in their history", null,
        List.of(new org.dyad.model.Span(0, 4)));
    Event b = new Event(org.dyad.model.EventType.AGREE, "partnership_upgrade", org.dyad.model.Status.OCCURRED, day("2025-05-02"),
        List.of(), List.of("KOR", "PER"), List.of(), null, "Comprehensive Strategic Partnership", null, List.of(new org.dyad.model.Span(0, 4)));
    Event other = new Event(org.dyad.model.EventType.AGREE, "partnership_upgrade", org.dyad.model.Status.OCCURRED, day("2025-05-02"),
        List.of(), List.of("KOR", "CHL"), List.of(), null, "Comprehensive Strategic Partnership", null, List.of(new org.dyad.model.Span(0, 4)));
    assertTrue(Clusterer.same(a, b));
    assertFalse(Clusterer.same(b, other));
  }
}
