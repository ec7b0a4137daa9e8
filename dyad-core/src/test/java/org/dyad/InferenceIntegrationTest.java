package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.dyad.kb.Anniversary;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.dyad.kb.Officeholder;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Basis;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Precision;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * What Dyad infers beyond the text, from the knowledge base: document dates from terms of office,
 * anniversaries and partial dates; unnamed speakers; conflicts between dates. Every document here
 * was written for this test, and every expectation is computed from the bundled knowledge, not
 * copied from the output.
 */
class InferenceIntegrationTest {
  private static Extractor extractor;
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  private static synchronized ExtractionRecord extract(String id, String text) throws DocumentException {
    if (extractor == null) {
      extractor = Extractor.create(ExtractorConfig.defaults());
    }
    return extractor.extract(new RawDocument(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  /** First and last day of the overlap of the terms of two officeholders. */
  private static LocalDate[] overlap(String a, String b, Office office) {
    Officeholder x = KB.byName(a).stream().filter(o -> o.office() == office).reduce((p, q) -> q).orElseThrow();
    Officeholder y = KB.byName(b).stream().filter(o -> o.office() == office).reduce((p, q) -> q).orElseThrow();
    LocalDate first = x.start().isAfter(y.start()) ? x.start() : y.start();
    LocalDate xe = x.end() == null ? LocalDate.MAX : x.end();
    LocalDate ye = y.end() == null ? LocalDate.MAX : y.end();
    return new LocalDate[] {first, xe.isBefore(ye) ? xe : ye};
  }

  private static void assertInside(ExtractionRecord r, LocalDate first, LocalDate last) {
    assertNotNull(r.date(), "no document date; warnings " + r.warnings());
    assertFalse(r.date().firstDay().isBefore(first), r.date() + " starts before " + first);
    assertFalse(r.date().lastDay().isAfter(last), r.date() + " ends after " + last);
  }

  @Test
  void anAnniversaryNextYearNarrowsTheTermsToOneYear() throws DocumentException {
    ExtractionRecord r =
        extract(
            "anniversary",
            "Foreign Ministers Meet in Seoul\n\n"
                + "Japanese Minister for Foreign Affairs Yoko Kamikawa held talks with Korean Minister of Foreign Affairs "
                + "Cho Tae-yul in Seoul. The two ministers agreed to prepare events for next year, which marks the 60th "
                + "anniversary of the normalization of diplomatic relations between Japan and the Republic of Korea.\n");
    Anniversary base =
        KB.anniversaries().stream().filter(a -> a.parties().containsAll(List.of("JPN", "KOR"))).findFirst().orElseThrow();
    int year = base.year() + 60 - 1;
    LocalDate[] terms = overlap("Yoko Kamikawa", "Cho Tae-yul", Office.FOREIGN_MINISTER);
    LocalDate first = terms[0].isAfter(LocalDate.of(year, 1, 1)) ? terms[0] : LocalDate.of(year, 1, 1);
    LocalDate last = terms[1].isBefore(LocalDate.of(year, 12, 31)) ? terms[1] : LocalDate.of(year, 12, 31);
    assertEquals(Basis.INFERRED, r.date().basis());
    assertInside(r, first, last);
  }

  @Test
  void aChairOfASEANNextYearPicksTheYearOfADayWithoutOne() throws DocumentException {
    String lead = "Prime Minister Hun Manet received Malaysian Prime Minister Anwar Ibrahim in Phnom Penh on 12 March.";
    ExtractionRecord r = extract("asean-chair", lead + " Hun Manet said Cambodia would support Malaysia as it takes up the "
        + "ASEAN chairmanship next year.\n");
    int chair = KB.chairs().stream().filter(c -> c.body().equals("ASEAN") && c.country().equals("MYS") && c.year() > 2023)
        .mapToInt(org.dyad.kb.Chair::year).min().orElseThrow();
    assertNotNull(r.date(), r.warnings().toString());
    assertEquals(LocalDate.of(chair - 1, 3, 12), r.date().firstDay(), r.warnings().toString());
    assertEquals(Precision.DAY, r.date().precision(), r.warnings().toString());
    // without the chair, the day fits every year of both terms
    ExtractionRecord without = extract("no-chair", lead + "\n");
    assertTrue(without.date() == null || without.date().precision() != Precision.DAY, String.valueOf(without.date()));
  }

  @Test
  void takingOfficeYesterdayDatesTheTextFromTheFirstDayOfTheTerm() throws DocumentException {
    ExtractionRecord r =
        extract(
            "sworn",
            "Prime Minister Hun Manet of Cambodia received the visiting Ambassador of Chile this afternoon. The Ambassador "
                + "congratulated the Prime Minister on his swearing-in yesterday and wished him success.\n");
    Officeholder term =
        KB.byName("Hun Manet").stream().filter(o -> o.office() == Office.HEAD_OF_GOVERNMENT).findFirst().orElseThrow();
    assertEquals(Basis.INFERRED, r.date().basis());
    assertEquals(term.start().plusDays(1).toString(), r.date().value());
  }

  @Test
  void takingOfficeWithoutADayWordDatesNothingByItself() throws DocumentException {
    ExtractionRecord r =
        extract(
            "sworn-undated",
            "The Ambassador of Chile congratulated Prime Minister Hun Manet of Cambodia on his swearing-in and wished him "
                + "success.\n");
    assertTrue(r.date() == null || r.date().precision() != org.dyad.model.Precision.DAY,
        "a swearing-in without a day word gave the day " + r.date());
  }

  @Test
  void aDayWithoutYearThatFitsTheTermsOnceBecomesTheDate() throws DocumentException {
    ExtractionRecord r =
        extract(
            "partial",
            "Australian Foreign Minister Penny Wong and Japanese Minister for Foreign Affairs Yoko Kamikawa met in "
                + "Canberra on 9 November to discuss maritime security and critical minerals.\n");
    LocalDate[] terms = overlap("Penny Wong", "Yoko Kamikawa", Office.FOREIGN_MINISTER);
    List<LocalDate> fits = new ArrayList<>();
    for (int y = terms[0].getYear(); y <= terms[1].getYear(); y++) {
      LocalDate d = MonthDay.of(11, 9).atYear(y);
      if (!d.isBefore(terms[0]) && !d.isAfter(terms[1])) {
        fits.add(d);
      }
    }
    assertEquals(1, fits.size(), "the test document must fit one day: " + fits);
    assertEquals(fits.get(0).toString(), r.date().value());
    assertEquals(Basis.INFERRED, r.date().basis());
    Event meeting = r.events().stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
    assertEquals(fits.get(0).toString(), meeting.date().value());
  }

  @Test
  void anUnnamedSpeakerIsTheCounterpartsOppositeNumberOnTheDate() throws DocumentException {
    String day = "2023-03-16";
    ExtractionRecord r =
        extract(
            "speaker",
            " date " + day + " \n"
                + "Joint Press Remarks\n\n"
                + "President Yoon Suk Yeol, members of the press,\n\n"
                + "I am delighted to welcome President Yoon to Tokyo. In today's summit meeting, President Yoon and I agreed "
                + "to resume regular visits between the leaders of Japan and the Republic of Korea.\n\n"
                + "I look forward to working with the President for the future of our two countries.\n");
    List<Officeholder> holders = KB.holders(Office.HEAD_OF_GOVERNMENT, "JPN", LocalDate.parse(day));
    assertEquals(1, holders.size());
    String expected = holders.get(0).name();
    Actor speaker = r.actors().stream().filter(a -> a.name().equals(expected)).findFirst().orElse(null);
    assertNotNull(speaker, "speaker not inferred: " + r.actors());
    assertEquals(ActorKind.PERSON, speaker.kind());
    assertEquals("JPN", speaker.country());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("speaker inferred") && w.contains(expected)), r.warnings().toString());
    Event summit = r.events().stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
    assertTrue(summit.participants().contains(expected), summit.participants().toString());
    assertTrue(summit.participants().contains("Yoon Suk Yeol"), summit.participants().toString());
  }

  @Test
  void aHeadingThatNamesTheSpeakersOfficeAndCountryNamesTheSpeaker() throws DocumentException {
    String day = "2023-06-20";
    ExtractionRecord r =
        extract(
            "speaker-heading",
            " date " + day + " \n"
                + "REMARKS BY THE PRESIDENT OF THE REPUBLIC OF KENYA AT THE STATE BANQUET\n\n"
                + "Distinguished guests,\n\n"
                + "This afternoon I met my dear friend, the President of Ghana, Nana Akufo-Addo, and we reviewed the "
                + "trade between our two nations. I thank you all.\n");
    List<Officeholder> holders = KB.holders(Office.HEAD_OF_STATE, "KEN", LocalDate.parse(day));
    assertEquals(1, holders.size());
    String expected = holders.get(0).name();
    Actor speaker = r.actors().stream().filter(a -> a.name().equals(expected)).findFirst().orElse(null);
    assertNotNull(speaker, "speaker not inferred: " + r.actors());
    assertEquals("KEN", speaker.country());
    Event meeting = r.events().stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
    assertTrue(meeting.participants().contains(expected), meeting.participants().toString());
    // a heading that names no country names no speaker
    ExtractionRecord bare = extract("speaker-heading-bare", " date " + day + " \nREMARKS AT THE STATE BANQUET\n\n"
        + "This afternoon I met my dear friend, the President of Ghana, Nana Akufo-Addo. I thank you all.\n");
    assertTrue(bare.actors().stream().noneMatch(a -> a.name().equals(expected)), bare.actors().toString());
  }

  @Test
  void aSpeakerIsNotGuessedWhenTheOfficeChangedHandsInThePeriod() throws DocumentException {
    // undated remarks whose only bound is a long term of office: Japan's prime ministers changed within it
    ExtractionRecord r =
        extract(
            "speaker-undated",
            "Remarks to the press\n\n"
                + "President Yoon Suk Yeol and I held a productive meeting. I thank President Yoon for his leadership, and "
                + "I hope Japan and the Republic of Korea will deepen their cooperation.\n");
    assertTrue(r.warnings().stream().noneMatch(w -> w.contains("speaker inferred")), r.warnings().toString());
  }

  @Test
  void aTodayThatContradictsTheDocumentDateIsReported() throws DocumentException {
    ExtractionRecord r =
        extract(
            "today",
            " date 2022-08-04 \n"
                + "Today, August 4, 2023, Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in "
                + "Tokyo.\n");
    assertEquals("2022-08-04", r.date().value());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("2023-08-04") && w.contains("2022-08-04")), r.warnings().toString());
  }

  @Test
  void aWeekdayPicksTheYearOfADatelineWithoutOne() throws DocumentException {
    ExtractionRecord r =
        extract(
            "weekday",
            "SEOUL, June 4 - Korean Minister of Foreign Affairs Cho Tae-yul on Tuesday met Vietnamese Minister of "
                + "Foreign Affairs Bui Thanh Son to review trade and labour cooperation.\n");
    LocalDate[] terms = overlap("Cho Tae-yul", "Bui Thanh Son", Office.FOREIGN_MINISTER);
    List<LocalDate> fits = new ArrayList<>();
    for (int y = terms[0].getYear(); y <= terms[1].getYear(); y++) {
      LocalDate d = MonthDay.of(6, 4).atYear(y);
      if (!d.isBefore(terms[0]) && !d.isAfter(terms[1]) && d.getDayOfWeek() == java.time.DayOfWeek.TUESDAY) {
        fits.add(d);
      }
    }
    assertEquals(1, fits.size(), "the test document must fit one Tuesday: " + fits);
    assertEquals(fits.get(0).toString(), r.date().value());
  }
}
