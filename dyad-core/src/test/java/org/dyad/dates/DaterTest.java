package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dyad.actors.ActorTable;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Precision;
import org.dyad.model.Status;
import org.dyad.nlp.Annotated;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
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

  // --- date ---

  /** One sentence per line; each {@code [[text|normalized]]} becomes a DATE mention. */
  private static Annotated doc(String... lines) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new java.util.ArrayList<>();
    for (String line : lines) {
      int start = text.length();
      List<Mention> mentions = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\[([^|]*)\\|([^]]*)]]").matcher(line);
      StringBuilder plain = new StringBuilder();
      int last = 0;
      int token = 0;
      while (m.find()) {
        plain.append(line, last, m.start());
        int s = start + plain.length();
        plain.append(m.group(1));
        mentions.add(new Mention(m.group(1), s, start + plain.length(), "DATE", m.group(2), token, token + 1));
        token += 3;
        last = m.end();
      }
      plain.append(line.substring(last));
      text.append(plain);
      sentences.add(new Sentence(sentences.size(), start, text.length(), List.of(), mentions));
      text.append('\n');
    }
    return new Annotated(text.toString(), sentences);
  }

  private static ActorTable officeholders(String... nameAndTitle) {
    List<Actor> actors = new java.util.ArrayList<>();
    for (int i = 0; i < nameAndTitle.length; i += 2) {
      actors.add(new Actor(nameAndTitle[i], ActorKind.PERSON, null, nameAndTitle[i + 1], List.of()));
    }
    return new ActorTable(actors, List.of(), List.of());
  }

  private static final ActorTable NONE = new ActorTable(List.of(), List.of(), List.of());

  @Test
  void eachNextDayIsOneDayAfterTheDayToldBefore() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add("The ministers met on [[4 March 2024|2024-03-04]].");
    lines.add("The following morning the delegation flew to Lima.");
    lines.add("At the airport they were met by the mayor.");
    for (int i = 0; i < 40; i++) {
      lines.add("The next day the minister met another delegation.");
    }
    Annotated d = doc(lines.toArray(String[]::new));
    DocumentDate date = dater.date(d, "2024-05-01", NONE);
    List<Sentence> s = d.sentences();
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 3, 5), null), dater.dateReferredTo(d, s.get(1), date, Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 3, 6), null), dater.dateReferredTo(d, s.get(3), date, Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 4, 14), null), dater.dateReferredTo(d, s.get(42), date, Status.OCCURRED));
    // with no day told before them, a run of them dates nothing
    Annotated none = doc(lines.subList(1, lines.size()).toArray(String[]::new));
    DocumentDate noDate = dater.date(none, "2024-05-01", NONE);
    assertNull(dater.dateReferredTo(none, none.sentences().get(41), noDate, Status.OCCURRED));
  }

  @Test
  void anOfficeholderWhoTookOfficeLastOctoberBoundsTheYearOfAYearlessDateline() {
    // Juan Ramón de la Fuente became Mexico's Secretary of Foreign Affairs on 1 October 2024, and is
    // still in office as the knowledge base was last reviewed: "Feb 14" alone fits 2025 and 2026
    Annotated d = doc("Quito, [[Feb 14|XXXX-02-14]] (Andes Wire) The minister received Foreign Secretary Juan Ramón de la Fuente,"
        + " who took office last October.");
    ActorTable t = officeholders("Juan Ramón de la Fuente", "Foreign Secretary");
    assertEquals(DateValue.ofDay(LocalDate.of(2025, 2, 14), Basis.INFERRED), dater.date(d, null, t).value());
  }

  @Test
  void aCableHeaderDatesTheCable() {
    Annotated d = doc("CONFIDENTIAL", "R 170830Z FEB 74", "FM SECSTATE WASHDC", "SUBJECT: AID TALKS");
    assertEquals(DateValue.ofDay(LocalDate.of(1974, 2, 17), Basis.STATED), dater.date(d, null, NONE).value());
  }

  @Test
  void aStatedDatelineBeatsAnEarlierDateInACaption() {
    Annotated d = doc("Delegates at the opening in Lagos, [[June 2, 2016|2016-06-02]]. (Photo: Press Office)",
        "ABUJA, [[June 6, 2016|2016-06-06]] (Agency) - The two presidents met on Monday.");
    assertEquals(DateValue.ofDay(LocalDate.of(2016, 6, 6), Basis.STATED), dater.date(d, null, NONE).value());
  }

  @Test
  void aCaptionDateIsNotTheLeadDate() {
    Annotated d = doc("Leaders at a dinner in Lima, [[June 2, 2016|2016-06-02]]. REUTERS/Staff", "The two presidents met on Monday.");
    assertNull(dater.date(d, null, NONE).value());
  }

  @Test
  void aDatedPhotoBoundsAnUndatedWireStoryAndItsLeadsWeekdayPicksTheDay() {
    // 4 March 2019 is a Monday: the report's Thursday is the 7th
    Annotated d = doc("ACCRA (Wire) - The two presidents met on [[Thursday|XXXX-WXX-4]] to open a new border post.",
        "The president greets pupils at a school in Lome, [[March 4, 2019|2019-03-04]]. REUTERS/Staff");
    assertEquals(DateValue.ofDay(LocalDate.of(2019, 3, 7), Basis.INFERRED), dater.date(d, null, NONE).value());
    // outside the terms of the officeholders named, the photo says nothing
    Annotated old = doc("ACCRA (Wire) - The two presidents met on [[Thursday|XXXX-WXX-4]] to open a new border post.",
        "The president greets pupils at a school in Lome, [[March 4, 2019|2019-03-04]]. REUTERS/Staff");
    assertEquals(DateValue.ofPeriod(LocalDate.of(2023, 9, 13), LocalDate.of(2024, 10, 1), Basis.INFERRED),
        dater.date(old, null, officeholders("Kamikawa Yoko", "Minister for Foreign Affairs")).value());
  }

  @Test
  void aPublicationStampIsKeptApartFromTheEventsDates() {
    Annotated d = doc("Leaders to hold talks By Wire Published : [[Oct. 5, 2022|2022-10-05]] - 22:10",
        "SEOUL, [[Oct. 5, 2022|2022-10-05]] - The two leaders will talk by telephone on Thursday.");
    DocumentDate date = dater.date(d, null, NONE);
    String text = d.text();
    int stamp = text.indexOf("Oct. 5");
    assertTrue(date.isStamp(stamp, stamp + 6));
    assertTrue(date.isStamp(text.indexOf("22:10"), text.indexOf("22:10") + 5)); // the time of day on its line
    int dateline = text.indexOf("Oct. 5", stamp + 1);
    // a dateline dates the report: "SINGAPORE, May 11 -- X spoke with Y on 28 April" is a call of 28 April
    assertTrue(date.isStamp(dateline, dateline + 6));
    int thursday = text.indexOf("Thursday");
    assertFalse(date.isStamp(thursday, thursday + 8));
  }

  @Test
  void aRepostedReleasesTodayIsTheReleasesDay() {
    Annotated d = doc("The following press release was issued by the Ministry of Foreign Affairs on 3 May 2021.",
        "[[Today|THIS P1D]], the minister received the ambassador of Peru.");
    DocumentDate date = dater.date(d, "2021-05-05", NONE);
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 5, 5), Basis.STATED), date.value()); // the page is the repost's
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 5, 3), null), dater.resolve(date("Today", "THIS P1D"), date, Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 5, 2), null), dater.resolve(date("yesterday", "OFFSET P-1D"), date, Status.OCCURRED));
    // a release dated after the page, or long before it, is no repost's day
    assertNull(dater.date(d, "2021-05-01", NONE).release());
    assertNull(dater.date(d, "2021-09-01", NONE).release());
    // an aggregator's notice at the foot: "X published this content on ... and is solely responsible ..."
    Annotated agg = doc("[[Today|THIS P1D]], the minister received the ambassador of Peru.",
        "The Ministry of Foreign Affairs published this content on 3 May 2021 and is solely responsible for the information.");
    assertEquals(LocalDate.of(2021, 5, 3), dater.date(agg, "2021-05-05", NONE).release());
  }

  @Test
  void aYearlessDatelineTakesTheYearOfTheFullDatesBesideIt() {
    Annotated d = doc("Hanoi (VX), Oct. 30 - The grant will be signed on [[2 November 2011|2011-11-02]] at the ministry.");
    assertEquals(DateValue.ofDay(LocalDate.of(2011, 10, 30), Basis.INFERRED), dater.date(d, null, NONE).value());
  }

  @Test
  void aWeekdayInTheDatelinesSentencePicksItsYear() {
    // Hun Sen and Motegi's first term overlap 2019-09-11..2021-11-04; 3 June is a Wednesday in 2020, a Thursday in 2021
    Annotated d = doc("Phnom Penh (XN), June 3 - The prime minister received the foreign minister on [[Wednesday|XXXX-WXX-3]].");
    ActorTable t = officeholders("Hun Sen", "Prime Minister", "Motegi Toshimitsu", "Minister for Foreign Affairs");
    assertEquals(DateValue.ofDay(LocalDate.of(2020, 6, 3), Basis.INFERRED), dater.date(d, null, t).value());
    Annotated plain = doc("Phnom Penh (XN), June 3 - The prime minister received the foreign minister.");
    assertEquals(DateValue.ofPeriod(LocalDate.of(2020, 6, 3), LocalDate.of(2021, 6, 3), Basis.INFERRED), dater.date(plain, null, t).value());
  }

  @Test
  void anUpdateStampDoesNotMoveAnOlderReport() {
    Annotated d = doc("Ministers meet", "Updated: [[June 30, 2021|2021-06-30]] 10:00",
        "On [[March 2, 2018|2018-03-02]] the two ministers met in the capital.");
    assertEquals(DateValue.ofDay(LocalDate.of(2018, 3, 2), Basis.STATED), dater.date(d, null, NONE).value());
    Annotated alone = doc("Ministers meet", "Updated: [[June 30, 2021|2021-06-30]] 10:00", "The two ministers met in the capital.");
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 6, 30), Basis.STATED), dater.date(alone, null, NONE).value());
  }

  @Test
  void anAnniversaryWrittenInWords() {
    assertEquals(25, Dater.ordinal("twenty-fifth"));
    assertEquals(70, Dater.ordinal("Seventieth"));
    assertEquals(31, Dater.ordinal("31st"));
    Annotated d = doc("Both sides prepared for the seventieth anniversary of diplomatic relations between Japan and Cambodia.");
    assertEquals(DateValue.ofYear(2023, Basis.INFERRED), dater.date(d, null, NONE).value());
  }

  @Test
  void aDateLineUnderTheLetterheadOfARepostedReleaseIsItsDay() {
    // the site stamped its own day; the release under it has its own date line, against which "today" is read
    Annotated d = doc("Published: Friday, 10 May 2024, 8:15 am", "Release - Ministry of Trade", "7 May 2024",
        "[[Today|THIS P1D]], the minister received the ambassador of Peru.");
    DocumentDate date = dater.date(d, "2024-05-10", NONE);
    assertEquals(LocalDate.of(2024, 5, 7), date.release());
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 7), null), dater.resolve(date("Today", "THIS P1D"), date, Status.OCCURRED));
    // a date in a sentence is no date line; a date line after the page's day is none either
    assertNull(dater.date(doc("On 7 May 2024 the ministry wrote.", "[[Today|THIS P1D]], the minister spoke."), "2024-05-10", NONE).release());
    assertNull(dater.date(doc("12 May 2024", "[[Today|THIS P1D]], the minister spoke."), "2024-05-10", NONE).release());
  }

  @Test
  void aCounterpartHoldsTheOfficeOfTheOneHeAnswers() {
    // 12 June is a Thursday in 1997 and 2003, both in Downer's term (1996-2007); within Alatas's (1988-1999) only 1997
    Annotated d = doc("On [[Thursday, 12 June|XXXX-06-12]] the Foreign Minister met his counterpart, Mr Ali Alatas, in Jakarta.");
    List<Actor> both = List.of(new Actor("Alexander Downer", ActorKind.PERSON, null, "Foreign Minister", List.of()),
        new Actor("Ali Alatas", ActorKind.PERSON, null, null, List.of()));
    assertEquals(DateValue.ofDay(LocalDate.of(1997, 6, 12), Basis.INFERRED), dater.date(d, null, new ActorTable(both, List.of(), List.of())).value());
    // named without "counterpart", a bare name bounds nothing
    Annotated bare = doc("On [[Thursday, 12 June|XXXX-06-12]] the Foreign Minister met Mr Ali Alatas in Jakarta.");
    assertTrue(dater.date(bare, null, new ActorTable(both, List.of(), List.of())).value().isRange());
  }

  @Test
  void aTermOfOfficeThatNoCalendarUnitCoversIsPrintedAsARange() {
    Annotated d = doc("The minister met her counterpart in the capital.");
    DateValue v = dater.date(d, null, officeholders("Kamikawa Yoko", "Minister for Foreign Affairs")).value();
    assertEquals(DateValue.ofPeriod(LocalDate.of(2023, 9, 13), LocalDate.of(2024, 10, 1), Basis.INFERRED), v);
    assertTrue(v.isRange());
  }

  @Test
  void aWeekdayWithDayAndMonthPicksTheOneYearOfTheTermsThatFits() {
    // 2019-09-11..2021-11-04 and 1998..2023 overlap from September 2019; 14 May is a Thursday in 2020 only
    Annotated d = doc("On [[Thursday, 14 May|XXXX-05-14]] the prime minister received the foreign minister by video.");
    ActorTable t = officeholders("Hun Sen", "Prime Minister", "Motegi Toshimitsu", "Minister for Foreign Affairs");
    assertEquals(DateValue.ofDay(LocalDate.of(2020, 5, 14), Basis.INFERRED), dater.date(d, null, t).value());
  }

  @Test
  void anOfficeAfterANameInCapitalsOutranksABareOfficeBeforeIt() {
    // the actor table has "Minister" (from "Minister Hayashi"); the apposition names the office that has terms
    Annotated d = doc("On [[July 9|XXXX-07-09]], Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held talks.",
        "Minister Hayashi welcomed the guest.");
    DateValue v = dater.date(d, null, officeholders("Hayashi Yoshimasa", "Minister")).value();
    assertEquals(DateValue.ofPeriod(LocalDate.of(2022, 7, 9), LocalDate.of(2023, 7, 9), Basis.INFERRED), v);
  }

  @Test
  void aPhotosFileStampThatAgreesWithADayOfTheTextGivesTheYear() {
    Annotated d = doc("Harbour loan signed (photo: _210614 harbour signing ceremony.jpg)",
        "The development bank signed the loan with the port authority on [[June 14|XXXX-06-14]].");
    assertEquals(DateValue.ofDay(LocalDate.of(2021, 6, 14), Basis.INFERRED), dater.date(d, null, NONE).value());
    Annotated eight = doc("IMG_20190302_visit.png", "The delegation arrived on [[2 March|XXXX-03-02]].");
    assertEquals(DateValue.ofDay(LocalDate.of(2019, 3, 2), Basis.INFERRED), dater.date(eight, null, NONE).value());
    // a stamp that is no day of the text (here a number, not a date of the signing) dates nothing
    Annotated other = doc("_210615 harbour.jpg", "The bank signed the loan on [[June 14|XXXX-06-14]].");
    assertNull(dater.date(other, null, NONE).value());
  }

  @Test
  void aLeadDateFittingSeveralYearsGivesTheRangeFromTheFirstToTheLast() {
    Annotated d = doc("On [[9 March|XXXX-03-09]] the minister received the delegation.");
    DateValue v = dater.date(d, null, officeholders("Kamikawa Yoko", "Minister for Foreign Affairs", "Hun Sen", "Prime Minister")).value();
    // Kamikawa from 2023-09-13 and Hun Sen to 2023-08-22 do not overlap: the first evidence is kept
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 3, 9), Basis.INFERRED), v);
    Annotated pandemic = doc("On [[9 March|XXXX-03-09]] the minister received the delegation.", "They discussed COVID-19 vaccines.");
    DateValue w = dater.date(pandemic, null, officeholders("Hun Sen", "Prime Minister")).value();
    assertEquals(DateValue.ofPeriod(LocalDate.of(2020, 3, 9), LocalDate.of(2023, 3, 9), Basis.INFERRED), w);
  }

  @Test
  void anOfficeholderWithTwoTermsBoundsTheDateByTheTermsNotTheYearsBetween() {
    // Motegi: 2019-09-11..2021-11-04 and again from 2025-10-21; with Hun Sen (to 2023-08-22) only the first term fits
    Annotated d = doc("On [[9 March|XXXX-03-09]] the minister received the delegation.");
    DateValue v = dater.date(d, null, officeholders("Hun Sen", "Prime Minister", "Motegi Toshimitsu", "Minister for Foreign Affairs")).value();
    assertEquals(DateValue.ofPeriod(LocalDate.of(2020, 3, 9), LocalDate.of(2021, 3, 9), Basis.INFERRED), v);
  }

  @Test
  void anOfficeGivenAfterTheNameBoundsTheDate() {
    // Maris from 2024-04-30; Prak Sokhonn 2016-04-04..2023-08-22 and again from 2024-11-20: only 9 March 2025 fits both
    Annotated d = doc("Mr Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, received Mr Prak Sokhonn, Deputy Prime Minister and "
        + "Minister of Foreign Affairs and International Cooperation of Cambodia, on [[9 March|XXXX-03-09]].");
    ActorTable t = officeholders("Maris Sangiampongsa", null, "Prak Sokhonn", null);
    assertEquals(DateValue.ofDay(LocalDate.of(2025, 3, 9), Basis.INFERRED), dater.date(d, null, t).value());
  }

  @Test
  void aDeputyOrAFormerOfficeBoundsNothing() {
    Annotated deputy = doc("Mr Hun Manet, Deputy Prime Minister, opened the bridge on [[9 March|XXXX-03-09]].");
    assertNull(dater.date(deputy, null, officeholders("Hun Manet", null)).value());
    Annotated former = doc("Mr Hun Sen, former Prime Minister, opened the bridge on [[9 March|XXXX-03-09]].");
    assertNull(dater.date(former, null, officeholders("Hun Sen", null)).value());
    assertNull(dater.date(former, null, officeholders("Hun Sen", "Deputy Prime Minister")).value());
    // the office runs into the next person's name: it is that person's (taken as Hun Sen's, it would
    // meet Hun Manet's term on its first day only, 2023-08-22; Hun Manet's open term alone dates nothing)
    Annotated list = doc("Guests included Mr Hun Sen, Prime Minister Hun Manet and others on [[9 March|XXXX-03-09]].");
    assertNull(dater.date(list, null, officeholders("Hun Sen", null, "Hun Manet", "Prime Minister")).value());
  }

  @Test
  void anAnniversaryOfTheRelationsNamedByTheirTwoPartiesGivesTheYear() {
    Annotated d = doc("The ministers unveiled a stamp for the 40th anniversary of the Japan-ROK relations.");
    DateValue v = dater.date(d, null, NONE).value();
    assertEquals(DateValue.ofYear(2005, Basis.INFERRED), v);
  }

  // --- clauses ---

  /** A sentence of "word/TAG" tokens; a word tagged DATE is a noun of a date expression. */
  private static Sentence tagged(String words) {
    List<org.dyad.nlp.Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (String wt : words.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      String tag = wt.substring(slash + 1);
      boolean date = tag.equals("DATE");
      tokens.add(new org.dyad.nlp.Token(w, at, at + w.length(), date ? "NNP" : tag, w, date ? "DATE" : "O", null));
      at += w.length() + 1;
    }
    return new Sentence(0, 0, at, tokens, List.of());
  }

  @Test
  void aDateBesideTheOneVerbOfTheTriggerDatesItsClause() {
    // "the embassy yesterday handed over kits worth $5 million": the date and the sum share "handed"
    Sentence s = tagged("The/DT embassy/NN yesterday/DATE handed/VBD over/RP kits/NNS worth/JJ $/$ 5/CD million/CD");
    assertTrue(Dater.datesClauseOf(s, 2, 3, 8, 10));
    // "the embassy that opened yesterday gave kits worth $5 million": two verbs, the date is the opening's
    Sentence two = tagged("The/DT embassy/NN that/WDT opened/VBD yesterday/DATE gave/VBD kits/NNS worth/JJ $/$ 5/CD million/CD");
    assertFalse(Dater.datesClauseOf(two, 4, 5, 9, 11));
    // "the ministers met in Hanoi Wednesday and a grant of $5 million ...": a place between verb and date
    Sentence far = tagged("Ministers/NNS met/VBD in/IN Hanoi/NNP Wednesday/DATE after/IN a/DT grant/NN of/IN $/$ 5/CD");
    assertTrue(Dater.datesClauseOf(far, 4, 5, 7, 8)); // no verb between at all
    Sentence after = tagged("A/DT grant/NN of/IN $/$ 5/CD million/CD arrived/VBD in/IN the/DT capital/NN on/IN Monday/DATE");
    assertFalse(Dater.datesClauseOf(after, 11, 12, 1, 2));
  }

  @Test
  void aDateOpeningTheSentenceDatesItsMainClause() {
    Sentence s = tagged("On/IN December/DATE 26/DATE ,/, 2013/DATE ,/, the/DT two/CD governments/NNS held/VBD a/DT ceremony/NN for/IN a/DT grant/NN");
    assertTrue(Dater.datesClauseOf(s, 1, 3, 14, 15));
    Sentence dateline = tagged("Apia/NNP ,/, 14/DATE March/DATE -/: On/IN 12/DATE March/DATE ,/, Samoa/NNP held/VBD a/DT ceremony/NN for/IN a/DT grant/NN");
    assertTrue(Dater.datesClauseOf(dateline, 6, 8, 15, 16));
    Sentence statement = tagged("In/IN a/DT statement/NN issued/VBN on/IN Tuesday/DATE ,/, the/DT ministry/NN committed/VBD $/$ 5/CD million/CD");
    assertTrue(Dater.datesClauseOf(statement, 5, 6, 11, 13));
    Sentence clause = tagged("When/WRB the/DT ministers/NNS met/VBD on/IN Tuesday/DATE ,/, the/DT ministry/NN committed/VBD $/$ 5/CD million/CD");
    assertFalse(Dater.datesClauseOf(clause, 5, 6, 11, 13));
    Sentence inside = tagged("The/DT ministers/NNS on/IN December/DATE 26/DATE agreed/VBD ,/, and/CC the/DT bank/NN signed/VBD a/DT loan/NN");
    assertFalse(Dater.datesClauseOf(inside, 3, 5, 12, 13));
  }

  @Test
  void aDateInThePredicateOfANounTriggerDatesIt() {
    // "the meeting between the two ministers was held on Monday": the noun is the subject of "held"
    Sentence held = tagged("The/DT meeting/NN between/IN the/DT two/CD ministers/NNS was/VBD held/VBN on/IN Monday/DATE");
    assertTrue(Dater.datesClauseOf(held, 9, 10, 1, 2));
    Sentence set = tagged("The/DT call/NN is/VBZ set/VBN to/TO take/VB place/NN Thursday/DATE");
    assertTrue(Dater.datesClauseOf(set, 7, 8, 1, 2));
    // "the meeting discussed the plan agreed on Monday": the verb says nothing of when the meeting was
    Sentence other = tagged("The/DT meeting/NN discussed/VBD the/DT plan/NN adopted/VBN on/IN Monday/DATE");
    assertFalse(Dater.datesClauseOf(other, 7, 8, 1, 2));
    // "consultations will start at once and we hope that talks begin on December 12"
    Sentence we = tagged("Consultations/NNS will/MD start/VB now/RB and/CC we/PRP hope/VBP talks/NNS begin/VB December/DATE 12/DATE");
    assertFalse(Dater.datesClauseOf(we, 9, 11, 0, 1));
  }

  @Test
  void aDateOfTheTellingOrOfAnotherTimeDoesNotDateTheEvent() {
    // "the minister revealed Friday that the President would visit China"
    Sentence told = tagged("The/DT minister/NN revealed/VBD Friday/DATE that/IN the/DT President/NNP would/MD visit/VB China/NNP");
    assertFalse(Dater.datesClauseOf(told, 3, 4, 8, 9));
    // "the first visit since he took up the post in December 2012"
    Sentence since = tagged("The/DT first/JJ visit/NN since/IN his/PRP$ taking/VBG up/RP the/DT post/NN in/IN December/DATE 2012/DATE");
    assertFalse(Dater.datesClauseOf(since, 10, 12, 2, 3));
    // "... in December 2012, and the ministers' meeting was the first in 2015"
    Sentence and = tagged("He/PRP arrived/VBD in/IN December/DATE 2012/DATE ,/, and/CC the/DT ministers/NNS '/POS meeting/NN was/VBD short/JJ");
    assertFalse(Dater.datesClauseOf(and, 3, 5, 10, 11));
    // a date right before the trigger still dates it
    Sentence plain = tagged("On/IN Friday/DATE the/DT President/NNP met/VBD the/DT envoy/NN");
    assertTrue(Dater.datesClauseOf(plain, 1, 2, 4, 5));
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
  void resolvingAgainstARangeKeepsTheRangeOrTheOneYearThatFits() {
    LocalDate f = LocalDate.of(2023, 9, 13);
    LocalDate l = LocalDate.of(2024, 10, 1);
    DocumentDate range = new DocumentDate(DateValue.ofPeriod(f, l, Basis.INFERRED), f, l, List.of(), List.of());
    assertEquals(DateValue.ofPeriod(f, l, null), dater.resolve(date("this morning", "THIS P1D"), range, Status.OCCURRED));
    // a past event on 18 December lies before the document: 2023, as 2024-12-18 is after its last day
    assertEquals(DateValue.ofDay(LocalDate.of(2023, 12, 18), null), dater.resolve(date("December 18", "XXXX-12-18"), range, Status.OCCURRED));
    // 20 June fits 2024 and (within the months before) 2023: unknown
    assertNull(dater.resolve(date("June 20", "XXXX-06-20"), range, Status.OCCURRED));
  }

  @Test
  void weekdayAgainstAShortRangeIsTheRangeOfItsPossibleDays() {
    LocalDate f = LocalDate.of(2024, 5, 9);
    LocalDate l = LocalDate.of(2024, 5, 10);
    DocumentDate range = new DocumentDate(DateValue.ofPeriod(f, l, Basis.INFERRED), f, l, List.of(), List.of());
    // the Monday on or before 9 or 10 May 2024 (Thursday, Friday) is 6 May
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 6), null), dater.resolve(date("Monday", "XXXX-WXX-1"), range, Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 9), null),
        dater.resolve(date("yesterday", "OFFSET P-1D"), range, Status.OCCURRED));
  }

  /** A sentence of space-separated tokens with one date mention over tokens {@code first..end}. */
  private static DateValue inSentence(String words, int first, int end, String normalized, DocumentDate doc, Status status) {
    String[] w = words.split(" ");
    List<org.dyad.nlp.Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (String x : w) {
      tokens.add(new org.dyad.nlp.Token(x, at, at + x.length(), "NN", x, "O", null));
      at += x.length() + 1;
    }
    String text = String.join(" ", java.util.Arrays.copyOfRange(w, first, end));
    Mention m = new Mention(text, tokens.get(first).start(), tokens.get(end - 1).end(), "DATE", normalized, first, end);
    return dater.resolve(m, new Sentence(0, 0, words.length(), tokens, List.of(m)), doc, status);
  }

  @Test
  void aSpanOfDaysAroundTheMentionIsARange() {
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 6), null),
        inSentence("He will visit Japan from July 5 to 6 .", 5, 7, "XXXX-07-05", on("2024-07-03"), Status.PLANNED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2019, 7, 25), LocalDate.of(2019, 7, 27), null),
        inSentence("They met in Tokyo on 25-27 July .", 6, 7, "XXXX-07", on("2019-07-29"), Status.OCCURRED));
    // no span: the mention alone
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 7, 5), null),
        inSentence("He will visit Japan on July 5 .", 5, 7, "XXXX-07-05", on("2024-07-03"), Status.PLANNED));
  }

  @Test
  void aSpanOfDaysIsARange() {
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 6), null),
        dater.resolve(date("July 5 to 6", "XXXX-07-05"), on("2024-07-08"), Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2019, 7, 25), LocalDate.of(2019, 7, 27), null),
        dater.resolve(date("25-27 July", "XXXX-07-27"), on("2019-07-20"), Status.PLANNED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 4), null),
        dater.resolve(date("from 1 to 4 March 2011", "2011-03"), on("2024-07-08"), Status.OCCURRED));
  }

  @Test
  void aSpanAcrossMonthsIsARange() {
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 6, 29), LocalDate.of(2024, 7, 2), null),
        dater.resolve(date("29 June to 2 July", "XXXX-06-29"), on("2024-07-08"), Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 13), null),
        dater.resolve(date("from September 10 to September 13", "XXXX-09-10"), on("2024-09-01"), Status.PLANNED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2), null),
        dater.resolve(date("30 December to 2 January 2024", "2024-01-02"), on("2024-07-08"), Status.OCCURRED));
    // two dates joined by "and" are two days, and months apart they are two events
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 3, 5), null),
        dater.resolve(date("5 March and 7 April", "XXXX-03-05"), on("2024-07-08"), Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 1, 5), null),
        dater.resolve(date("5 January to 7 June", "XXXX-01-05"), on("2024-07-08"), Status.OCCURRED));
  }

  @Test
  void daysNamedByTheirWeek() {
    // 2024-05-09 is a Thursday
    DocumentDate thursday = on("2024-05-09");
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 5), null),
        dater.resolve(date("last Sunday", "XXXX-WXX-7 OFFSET P-1W"), thursday, Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 14), null),
        dater.resolve(date("next Tuesday", "XXXX-WXX-2 OFFSET P1W"), thursday, Status.PLANNED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 4, 29), null),
        dater.resolve(date("Monday last week", "THIS P1W OFFSET P-1W INTERSECT XXXX-WXX-1"), thursday, Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 5), null),
        dater.resolve(date("the weekend", "XXXX-WE"), thursday, Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 12), null),
        dater.resolve(date("the weekend", "XXXX-WE"), thursday, Status.PLANNED));
    // a weekend report of "this past weekend" on its Sunday means the weekend before
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 5), null),
        dater.resolve(date("this past weekend", "PREV_IMMEDIATE WE"), on("2024-05-12"), Status.OCCURRED));
    assertNull(dater.resolve(date("last Sunday", "XXXX-WXX-7 OFFSET P-1W"), inYear(2024), Status.OCCURRED));
  }

  @Test
  void aWeekdayWithATimeOfDayIsThatDay() {
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 6), null),
        dater.resolve(date("Monday morning", "XXXX-WXX-1TMO"), on("2024-05-09"), Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 10), null),
        dater.resolve(date("Friday evening", "XXXX-WXX-5TEV"), on("2024-05-09"), Status.PLANNED));
  }

  @Test
  void earlierThisYearOrMonthEndsOnTheDocumentsDay() {
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 9), null),
        dater.resolve(date("earlier this year", "THIS P1Y"), on("2024-05-09"), Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9), null),
        dater.resolve(date("earlier this month", "THIS P1M"), on("2024-05-09"), Status.OCCURRED));
    assertEquals(DateValue.ofYear(2024, null), dater.resolve(date("this year", "THIS P1Y"), on("2024-05-09"), Status.PLANNED));
  }

  @Test
  void thisWeekAndLastWeekAreTheDaysOfThoseWeeks() {
    // 2024-05-09 is a Thursday
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 9), null),
        dater.resolve(date("this week", "THIS P1W"), on("2024-05-09"), Status.OCCURRED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 12), null),
        dater.resolve(date("this week", "THIS P1W"), on("2024-05-09"), Status.PLANNED));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 5), null),
        dater.resolve(date("last week", "THIS P1W OFFSET P-1W"), on("2024-05-09"), Status.OCCURRED));
  }

  @Test
  void aMonthThisYearAndATimeOfDay() {
    assertEquals(DateValue.ofMonth(YearMonth.of(2024, 2), null),
        dater.resolve(date("February this year", "THIS P1Y INTERSECT XXXX-02"), on("2024-05-09"), Status.OCCURRED));
    assertEquals(DateValue.ofDay(LocalDate.of(2024, 5, 9), null), dater.resolve(date("10:30 a.m.", "T10:30"), on("2024-05-09"), Status.OCCURRED));
  }

  @Test
  void noNormalizedValueNoDate() {
    assertNull(dater.resolve(date("recently", null), on("2024-05-07"), Status.OCCURRED));
  }
}
