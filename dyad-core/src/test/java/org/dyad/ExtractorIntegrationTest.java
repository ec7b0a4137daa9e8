package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.dyad.kb.Officeholder;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.Basis;
import org.dyad.model.DateValue;
import org.dyad.model.Event;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.dyad.model.Precision;
import org.dyad.model.RawDocument;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The extraction contract, end to end through the facade, on short documents written for these
 * tests. One extractor is shared by every test because loading the language models is slow.
 */
class ExtractorIntegrationTest {
  private static Extractor extractor;

  private static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.create(ExtractorConfig.defaults());
    }
    return extractor;
  }

  // ------------------------------------------------------------------ documents

  private static final String PHONE_CALL =
      " date 2024-05-07 \n"
          + "H.E. Mr. Enrique Manalo, Philippine Secretary of Foreign Affairs, held a telephone conversation with "
          + "Her Excellency Penny Wong, Australian Minister for Foreign Affairs, on May 6.\n"
          + "The two ministers discussed maritime cooperation and the humanitarian situation in Myanmar.\n";

  private static final String PHONE_CALL_DATE_NEAR =
      " date 2024-05-07 \n"
          + "Philippine Secretary of Foreign Affairs Enrique Manalo spoke by telephone on May 6 with Australian Foreign "
          + "Minister Penny Wong about maritime cooperation.\n";

  private static final String MEETING_THREE_SENTENCES =
      " date 2023-10-12 \n"
          + "Singaporean Minister for Foreign Affairs Vivian Balakrishnan met German Foreign Minister Annalena Baerbock "
          + "in Berlin on 11 October 2023.\n"
          + "During the meeting, Minister Balakrishnan and Minister Baerbock reviewed cooperation in renewable energy "
          + "and digital trade.\n"
          + "The two ministers also exchanged views on developments in the Middle East.\n";

  private static final String MOUS_LISTED =
      " date 2024-11-13 \n"
          + "Malaysian Foreign Minister Mohamad Hasan and Thai Foreign Minister Maris Sangiampongsa signed three "
          + "memoranda of understanding in Kuala Lumpur on 12 November 2024.\n"
          + "The MoUs covered halal industry cooperation, cross-border tourism and the prevention of human trafficking.\n";

  private static final String MOUS_INLINE =
      " date 2024-11-13 \n"
          + "Malaysian Foreign Minister Mohamad Hasan and Thai Foreign Minister Maris Sangiampongsa signed an MoU on "
          + "halal industry cooperation, an MoU on cross-border tourism and an agreement on the prevention of human "
          + "trafficking in Kuala Lumpur on 12 November 2024.\n";

  private static final String SEPARATE_CALLS =
      " date 2024-03-05 \n"
          + "PHNOM PENH, March 5 - Lao Prime Minister Sonexay Siphandone arrived in Phnom Penh on Monday for an official visit to Cambodia.\n"
          + "On Tuesday, the Lao Prime Minister paid separate courtesy calls on Cambodian Senate President Hun Sen and Cambodian "
          + "National Assembly President Khuon Sudary.\n";

  private static final String LEADERS_TALKS =
      " date 2024-06-11 \n"
          + "Prime Minister Narendra Modi received his Nepalese counterpart Pushpa Kamal Dahal in New Delhi on Monday.\n"
          + "Later Modi held delegation-level talks with his counterpart on trade and hydropower.\n";

  private static final String LOANS_BY_SUM =
      " date 2023-06-02 \n"
          + "MANILA, June 2 - The Asian Development Bank signed loans with the Philippines on Friday: $250 million for a flood "
          + "control project in Cebu, $90 million for rural roads and a $5 million grant for school meals.\n"
          + "The country also plans a $3 billion purchase of fighter jets.\n";

  private static final String SIGNING_WITNESSED =
      "Staff Reporter, 12 June 2019 09:30, Quito: Ecuador and Peru signed three MoUs on fisheries, tourism and border health.\n"
          + "The signing of the MoUs was witnessed by the two presidents in Lima on Tuesday, June 11.\n";

  private static final String ATTENDED =
      " date 2019-04-02 \n"
          + "Chilean Foreign Minister Roberto Ampuero met Peruvian Foreign Minister Nestor Popolizio in Lima on April 1.\n"
          + "The meeting was attended by Chilean Ambassador Jaime Rodriguez and Peruvian Vice Minister Hugo de Zela.\n"
          + "Ampuero also voiced support for Peru's bid to host the summit of the Pacific Alliance.\n"
          + "Chile will send 20 tonnes of medicine to Peru, Ampuero said.\n";

  private static final String SUBJECTLESS_HEADLINE =
      " date 2010-03-09 \n"
          + "Indonesian President Susilo Bambang Yudhoyono arrived in Canberra on Monday for a state visit to Australia.\n\n"
          + "Meets Rudd\n\n"
          + "Yudhoyono praised the growth of trade and the cooperation against people smuggling.\n";

  private static final String AGREEMENTS_OF_AID =
      " date 2019-05-14 \n"
          + "ACCRA, May 14 - Ghana's finance minister Ken Ofori-Atta signed three agreements with the German development bank KfW.\n"
          + "The first, a loan of €40 million, will finance rural electrification in the Volta region.\n"
          + "A grant of €6 million will support vocational schools in Kumasi.\n"
          + "A third loan of €25 million was signed for the expansion of the water network of Tamale.\n";

  private static final String LOAN =
      " date 2024-03-29 \n"
          + "The Government of Japan has decided to provide an ODA loan of 30 billion yen for the Dhaka Mass Rapid "
          + "Transit Development Project in Bangladesh.\n"
          + "The project will build an elevated railway line to ease traffic congestion in the capital.\n";

  private static final String UPPER_CASE_AND_TYPO =
      " date 2024-06-10 \n"
          + "Japanese Foreign Minister KAMIKAWA Yoko met Philippine Secretary of Foreign Affairs Enrique Manalo in "
          + "Manila on June 9.\n"
          + "Foreign Minister Yoko Kamikava expressed her wish to strengthen coast guard cooperation between the two "
          + "countries.\n";

  private static final String UNDATED =
      "French Minister for Europe and Foreign Affairs Catherine Colonna met British Foreign Secretary James "
          + "Cleverly in Paris.\n"
          + "The two ministers discussed support for Ukraine and cooperation on migration in the Channel.\n";

  private static final String CONFLICT =
      " date 2023-07-20 \n"
          + "Russia accused Ukraine of sabotaging the negotiations on grain exports through the Black Sea.\n"
          + "Moscow also accused Kyiv of violating the humanitarian corridor arrangement.\n";

  private static final String PLANNED_VISIT =
      " date 2024-02-14 \n"
          + "Indonesian Foreign Minister Retno Marsudi will visit Canberra next month, the Ministry of Foreign Affairs "
          + "of Indonesia announced on Wednesday.\n";

  private static final String HOPED_AGREEMENT =
      " date 2024-08-05 \n"
          + "Vietnam hopes to sign an agreement on fisheries cooperation with the Philippines, a spokesperson for the "
          + "Vietnamese Ministry of Foreign Affairs said.\n";

  private static final List<String> ALL =
      List.of(PHONE_CALL, PHONE_CALL_DATE_NEAR, MEETING_THREE_SENTENCES, MOUS_LISTED, MOUS_INLINE, LOAN, UPPER_CASE_AND_TYPO, UNDATED, CONFLICT,
          PLANNED_VISIT, HOPED_AGREEMENT);

  // ------------------------------------------------------------------ helpers

  private static ExtractionRecord extract(String id, String text) throws DocumentException {
    return extractor().extract(new RawDocument(id, "test/" + id + ".txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Event> events(ExtractionRecord r, EventType type) {
    return r.events().stream().filter(e -> e.type() == type).collect(Collectors.toList());
  }

  private static Actor person(ExtractionRecord r, String name) {
    return r.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON && a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name + " among " + r.actors()));
  }

  private static String describe(ExtractionRecord r) {
    return r.events().stream().map(Event::toString).collect(Collectors.joining("\n  ", "events:\n  ", ""));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ tests

  @Test
  void phoneCallBetweenTwoForeignMinisters() throws DocumentException {
    ExtractionRecord r = extract("phone", PHONE_CALL);

    assertNotNull(r.date(), "document date");
    assertEquals("2024-05-07", r.date().value());
    assertEquals(Precision.DAY, r.date().precision());
    assertEquals(Basis.STATED, r.date().basis());

    List<Event> consults = events(r, EventType.CONSULT);
    assertEquals(1, consults.size(), describe(r));
    Event call = consults.get(0);
    assertEquals("phone", call.mode());
    assertEquals(Status.OCCURRED, call.status());
    assertTrue(call.participants().containsAll(List.of("Enrique Manalo", "Penny Wong")), call.participants().toString());

    assertEquals("PHL", person(r, "Enrique Manalo").country());
    assertEquals("AUS", person(r, "Penny Wong").country());
    for (Actor a : r.actors()) {
      String n = lower(a.name());
      assertFalse(n.startsWith("h.e") || n.startsWith("mr") || n.contains("excellency"), "honorific kept in " + a.name());
    }
    assertTrue(
        call.evidence().stream().anyMatch(s -> s.of(r.text()).contains("telephone conversation")),
        "evidence covers the trigger sentence: " + call.evidence());
  }

  @Test
  void phoneCallIsDatedByTheDateAfterAnAppositive() throws DocumentException {
    ExtractionRecord r = extract("phone", PHONE_CALL);
    List<Event> consults = events(r, EventType.CONSULT);
    assertEquals(1, consults.size(), describe(r));
    assertEquals(new DateValue("2024-05-06", Precision.DAY, null), consults.get(0).date());
  }

  @Test
  void phoneCallIsDatedByTheDateNextToIt() throws DocumentException {
    ExtractionRecord r = extract("phone-near", PHONE_CALL_DATE_NEAR);
    List<Event> consults = events(r, EventType.CONSULT);
    assertEquals(1, consults.size(), describe(r));
    Event call = consults.get(0);
    assertEquals("phone", call.mode());
    assertEquals(new DateValue("2024-05-06", Precision.DAY, null), call.date());
    assertTrue(call.participants().containsAll(List.of("Enrique Manalo", "Penny Wong")), call.participants().toString());
  }

  @Test
  void oneMeetingToldInThreeSentencesIsOneEvent() throws DocumentException {
    ExtractionRecord r = extract("meeting", MEETING_THREE_SENTENCES);
    List<Event> consults = events(r, EventType.CONSULT);
    assertEquals(1, consults.size(), describe(r));
    Event meeting = consults.get(0);
    assertEquals(Status.OCCURRED, meeting.status());
    assertTrue(meeting.evidence().size() >= 2, "evidence " + meeting.evidence());
    assertTrue(
        meeting.participants().containsAll(List.of("Vivian Balakrishnan", "Annalena Baerbock")), meeting.participants().toString());
    assertEquals("SGP", person(r, "Vivian Balakrishnan").country());
    assertEquals("DEU", person(r, "Annalena Baerbock").country());
  }

  @Test
  void threeListedMousAreThreeAgreements() throws DocumentException {
    assertThreeMous(extract("mous-listed", MOUS_LISTED));
  }

  @Test
  void listedMousTakeTheDateOfTheSigning() throws DocumentException {
    ExtractionRecord r = extract("mous-listed", MOUS_LISTED);
    List<Event> agree = events(r, EventType.AGREE);
    assertFalse(agree.isEmpty(), describe(r));
    for (Event e : agree) {
      assertEquals(new DateValue("2024-11-12", Precision.DAY, null), e.date(), e.toString());
    }
  }

  @Test
  void threeInstrumentsInOneSentenceAreThreeAgreements() throws DocumentException {
    assertThreeMous(extract("mous-inline", MOUS_INLINE));
  }

  private static void assertThreeMous(ExtractionRecord r) {
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(3, agree.size(), describe(r));
    for (String subject : List.of("halal", "tourism", "human trafficking")) {
      long n = agree.stream().filter(e -> e.title() != null && lower(e.title()).contains(subject)).count();
      assertEquals(1, n, subject + " in " + describe(r));
    }
    for (Event e : agree) {
      assertEquals(Status.OCCURRED, e.status());
      assertFalse(e.title().contains("Kuala Lumpur"), "the place is not part of the title: " + e.title());
    }
  }

  @Test
  void loanWithAmountGiverAndReceiver() throws DocumentException {
    ExtractionRecord r = extract("loan", LOAN);
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    Event loan = aid.get(0);
    assertEquals("loan", loan.mode());
    assertNotNull(loan.amount(), "amount");
    assertEquals(0, new BigDecimal("30000000000").compareTo(loan.amount().value()), loan.amount().toString());
    assertEquals("JPY", loan.amount().currency());
    assertEquals(List.of("JPN"), loan.source());
    assertTrue(loan.target().contains("BGD"), loan.target().toString());
  }

  @Test
  void upperCaseSurnameAndTypoAreOnePerson() throws DocumentException {
    ExtractionRecord r = extract("typo", UPPER_CASE_AND_TYPO);
    List<Actor> kamikawa =
        r.actors().stream()
            .filter(a -> a.kind() == ActorKind.PERSON && lower(a.name()).matches(".*kamika[wv]a.*"))
            .collect(Collectors.toList());
    assertEquals(1, kamikawa.size(), r.actors().toString());
    Actor a = kamikawa.get(0);
    assertEquals(Set.of("Yoko", "Kamikawa"), Set.of(a.name().split(" ")), a.name());
    assertEquals("JPN", a.country());
    assertEquals("PHL", person(r, "Enrique Manalo").country());
  }

  @Test
  void undatedDocumentIsDatedInsideTheOverlapOfTheTerms() throws DocumentException {
    KnowledgeBase kb = KnowledgeBase.standard();
    LocalDate[] colonna = foreignMinisterTerm(kb, "Catherine Colonna");
    LocalDate[] cleverly = foreignMinisterTerm(kb, "James Cleverly");
    LocalDate lo = colonna[0].isAfter(cleverly[0]) ? colonna[0] : cleverly[0];
    LocalDate hi = colonna[1].isBefore(cleverly[1]) ? colonna[1] : cleverly[1];
    assertTrue(lo.isBefore(hi), "the two terms overlap");

    ExtractionRecord r = extract("undated", UNDATED);
    DateValue d = r.date();
    assertNotNull(d, "an inferred document date");
    assertEquals(Basis.INFERRED, d.basis());
    assertFalse(d.firstDay().isBefore(lo), d + " starts before " + lo);
    assertFalse(d.lastDay().isAfter(hi), d + " ends after " + hi);
  }

  private static LocalDate[] foreignMinisterTerm(KnowledgeBase kb, String name) {
    List<Officeholder> terms =
        kb.byName(name).stream().filter(o -> o.office() == Office.FOREIGN_MINISTER).collect(Collectors.toList());
    assertFalse(terms.isEmpty(), name + " is in the knowledge base");
    assertTrue(terms.stream().allMatch(o -> o.end() != null), name + "'s term has ended");
    LocalDate first = terms.stream().map(Officeholder::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = terms.stream().map(Officeholder::end).max(LocalDate::compareTo).orElseThrow();
    return new LocalDate[] {first, last};
  }

  @Test
  void accusationsAreNotCooperation() throws DocumentException {
    ExtractionRecord r = extract("conflict", CONFLICT);
    for (Event e : r.events()) {
      assertFalse(
          Set.of(EventType.CONSULT, EventType.AGREE, EventType.AID).contains(e.type()) && e.status() == Status.OCCURRED,
          "occurred cooperation in a conflict text: " + e);
    }
  }

  @Test
  void willVisitNextMonthIsAPlannedVisit() throws DocumentException {
    ExtractionRecord r = extract("planned", PLANNED_VISIT);
    List<Event> consults = events(r, EventType.CONSULT);
    assertTrue(
        consults.stream().anyMatch(e -> "visit".equals(e.mode()) && e.status() == Status.PLANNED), describe(r));
    assertTrue(consults.stream().noneMatch(e -> e.status() == Status.OCCURRED), describe(r));
    Event visit = consults.stream().filter(e -> "visit".equals(e.mode())).findFirst().orElseThrow();
    assertTrue(visit.participants().contains("Retno Marsudi"), visit.participants().toString());
    if (visit.date() != null) {
      assertEquals(new DateValue("2024-03", Precision.MONTH, null), visit.date());
    }
  }

  @Test
  void hopesToSignIsHoped() throws DocumentException {
    ExtractionRecord r = extract("hoped", HOPED_AGREEMENT);
    for (Event e : events(r, EventType.AGREE)) {
      assertEquals(Status.HOPED, e.status(), e.toString());
    }
  }

  @Test
  void evidenceAndParticipantsAreConsistentInEveryRecord() throws DocumentException {
    int events = 0;
    for (int i = 0; i < ALL.size(); i++) {
      ExtractionRecord r = extract("doc" + i, ALL.get(i));
      Set<String> names = new HashSet<>();
      for (Actor a : r.actors()) {
        names.add(a.name());
      }
      for (Event e : r.events()) {
        events++;
        assertFalse(e.evidence().isEmpty());
        for (Span s : e.evidence()) {
          assertTrue(s.end() <= r.text().length() && s.end() > s.start(), "span " + s + " in doc" + i);
          assertFalse(s.of(r.text()).isBlank(), "blank span " + s + " in doc" + i);
        }
        for (String p : e.participants()) {
          assertTrue(names.contains(p), "participant " + p + " of " + e + " is not an actor of doc" + i + ": " + names);
        }
        List<String> codes = new ArrayList<>(e.source());
        codes.addAll(e.target());
        for (String c : codes) {
          assertTrue(c.matches("[A-Z]{3}|ASEAN|EU"), "country code " + c);
        }
      }
    }
    assertTrue(events >= ALL.size(), "the documents yield events at all: " + events);
  }

  @Test
  void emptyInputNamesTheSource() {
    DocumentException e =
        assertThrows(DocumentException.class, () -> extractor().extract(new RawDocument("empty", "in/empty.txt", new byte[0])));
    assertTrue(e.getMessage().contains("in/empty.txt"), e.getMessage());
  }

  @Test
  void whitespaceOnlyInputNamesTheSource() {
    byte[] b = " \n\t \n".getBytes(StandardCharsets.UTF_8);
    DocumentException e = assertThrows(DocumentException.class, () -> extractor().extract(new RawDocument("blank", "in/blank.txt", b)));
    assertTrue(e.getMessage().contains("in/blank.txt"), e.getMessage());
  }

  @Test
  void binaryInputNamesTheSource() {
    byte[] b = {'P', 'K', 3, 4, 0, 0, 'x', 'y'};
    DocumentException e = assertThrows(DocumentException.class, () -> extractor().extract(new RawDocument("zip", "in/archive.txt", b)));
    assertTrue(e.getMessage().contains("in/archive.txt"), e.getMessage());
  }

  @Test
  void legacyEncodingIsReadAndADamagedPdfNamesTheSource() throws DocumentException {
    // refused as "not valid UTF-8" before the input formats of issue 9
    byte[] latin1 = "Ministre des Affaires \u00e9trang\u00e8res".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "Ministre des Affaires \u00e9trang\u00e8res", extractor().extract(new RawDocument("latin1", "in/latin1.txt", latin1)).text());
    byte[] pdf = "%PDF-1.4\ngarbage".getBytes(StandardCharsets.US_ASCII);
    DocumentException e =
        assertThrows(DocumentException.class, () -> extractor().extract(new RawDocument("bad", "in/bad.pdf", pdf)));
    assertTrue(e.getMessage().startsWith("in/bad.pdf: not a readable PDF"), e.getMessage());
  }

  @Test
  void tooLongInputIsRefusedNamingTheSource() {
    byte[] b = "a".repeat(ExtractorConfig.defaults().maxChars() + 1).getBytes(StandardCharsets.UTF_8);
    DocumentException e = assertThrows(DocumentException.class, () -> extractor().extract(new RawDocument("long", "in/long.txt", b)));
    assertTrue(e.getMessage().contains("in/long.txt"), e.getMessage());
  }

  @Test
  void separateCourtesyCallsAreOneEventPerHost() throws DocumentException {
    ExtractionRecord r = extract("separate", SEPARATE_CALLS);
    List<Event> meetings = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("meeting")).toList();
    assertEquals(2, meetings.size(), describe(r));
    for (String host : List.of("Hun Sen", "Khuon Sudary")) {
      assertEquals(1, meetings.stream().filter(e -> e.participants().containsAll(List.of(host, "Sonexay Siphandone"))).count(), describe(r));
    }
  }

  @Test
  void talksWithAnUnnamedCounterpartTakeTheOtherSide() throws DocumentException {
    ExtractionRecord r = extract("talks", LEADERS_TALKS);
    List<Event> consults = events(r, EventType.CONSULT);
    assertFalse(consults.isEmpty(), describe(r));
    for (Event e : consults) {
      assertTrue(e.participants().containsAll(List.of("Narendra Modi", "Pushpa Kamal Dahal")), describe(r));
    }
  }

  @Test
  void everySumOfAidIsAnItemAndAPurchaseIsNot() throws DocumentException {
    ExtractionRecord r = extract("loans", LOANS_BY_SUM);
    List<Event> aid = events(r, EventType.AID);
    assertEquals(3, aid.size(), describe(r));
    java.util.Map<Long, Event> bySum = new java.util.HashMap<>();
    for (Event e : aid) {
      bySum.put(e.amount().value().longValueExact(), e);
      assertEquals("USD", e.amount().currency());
      assertEquals(List.of("PHL"), e.target(), describe(r));
    }
    assertEquals(java.util.Set.of(250_000_000L, 90_000_000L, 5_000_000L), bySum.keySet());
    assertEquals("loan", bySum.get(90_000_000L).mode());
    assertEquals("grant", bySum.get(5_000_000L).mode());
    assertEquals("rural roads", bySum.get(90_000_000L).title());
    assertEquals("school meals", bySum.get(5_000_000L).title());
  }

  @Test
  void instrumentsTakeTheSigningsOwnDateNotTheBylines() throws DocumentException {
    ExtractionRecord r = extract("witnessed", SIGNING_WITNESSED);
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(3, agree.size(), describe(r));
    for (Event e : agree) {
      assertEquals(new DateValue("2019-06-11", Precision.DAY, null), e.date(), describe(r));
    }
  }

  @Test
  void whoAttendedAMeetingJoinsThatMeetingAndASummitMentionIsNoEvent() throws DocumentException {
    ExtractionRecord r = extract("attended", ATTENDED);
    List<Event> consults = events(r, EventType.CONSULT);
    assertEquals(1, consults.size(), describe(r));
    assertTrue(consults.get(0).participants().containsAll(List.of("Roberto Ampuero", "Nestor Popolizio")), describe(r));
    assertEquals(2, consults.get(0).evidence().size(), describe(r));
  }

  @Test
  void aidGivenByAVerbIsTitledByWhatIsGiven() throws DocumentException {
    ExtractionRecord r = extract("attended", ATTENDED);
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("20 tonnes of medicine", aid.get(0).title(), describe(r));
    assertEquals(List.of("CHL"), aid.get(0).source(), describe(r));
    assertEquals(List.of("PER"), aid.get(0).target(), describe(r));
  }

  @Test
  void aHeadlineWithoutItsSubjectIsAboutTheReportsProtagonist() throws DocumentException {
    ExtractionRecord r = extract("meets", SUBJECTLESS_HEADLINE);
    List<Event> meetings = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("meeting")).toList();
    assertEquals(1, meetings.size(), describe(r));
    assertTrue(meetings.get(0).participants().containsAll(List.of("Susilo Bambang Yudhoyono", "Kevin Rudd")), describe(r));
  }

  @Test
  void agreementsNamedOnlyByTheirAidAreOnePerItem() throws DocumentException {
    ExtractionRecord r = extract("kfw", AGREEMENTS_OF_AID);
    assertEquals(3, events(r, EventType.AID).size(), describe(r));
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(3, agree.size(), describe(r));
    for (String subject : List.of("electrification", "vocational", "water network")) {
      assertEquals(1, agree.stream().filter(e -> e.title().contains(subject)).count(), subject + " in " + describe(r));
    }
  }

  @Test
  void aidHandedOverYesterdayIsDatedTheDayBefore() throws DocumentException {
    ExtractionRecord r = extract("handed-over", " date 2024-03-20 \nSuva: The Government of Japan yesterday handed over to the Fijian "
        + "health ministry a consignment of medical equipment worth about 50 million yen.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(new DateValue("2024-03-19", Precision.DAY, null), aid.get(0).date(), describe(r));
  }

  @Test
  void aDateOpeningTheSentenceDatesTheGrantOfItsCeremony() throws DocumentException {
    ExtractionRecord r = extract("ceremony", "Apia, 14 March 2024 - On 12 March, the Government of New Zealand and the Government of "
        + "Samoa held a ceremony at the Ministry of Foreign Affairs for the exchange of notes on a grant of NZ$ 5 million for the "
        + "rebuilding of rural schools.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(new DateValue("2024-03-12", Precision.DAY, null), aid.get(0).date(), describe(r));
  }

  @Test
  void theCeremonyReferredBackToDatesTheGrantItWasFor() throws DocumentException {
    ExtractionRecord r = extract("ceremony-after", "Honiara, 15 March 2024 (Press Office): On Tuesday, 12 March 2024, a signing ceremony took "
        + "place at the Ministry of Finance between the Ambassador of Japan and the Minister of Finance.\nThe ceremony was on a "
        + "grant of 300 million yen for new school buildings in the provinces.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(new DateValue("2024-03-12", Precision.DAY, null), aid.get(0).date(), describe(r));
  }

  @Test
  void aPublicationStampBesideTheHeadlineDoesNotDateThePlannedTalks() throws DocumentException {
    ExtractionRecord r = extract("stamp", "Ministers to hold talks in Canberra By Wire Service Published : Oct. 5, 2022 - 22:10\n"
        + "Australian Foreign Minister Penny Wong and Japanese Foreign Minister Yoshimasa Hayashi will hold talks in Canberra next "
        + "week, the ministry said.\n");
    assertEquals(new DateValue("2022-10-05", Precision.DAY, Basis.STATED), r.date());
    List<Event> talks = events(r, EventType.CONSULT);
    assertEquals(1, talks.size(), describe(r));
    assertEquals(DateValue.ofPeriod(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 16), null), talks.get(0).date(), describe(r));
  }

  @Test
  void aReceptionUponArrivalTakesTheDayOfTheArrival() throws DocumentException {
    ExtractionRecord r = extract("arrival", " date 2024-03-20 \nThe Malaysian delegation led by Prime Minister Anwar Ibrahim arrived "
        + "in Hanoi yesterday morning for a two-day official visit to Vietnam.\nUpon arrival, Prime Minister Anwar Ibrahim was received "
        + "by President Vo Van Thuong at the Presidential Palace.\nThis afternoon, Prime Minister Anwar Ibrahim held talks with Prime "
        + "Minister Pham Minh Chinh.\n");
    List<Event> meetings = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("meeting")).toList();
    assertEquals(2, meetings.size(), describe(r));
    assertEquals(new DateValue("2024-03-19", Precision.DAY, null),
        meetings.stream().filter(e -> e.participants().contains("Vo Van Thuong")).findFirst().orElseThrow().date(), describe(r));
    assertEquals(new DateValue("2024-03-20", Precision.DAY, null),
        meetings.stream().filter(e -> e.participants().contains("Pham Minh Chinh")).findFirst().orElseThrow().date(), describe(r));
  }

  @Test
  void aRepostedReleasesTodayDatesItsCall() throws DocumentException {
    ExtractionRecord r = extract("repost", " date 2021-05-05 \nThe following press release was issued by the Ministry of Foreign "
        + "Affairs of Japan on 3 May 2021.\nToday, Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a telephone "
        + "talk with Senator the Hon. Marise Payne, Minister for Foreign Affairs of Australia.\n");
    assertEquals(new DateValue("2021-05-05", Precision.DAY, Basis.STATED), r.date());
    List<Event> calls = events(r, EventType.CONSULT);
    assertEquals(1, calls.size(), describe(r));
    assertEquals(new DateValue("2021-05-03", Precision.DAY, null), calls.get(0).date(), describe(r));
  }

  @Test
  void memorandaListedAsSignedWereSignedWhateverTheirPurpose() throws DocumentException {
    // "MoU to expand ... MoU signed between ...": the purpose's infinitive does not make the next signing a plan
    ExtractionRecord r = extract("mous-run-on", " date 2024-03-20 \nNew Zealand and Samoa on Tuesday signed three memoranda of "
        + "understanding in Apia.\n\nMemoranda signed\n\nMoU to expand joint research on marine science MoU signed between the "
        + "Ministry of Health of New Zealand and the Ministry of Health of Samoa on nurse training MoU signed between the national "
        + "libraries of both countries on digital archives\n");
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(3, agree.size(), describe(r));
    for (Event e : agree) {
      assertEquals(Status.OCCURRED, e.status(), describe(r));
      assertEquals(new DateValue("2024-03-19", Precision.DAY, null), e.date(), describe(r));
    }
  }

  @Test
  void aPlannedVisitOfNobodyNamedIsNoEvent() throws DocumentException {
    ExtractionRecord r =
        extract("team", " date 2016-12-17 \nA team of Chinese engineers will arrive in Ukraine next week to train local rescuers.\n");
    assertEquals(List.of(), events(r, EventType.CONSULT), describe(r));
  }

  @Test
  void aNamedAidProgrammeKeepsItsWholeName() throws DocumentException {
    ExtractionRecord r = extract("npga",
        " date 2015-06-03 \nJapan and Tonga held a ceremony for the Non-Project Grant Aid for the Provision of Medical Equipment in Nuku'alofa.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("Non-Project Grant Aid for the Provision of Medical Equipment", aid.get(0).title(), describe(r));
  }

  @Test
  void leadersWhoWitnessASigningTogetherHaveMet() throws DocumentException {
    ExtractionRecord r = extract("witness", " date 2019-03-12 \nThe signing of two accords on railways was witnessed by Chilean President "
        + "Sebastian Pinera and Peruvian President Martin Vizcarra in Lima on Monday.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(1, meetings.size(), describe(r));
    assertTrue(meetings.get(0).participants().containsAll(List.of("Sebastian Pinera", "Martin Vizcarra")), describe(r));
    assertEquals(2, events(r, EventType.AGREE).size(), describe(r));
  }

  @Test
  void aHeadlineCountOverNamedInstrumentsIsASummary() throws DocumentException {
    ExtractionRecord r = extract("summary", " date 2019-03-12 \nChile, Peru sign two MoUs for cooperation in many sectors\n\n"
        + "Chile and Peru on Monday signed an MoU on fisheries and an MoU on port management in Lima.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("MoU on fisheries", "MoU on port management"), titles, describe(r));
  }

  @Test
  void aMeetingOfOneSideOnlyIsNoEvent() throws DocumentException {
    ExtractionRecord r = extract("oneside", " date 2019-03-12 \nChilean President Sebastian Pinera held a meeting with his cabinet on Monday.\n");
    assertEquals(List.of(), events(r, EventType.CONSULT), describe(r));
    ExtractionRecord two = extract("twosides", " date 2019-03-12 \nChilean President Sebastian Pinera met the Ambassador of Peru on Monday.\n");
    assertEquals(1, events(two, EventType.CONSULT).size(), describe(two));
  }

  @Test
  void whoTellsOfAVisitIsNotItsVisitor() throws DocumentException {
    ExtractionRecord r = extract("teller", " date 2019-03-12 \nChilean Foreign Minister Roberto Ampuero said on Monday that President "
        + "Sebastian Pinera would visit Peru next week.\n");
    List<Event> visits = events(r, EventType.CONSULT);
    assertEquals(1, visits.size(), describe(r));
    assertEquals(List.of("Sebastian Pinera"), visits.get(0).participants(), describe(r));
  }

  @Test
  void theSourceOfTheNewsAndTheSentencesOwnPartiesShapeAPlannedSigning() throws DocumentException {
    ExtractionRecord r = extract("agenda", " date 2019-03-12 \nPeru hosts a summit as Peru chairs the Andean bloc. Peru welcomes the leaders of Chile and Bolivia to Peru.\n\nAt today's summit, Chile "
        + "and Bolivia are set to sign an agreement on water sharing, according to a schedule obtained by the Andean Times.\n");
    List<Event> agreements = events(r, EventType.AGREE);
    assertEquals(1, agreements.size(), describe(r));
    assertEquals(List.of(), agreements.get(0).participants(), describe(r));
    assertEquals(List.of("CHL", "BOL"), agreements.get(0).source(), describe(r));
  }

  @Test
  void theSumsOfAPackageTakeItsDate() throws DocumentException {
    ExtractionRecord r = extract("package", "Norway lends Kenya NOK 900 million for three projects\n\nOn 4 March 2021, Norway signed loan "
        + "agreements with Kenya to provide loans of up to NOK 900 million for three projects.\n\nProjects:\n\n"
        + "1. Rural Water Supply Project\n\nLoan amount: NOK 300 million\n\n2. Coastal Road Project\n\nLoan amount: NOK 450 million\n");
    List<Event> aid = events(r, EventType.AID);
    assertTrue(aid.size() >= 2, describe(r));
    for (Event e : aid) {
      assertNotNull(e.date(), describe(r));
      assertEquals("2021-03-04", e.date().value(), describe(r));
    }
  }

  @Test
  void aDatelineDoesNotDateTheEventItsSentenceTellsOf() throws DocumentException {
    ExtractionRecord r = extract("dateline", "Ministers' telephone call\n\nLIMA, May 11, 2020 /Wire/ -- Peruvian Foreign Minister Gustavo "
        + "Meza-Cuadra spoke by telephone with Chilean Foreign Minister Teodoro Ribera about the pandemic and regional trade on 28 April 2020.\n");
    assertEquals("2020-05-11", r.date().value(), describe(r));
    List<Event> calls = events(r, EventType.CONSULT);
    assertEquals(1, calls.size(), describe(r));
    assertEquals("2020-04-28", calls.get(0).date().value(), describe(r));
  }

  @Test
  void leadersWhoPresideOverASigningMeetOnItsDay() throws DocumentException {
    ExtractionRecord r = extract("preside", " date 2019-03-14 \nChile and Peru on Tuesday signed four accords. Chilean President Sebastian "
        + "Pinera and Peruvian President Martin Vizcarra presided over the signing of two accords on railways.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(1, meetings.size(), describe(r));
    assertEquals("2019-03-12", meetings.get(0).date().value(), describe(r));
  }

  @Test
  void aPartnershipUpgradeToldAsANounIsAnAgreement() throws DocumentException {
    ExtractionRecord r = extract("upgrade", " date 2019-03-14 \nChilean President Sebastian Pinera said his talks with Peruvian President "
        + "Martin Vizcarra in Lima marked the beginning of a \"comprehensive strategic partnership\" between the two countries.\n");
    List<Event> agreements = events(r, EventType.AGREE);
    assertEquals(1, agreements.size(), describe(r));
    assertEquals("comprehensive strategic partnership", agreements.get(0).title(), describe(r));
    // a partnership without a qualifier is no upgrade
    ExtractionRecord plain = extract("plain", " date 2019-03-14 \nThe two ministers discussed the beginning of a partnership on water.\n");
    assertEquals(List.of(), events(plain, EventType.AGREE), describe(plain));
  }

  @Test
  void theShortFormOfANamedInstrumentIsThatInstrument() throws DocumentException {
    ExtractionRecord r = extract("notes", "January 13, 2014\n\nOn December 26, 2013, Japan and Chile held a signing ceremony for the Exchange "
        + "of Notes for a Grant Aid for the Provision of Fishing Equipment. This is the second signing ceremony for the Exchange of Notes "
        + "this year. The Exchange of Notes took place at the Ministry of Foreign Affairs.\n");
    List<Event> agreements = events(r, EventType.AGREE);
    assertEquals(1, agreements.size(), describe(r));
    assertEquals("2013-12-26", agreements.get(0).date().value(), describe(r));
  }

  @Test
  void oneSumTwiceInOneSentenceIsOneItemOfAid() throws DocumentException {
    ExtractionRecord r = extract("onesum", "Chile grants 5 mln USD worth of fire engines to Peru Wire, March 14, 2019\nThe Chilean government on "
        + "Wednesday donated Peru a batch of fire engines worth 5 million U.S. dollars.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertFalse(aid.get(0).target().contains("USA"), describe(r));
  }

  @Test
  void whoSpeaksAfterAQuoteIsNoParticipant() throws DocumentException {
    ExtractionRecord r = extract("quote", " date 2019-03-12 \n\u201cThe forum will bring Chilean and Peruvian leaders together in Lima "
        + "for talks on trade,\u201d said Mr Ricardo Soto.\n");
    assertTrue(events(r, EventType.CONSULT).stream().noneMatch(e -> e.participants().contains("Ricardo Soto")), describe(r));
  }

  @Test
  void anEventOfARepostWithoutADateOfItsOwnHasTheReleasesDay() throws DocumentException {
    ExtractionRecord r = extract("repost-undated", " date 2021-05-05 \nChilean President Sebastian Pinera met Peruvian President Martin "
        + "Vizcarra in Lima.\n\nThe Ministry of Foreign Affairs published this content on 3 May 2021 and is solely responsible for the "
        + "information contained therein.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(1, meetings.size(), describe(r));
    assertEquals("2021-05-03", meetings.get(0).date().value(), describe(r));
  }

  @Test
  void twoVisitsOfTwoVisitorsStayApart() throws DocumentException {
    ExtractionRecord r = extract("visits", " date 2019-10-12 \nChilean President Sebastian Pinera received the visiting Peruvian President "
        + "Martin Vizcarra in Santiago this morning. Vizcarra recalled Pinera's visit to Peru.\n");
    List<Event> visits = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("visit")).toList();
    assertEquals(2, visits.size(), describe(r));
  }

  @Test
  void aidGivenInTheSimplePastIsNewsOfTheReportsDay() throws DocumentException {
    ExtractionRecord r = extract("given", " date 2019-03-12 \nNorway provided a grant of NOK 5 million to Kenya for rural schools.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("2019-03-12", aid.get(0).date().value(), describe(r));
    ExtractionRecord old = extract("given-before", " date 2019-03-12 \nNorway has provided a grant of NOK 5 million to Kenya for rural "
        + "schools.\n");
    List<Event> before = events(old, EventType.AID);
    assertEquals(1, before.size(), describe(old));
    assertNull(before.get(0).date(), describe(old));
  }

  @Test
  void aidWithoutAReceiverOrToldAgainIsNoNewAid() throws DocumentException {
    ExtractionRecord praise = extract("praise", " date 2019-03-12 \nThe minister lauded Chile's humanitarian initiatives and its role in "
        + "providing urgent relief to communities in need.\n");
    assertEquals(List.of(), events(praise, EventType.AID), describe(praise));
    ExtractionRecord again = extract("again", " date 2019-03-12 \nChile donated fire engines worth 5 million U.S. dollars to Peru on "
        + "Monday. Chilean experts will teach Peruvian firefighters how to operate the donated equipment.\n");
    assertEquals(1, events(again, EventType.AID).size(), describe(again));
    ExtractionRecord sent = extract("sent", " date 2019-03-12 \nChile sent medical supplies to Peru on Monday.\n");
    assertEquals(1, events(sent, EventType.AID).size(), describe(sent));
  }

  @Test
  void talksWithAListOfPeopleAreAMeetingWithEach() throws DocumentException {
    ExtractionRecord r = extract("talks-list", " date 2019-03-12 \nChilean Foreign Minister Roberto Ampuero held talks in Lima today with "
        + "Peruvian President Martin Vizcarra, Peruvian Foreign Minister Nestor Popolizio, former President Ollanta Humala, and "
        + "business leaders.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(3, meetings.size(), describe(r));
    assertTrue(meetings.stream().allMatch(e -> e.participants().size() == 2 && e.participants().contains("Roberto Ampuero")), describe(r));
    // two counterparts are one meeting
    ExtractionRecord two = extract("talks-two", " date 2019-03-12 \nChilean Foreign Minister Roberto Ampuero held talks in Lima today "
        + "with Peruvian President Martin Vizcarra and Peruvian Foreign Minister Nestor Popolizio.\n");
    assertEquals(1, events(two, EventType.CONSULT).size(), describe(two));
  }

  @Test
  void instrumentsToldByOrdinalAreOneEach() throws DocumentException {
    ExtractionRecord r = extract("ordinal", " date 2019-03-12 \nChile and Peru signed two agreements in Lima on Monday. The first agreement "
        + "covers the joint monitoring of fisheries in border waters, while the second covers the training of customs officers.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("agreement on the joint monitoring of fisheries in border waters", "agreement on the training of customs officers"),
        titles, describe(r));
  }

  @Test
  void aBodyThatAlsoMetTheMinisterIsAnotherMeeting() throws DocumentException {
    ExtractionRecord r = extract("bodies", " date 2019-03-12 \nThe Minister of Foreign Affairs of Chile, Dr. Roberto Ampuero, on Monday "
        + "received the Ambassador of Peru, Nestor Popolizio, in his office in Santiago.\nThe World Food Programme officials also held "
        + "audience with the Minister.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(2, meetings.size(), describe(r));
    assertTrue(meetings.stream().anyMatch(e -> e.participants().equals(List.of("Roberto Ampuero", "World Food Programme"))), describe(r));
  }

  @Test
  void instrumentsListedAfterTheyIncludedAreOneEach() throws DocumentException {
    ExtractionRecord r = extract("included", " date 2019-03-12 \nSeveral MoUs were signed in Lima on Monday. These included MoUs between; "
        + "the Diplomatic Academy of Chile and the Diplomatic School of Peru, in the field of Mining Safety between the Ministry of Mines "
        + "of Chile and the Ministry of Energy of Peru, Cooperation on Border Health Posts between the two Ministries of Health.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("MoU between the Diplomatic Academy of Chile and the Diplomatic School of Peru", "MoU in the field of Mining Safety",
        "MoU on Cooperation on Border Health Posts"), titles, describe(r));
  }

  @Test
  void aSigningCeremonyNamedOnlyByItsAidIsTheAgreementOfThatAid() throws DocumentException {
    ExtractionRecord r = extract("ceremony", " date 2019-03-12 \nOn Monday, March 11, 2019, a signing ceremony took place in Lima between "
        + "Peruvian Foreign Minister Nestor Popolizio and the Ambassador of Chile, Roberto Ampuero. The ceremony was on a grant of "
        + "5 million US dollars from Chile to Peru for school buses.\n");
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(1, agree.size(), describe(r));
    assertEquals("grant agreement between Chile and Peru", agree.get(0).title(), describe(r));
    assertEquals(LocalDate.of(2019, 3, 11), agree.get(0).date().firstDay(), describe(r));
    // a ceremony whose aid the text does not tie to it signs nothing Dyad can name
    ExtractionRecord loose = extract("ceremony-loose", " date 2019-03-12 \nOn Monday a signing ceremony took place in Lima between Peruvian "
        + "Foreign Minister Nestor Popolizio and the Ambassador of Chile, Roberto Ampuero. Chile has given 5 million US dollars to Peru "
        + "for school buses since 2015.\n");
    assertEquals(List.of(), events(loose, EventType.AGREE), describe(loose));
  }

  @Test
  void aWelcomeOfAPersonIsAMeetingAndAWelcomeOfADecisionIsNot() throws DocumentException {
    ExtractionRecord warm = extract("welcome", " date 2019-03-12 \nChilean President Sebastian Pinera gave a warm welcome on Monday to "
        + "Peruvian leader Martin Vizcarra in Santiago.\n");
    List<Event> met = events(warm, EventType.CONSULT);
    assertEquals(1, met.size(), describe(warm));
    assertEquals(List.of("Sebastian Pinera", "Martin Vizcarra"), met.get(0).participants(), describe(warm));
    ExtractionRecord decision = extract("welcome-decision", " date 2019-03-12 \nChilean President Sebastian Pinera welcomed the decision "
        + "of Peruvian President Martin Vizcarra to lower tariffs. He also welcomed Martin Vizcarra's proposal on fisheries.\n");
    assertEquals(List.of(), events(decision, EventType.CONSULT), describe(decision));
  }

  @Test
  void moneyMisusedIsNoAid() throws DocumentException {
    ExtractionRecord r = extract("misuse", " date 2019-03-12 \nThe former minister has been accused of misusing up to 40 million US dollars "
        + "in public funds meant for flood relief.\n");
    assertEquals(List.of(), events(r, EventType.AID), describe(r));
  }

  @Test
  void summitsNamedByTheirMembersAreOneEach() throws DocumentException {
    ExtractionRecord r = extract("summits", " date 2019-03-12 \nLeaders gathered in Lima today for the Chile-Peru-Bolivia and the "
        + "Chile-Peru-Ecuador-Colombia summits on trade.\n");
    List<String> titles = events(r, EventType.CONSULT).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("Chile-Peru-Bolivia summit", "Chile-Peru-Ecuador-Colombia summit"), titles, describe(r));
    // summits told by number or kind name no one summit
    ExtractionRecord plain = extract("summits-plain", " date 2019-03-12 \nLeaders gathered in Lima today for two days of regional summits.\n");
    assertEquals(List.of(), events(plain, EventType.CONSULT), describe(plain));
  }

  @Test
  void aidThatFundsANamedProjectIsNamedByIt() throws DocumentException {
    ExtractionRecord r = extract("funded", " date 2019-03-12 \nThe Ambassador listed the results of the partnership, among which is the "
        + "Arica Coastal Road Project, which is funded by grant aid from the European Union and Spain.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("Arica Coastal Road Project", aid.get(0).title(), describe(r));
    assertTrue(aid.get(0).participants().stream().noneMatch(p -> p.endsWith("Project")), describe(r));
  }

  @Test
  void aSummitNamedByItsBodyIsTitledByIt() throws DocumentException {
    ExtractionRecord r = extract("cis", " date 2019-03-12 \nThe two presidents discussed preparations for the ANDEAN summit in Lima "
        + "next week.\n");
    List<Event> summits = events(r, EventType.CONSULT);
    assertEquals(1, summits.size(), describe(r));
    assertEquals("ANDEAN summit", summits.get(0).title(), describe(r));
    assertEquals(org.dyad.model.Status.PLANNED, summits.get(0).status(), describe(r));
  }

  @Test
  void aidNamedInQuotationMarksTakesThatName() throws DocumentException {
    ExtractionRecord r = extract("quoted-aid", " date 2019-03-12 \nThe two ministers signed the Exchange of Notes concerning the grant aid "
        + "\"The Project for the Improvement of Water Supply in Arica\" (grant amount: 1.5 billion yen).\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("The Project for the Improvement of Water Supply in Arica", aid.get(0).title(), describe(r));
  }

  @Test
  void aNamedMeetingWithNoOneAndNoCountryIsNoEvent() throws DocumentException {
    ExtractionRecord r = extract("no-one", " date 2019-03-12 \nThird Country Consultations will start immediately.\n");
    assertEquals(List.of(), events(r, EventType.CONSULT), describe(r));
  }

  @Test
  void aCreditWithItsSumIsAid() throws DocumentException {
    ExtractionRecord r = extract("credit", " date 2019-03-12 \nThe World Bank's Board of Executive Directors today approved a $120 million "
        + "credit from the International Development Association to help Bolivia improve rural roads.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(List.of("BOL"), aid.get(0).target(), describe(r));
  }

  @Test
  void goodsHandedOverAreAidAndTheirLaterMentionIsTheSameAid() throws DocumentException {
    ExtractionRecord r = extract("handover", " date 2019-03-12 \nThe Government of Chile has handed over 30 fire trucks to the Ministry of "
        + "Interior of Peru. The Chilean Ambassador handed over the keys to the Minister on Monday. The trucks, worth about US$4 million, "
        + "were bought under a grant from the Chilean cooperation agency.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(new java.math.BigDecimal("4000000"), aid.get(0).amount().value(), describe(r));
    assertEquals(List.of("PER"), aid.get(0).target(), describe(r));
    // an envoy's credentials are no gift
    ExtractionRecord creds = extract("credentials", " date 2019-03-12 \nThe new Ambassador of Chile handed over his credentials to the "
        + "President of Peru on Monday.\n");
    assertEquals(List.of(), events(creds, EventType.AID), describe(creds));
  }

  @Test
  void receivingACallIsTheCallNotAMeeting() throws DocumentException {
    ExtractionRecord r = extract("receives-call", " date 2019-03-12 \nChilean President receives phone call from Peruvian President\n\n"
        + "President Sebastian Pinera received a phone call today from President Martin Vizcarra of Peru.\n");
    List<Event> calls = events(r, EventType.CONSULT);
    assertEquals(1, calls.size(), describe(r));
    assertEquals("phone", calls.get(0).mode(), describe(r));
  }

  @Test
  void talksOfTheReportsDayAreNotAMeetingOfLastMonth() throws DocumentException {
    ExtractionRecord r = extract("apart", " date 2019-03-12 \nChilean Foreign Minister Roberto Ampuero held talks with Peruvian Foreign "
        + "Minister Nestor Popolizio in Santiago. Last month, the two countries also held the 5th meeting of the Joint Commission in Lima.\n");
    List<Event> talks = events(r, EventType.CONSULT).stream().filter(e -> e.participants().contains("Roberto Ampuero")).toList();
    assertEquals(1, talks.size(), describe(r));
    assertEquals(LocalDate.of(2019, 3, 12), talks.get(0).date().firstDay(), describe(r));
  }

  @Test
  void theTwoCountriesThatSignAreThePairToldJustBefore() throws DocumentException {
    ExtractionRecord r = extract("two-countries", " date 2019-03-12 \nForeign Minister of Chile Roberto Ampuero met Foreign Minister of "
        + "Fiji Inia Seruiratu in New York. On the same day, the two countries signed a Joint Communique on the Establishment of "
        + "Diplomatic Relations. Earlier, Minister Ampuero held a video call with his Peruvian counterpart Nestor Popolizio, and "
        + "Peru's trade minister spoke to the Peruvian press.\n");
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(1, agree.size(), describe(r));
    assertEquals(java.util.Set.of("CHL", "FJI"), new java.util.HashSet<>(agree.get(0).source()), describe(r));
  }

  @Test
  void theSubjectOfTheVerbOfGivingIsTheGiver() throws DocumentException {
    ExtractionRecord r = extract("lend", " date 2019-03-12 \nOn 11 March, the Ambassador of Chile to Peru, Roberto Ampuero, and the "
        + "Minister of Finance of Peru, Carlos Oliva, signed a loan agreement for the Callao Water Project, under which Chile will lend "
        + "up to 40 million US dollars.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(List.of("CHL"), aid.get(0).source(), describe(r));
    assertEquals(List.of("PER"), aid.get(0).target(), describe(r));
  }

  @Test
  void aSumAnnouncedToHelpIsAidAndASumAnnouncedForTradeIsNot() throws DocumentException {
    ExtractionRecord r = extract("announce", " date 2019-03-12 \nChile's Foreign Minister Roberto Ampuero today announced $3 million to "
        + "support the recovery of Peru from the floods.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(List.of("PER"), aid.get(0).target(), describe(r));
    ExtractionRecord trade = extract("announce-trade", " date 2019-03-12 \nChile's Foreign Minister Roberto Ampuero today announced $3 "
        + "million in new investment in Peru's mines.\n");
    assertEquals(List.of(), events(trade, EventType.AID), describe(trade));
  }

  @Test
  void aPlanThatIsSignedIsAnInstrumentAndItsTitleEndsBeforeToday() throws DocumentException {
    ExtractionRecord r = extract("plan", " date 2019-03-12 \nThe foreign ministers of Chile and Peru signed a joint plan for the "
        + "protection of the Andean glaciers today. They also signed an agreement on mountain rescue today.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("agreement on mountain rescue", "joint plan for the protection of the Andean glaciers"), titles, describe(r));
  }

  @Test
  void aCountOfInstrumentsWithOneNamedIsTheCountAndTheNamedOne() throws DocumentException {
    ExtractionRecord r = extract("including-one", " date 2019-03-12 \nChile and Peru on Monday signed four memoranda of understanding, "
        + "including one on seismic monitoring, during the visit of the Peruvian Foreign Minister Nestor Popolizio.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("MoU on seismic monitoring", "four memoranda of understanding"), titles, describe(r));
  }

  @Test
  void aBareDollarInAReleaseOfADollarCountryIsThatCountrysDollar() throws DocumentException {
    String told = " - New Zealand will provide $2 million to help Samoa respond to the measles outbreak, Foreign Minister "
        + "Winston Peters announced today.\n";
    ExtractionRecord home = extract("nzd", "Wellington, 12 March 2019" + told);
    List<Event> aid = events(home, EventType.AID);
    assertEquals(1, aid.size(), describe(home));
    assertEquals("NZD", aid.get(0).amount().currency(), describe(home));
    // an international wire means US dollars by "$", whatever its dateline
    ExtractionRecord wire = extract("wire", "WELLINGTON, 12 March 2019 (Reuters)" + told);
    assertEquals("USD", events(wire, EventType.AID).get(0).amount().currency(), describe(wire));
    // a country whose currency is not a dollar of its own keeps the US dollar
    ExtractionRecord other = extract("usd", "Santiago, 12 March 2019 - Chile will provide $2 million to help Peru respond to the "
        + "floods, Foreign Minister Roberto Ampuero announced today.\n");
    assertEquals("USD", events(other, EventType.AID).get(0).amount().currency(), describe(other));
  }

  @Test
  void aJointStatementOrADeclarationIssuedOrAdoptedIsAnAgreementWithItsName() throws DocumentException {
    ExtractionRecord r = extract("declaration", " date 2019-03-12 \nThe foreign ministers of Chile and Peru issued a joint statement "
        + "on glacier protection after their meeting. The two ministers also adopted the Arica Declaration on Ocean Fisheries.\n");
    List<String> titles = events(r, EventType.AGREE).stream().map(Event::title).sorted().toList();
    assertEquals(List.of("Arica Declaration on Ocean Fisheries", "joint statement on glacier protection"), titles, describe(r));
    // a statement of one side is no agreement
    ExtractionRecord one = extract("statement", " date 2019-03-12 \nThe Ministry of Foreign Affairs of Chile issued a statement on "
        + "the elections in Peru.\n");
    assertEquals(List.of(), events(one, EventType.AGREE), describe(one));
  }

  @Test
  void sidesThatAgreeToEstablishAPartnershipHaveAgreedAnUpgrade() throws DocumentException {
    ExtractionRecord r = extract("establish", " date 2019-03-12 \nChile and Peru agreed to establish a strategic partnership.\n");
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(1, agree.size(), describe(r));
    assertEquals("strategic partnership", agree.get(0).title(), describe(r));
  }

  @Test
  void aCoChairedCommissionAndACallByAShortNameAreMeetingsAndATitlesCountryIsNotItsName() throws DocumentException {
    ExtractionRecord r = extract("commission", "LIMA, 12 March 2019 - Foreign Minister of Peru Nestor Popolizio and Minister of "
        + "Foreign Affairs of Viet Nam Pham Binh Minh co-chaired the Peru-Viet Nam Joint Commission in Lima today. Following the "
        + "Commission, the two ministers signed the Plan of Action on Trade for 2019-2021, and witnessed the signing of an MoU on "
        + "rice research.\n\nMinister Minh also paid a courtesy call on President Martin Vizcarra in the afternoon.\n");
    assertEquals("VNM", r.actors().stream().filter(a -> a.name().equals("Pham Binh Minh")).findFirst().orElseThrow().country(),
        describe(r));
    List<Event> meetings = events(r, EventType.CONSULT);
    assertTrue(meetings.stream().anyMatch(e -> e.participants().containsAll(List.of("Nestor Popolizio", "Pham Binh Minh"))), describe(r));
    assertTrue(meetings.stream().anyMatch(e -> e.participants().containsAll(List.of("Pham Binh Minh", "Martin Vizcarra"))), describe(r));
    assertTrue(events(r, EventType.AGREE).stream().anyMatch(e -> e.title().equals("Plan of Action on Trade for 2019-2021")), describe(r));
  }

  @Test
  void stylesOfAddressAreNoPronounsAndANationalOfficeIsItsHolder() throws DocumentException {
    ExtractionRecord r = extract("styles", "DOHA, 12 March 2019 (QNA) -- His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of "
        + "Qatar, and His Excellency Martin Vizcarra, President of the Republic of Peru, today witnessed the signing of an agreement "
        + "on air services between the two countries, following talks at the Amiri Diwan.\n\nThe agreement was signed by His "
        + "Excellency Carlos Oliva, Minister of Economy of Peru.\n\nHis Highness the Amir welcomed the Peruvian President, who is "
        + "visiting the country for the first time.\n");
    assertEquals(List.of("agreement on air services between the two countries"),
        events(r, EventType.AGREE).stream().map(Event::title).toList(), describe(r));
    // "His Highness the Amir" is no pronoun for the minister named just before
    assertTrue(events(r, EventType.CONSULT).stream().noneMatch(e -> e.participants().contains("Carlos Oliva")), describe(r));
    assertTrue(events(r, EventType.CONSULT).stream().anyMatch(e -> e.participants().containsAll(List.of("Tamim bin Hamad Al Thani",
        "Martin Vizcarra"))), describe(r));
  }

  @Test
  void aDelegationStandsForItsLeaderAndOrdinalsInAppositionAreOneInstrumentEach() throws DocumentException {
    ExtractionRecord r = extract("delegation", "LIMA, 12 March 2019 - The Chilean delegation led by Foreign Minister Roberto Ampuero "
        + "arrived in Lima yesterday. After arrival, the delegation was received in audience by President Martin Vizcarra.\n\n"
        + "The two sides signed two memoranda of understanding. The first, on cooperation in mining safety, was signed by the two "
        + "foreign ministers. The second, on cooperation in glacier research, was signed by the two environment ministers.\n");
    assertTrue(events(r, EventType.CONSULT).stream().anyMatch(e -> e.participants().containsAll(List.of("Roberto Ampuero",
        "Martin Vizcarra"))), describe(r));
    assertEquals(List.of("MoU on cooperation in glacier research", "MoU on cooperation in mining safety"),
        events(r, EventType.AGREE).stream().map(Event::title).sorted().toList(), describe(r));
  }

  @Test
  void aWireStorysSigningKeepsItsDayItsNameAndItsSignersFullName() throws DocumentException {
    ExtractionRecord r = extract("wire", "SANTIAGO, March 13, 2019 (Reuters) - Chilean President Sebastian Pinera and his Peruvian counterpart "
        + "Martin Alberto Vizcarra signed an agreement on Wednesday to build a new border crossing at Chacalluta, seeking to ease "
        + "truck queues.\n\nVizcarra, who arrived in Santiago on Tuesday, held talks with Pinera before the signing. Vizcarra said "
        + "Peru wanted an agreement with the Pacific Alliance concluded this year.\n");
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(List.of("agreement to build a new border crossing at Chacalluta"), agree.stream().map(Event::title).toList(), describe(r));
    assertEquals(LocalDate.of(2019, 3, 13), agree.get(0).date().firstDay(), describe(r));
    assertTrue(r.actors().stream().anyMatch(a -> a.name().equals("Martin Alberto Vizcarra")), describe(r));
  }

  @Test
  void aMonthsNameBetweenAFormOfAddressAndASurnameIsAGivenName() throws DocumentException {
    ExtractionRecord r = extract("given-month", "LUSAKA, 12 June 2019 - Zambia and Peru signed an agreement on copper research. The "
        + "agreement was signed by the Minister of Mines of Zambia, Hon. March Sikota, and the Ambassador of Peru, Carlos Oliva.\n");
    assertTrue(r.actors().stream().anyMatch(a -> a.name().equals("March Sikota")), describe(r));
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(1, agree.size(), describe(r));
    assertEquals(LocalDate.of(2019, 6, 12), agree.get(0).date().firstDay(), describe(r));
  }

  @Test
  void sumsAnnouncedForAPurposeAreAidEachWithItsReceiver() throws DocumentException {
    ExtractionRecord r = extract("announced-sums", "WELLINGTON, 12 March 2019 - New Zealand announced NZ$12 million over four years to "
        + "strengthen Tonga's water supply, including new rain tanks for outer islands.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("NZD", aid.get(0).amount().currency(), describe(r));
    assertEquals(List.of("TON"), aid.get(0).target(), describe(r));
  }

  @Test
  void anOfficeOfACountryWithNoNameIsItsHolderOnTheDocumentsDays() throws DocumentException {
    ExtractionRecord r = extract("office-of", "LIMA, 12 March 2019 - Peru's foreign minister Nestor Popolizio said the official visit "
        + "of the President of Chile to Peru is scheduled for May.\n");
    List<Event> visits = events(r, EventType.CONSULT);
    assertEquals(1, visits.size(), describe(r));
    assertTrue(visits.get(0).participants().contains("Sebastian Pinera"), describe(r));
  }

  @Test
  void aPlanForYearsIsSignedOnTheDayOfTheTalksAndAMinistersCountryIsTheOneInHisTitle() throws DocumentException {
    ExtractionRecord r = extract("plan-years", "Lima, 12 March 2019\n\nOn 12 March 2019, Minister of Foreign Affairs of the Republic of "
        + "Peru Nestor Popolizio held talks with Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó, who is in Lima "
        + "on a working visit.\n\nFollowing the talks, the ministers signed a Plan of Consultations between the Ministries of "
        + "Foreign Affairs of the two countries for 2019-2020.\n");
    assertEquals("HUN", r.actors().stream().filter(a -> a.name().equals("Péter Szijjártó")).findFirst().orElseThrow().country(), describe(r));
    List<Event> agree = events(r, EventType.AGREE);
    assertEquals(1, agree.size(), describe(r));
    assertTrue(agree.get(0).title().startsWith("Plan of Consultations between the Ministries"), describe(r));
    assertEquals(LocalDate.of(2019, 3, 12), agree.get(0).date().firstDay(), describe(r));
    assertEquals(LocalDate.of(2019, 3, 12), agree.get(0).date().lastDay(), describe(r));
  }

  @Test
  void aSessionHeldIsASummitOfThoseTheCommuniqueSaysAttended() throws DocumentException {
    ExtractionRecord r = extract("communique", "FINAL COMMUNIQUE\n\n1. The Tenth Ordinary Session of the Andean Council of "
        + "Presidents was held on 12 March 2019 in Lima under the chairmanship of H.E. Martin Vizcarra, President of the Republic "
        + "of Peru.\n\n2. The following Heads of State attended the Session: H.E. Ivan Duque, President of the Republic of "
        + "Colombia; H.E. Lenin Moreno, President of the Republic of Ecuador.\n");
    List<Event> summits = events(r, EventType.CONSULT);
    assertEquals(1, summits.size(), describe(r));
    assertTrue(summits.get(0).participants().containsAll(List.of("Martin Vizcarra", "Ivan Duque", "Lenin Moreno")), describe(r));
    assertEquals(LocalDate.of(2019, 3, 12), summits.get(0).date().firstDay(), describe(r));
  }

  @Test
  void aCallMadeBeforeTheSigningCeremonyIsAMeetingOnTheSigningsDay() throws DocumentException {
    ExtractionRecord r = extract("before-signing", "LIMA, 13 March 2019 - Foreign Minister Roberto Ampuero of Chile and Foreign "
        + "Minister Nestor Popolizio of Peru signed a Fisheries Cooperation Agreement at the Palacio de Torre Tagle on Tuesday "
        + "afternoon.\n\nBefore the signing ceremony, Ampuero paid a courtesy call on President Martin Vizcarra.\n");
    List<Event> calls = events(r, EventType.CONSULT).stream().filter(e -> e.participants().contains("Martin Vizcarra")).toList();
    assertEquals(1, calls.size(), describe(r));
    assertEquals(LocalDate.of(2019, 3, 12), calls.get(0).date().firstDay(), describe(r));
  }

  @Test
  void aCountryNamedAsTheAttackerIsNoReceiverOfAid() throws DocumentException {
    ExtractionRecord r = extract("attacker", " date 2023-03-12 \nChile will provide Ukraine with 5 million US dollars for "
        + "generators to repair power lines damaged by Russian strikes.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(List.of("UKR"), aid.get(0).target(), describe(r));
  }

  @Test
  void goodsValuedLaterUnderTheirKindAreTheSameAid() throws DocumentException {
    ExtractionRecord r = extract("kind-of-goods", " date 2019-03-12 \nThe Government of Peru handed over 20 ambulances to the "
        + "Ministry of Health of Bolivia. The vehicles, worth US$1.5 million, were gifted under Peru's cooperation programme.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals(new java.math.BigDecimal("1500000"), aid.get(0).amount().value(), describe(r));
  }

  @Test
  void theTwoSidesAsSubjectAreThoseWhoSpokeLast() throws DocumentException {
    ExtractionRecord r = extract("cast-subject", " date 2022-05-10 \nPresident Joko Widodo of Indonesia spoke by telephone with "
        + "Prime Minister Fumio Kishida of Japan on Tuesday. President Widodo later received Vice Minister Kenji Yamada of Japan. "
        + "The Presidents also talked about fisheries. The two leaders agreed to meet again at the G20 Summit in Bali in November.\n");
    List<Event> next = events(r, EventType.CONSULT).stream().filter(e -> e.date() != null && "2022-11".equals(e.date().value())).toList();
    assertEquals(1, next.size(), describe(r));
    List<String> cast = next.get(0).participants();
    assertEquals(2, cast.size(), describe(r));
    assertTrue(cast.contains("Joko Widodo") && cast.stream().anyMatch(p -> p.contains("Kishida")), describe(r)); // not the vice minister
  }

  @Test
  void theOfficeTheSubjectNamesPicksTheCast() throws DocumentException {
    ExtractionRecord r = extract("cast-role", " date 2023-03-02 \nPrime Minister Anthony Albanese of Australia met Prime Minister "
        + "James Marape of Papua New Guinea in Canberra. Prime Minister Marape also met Deputy Prime Minister Richard Marles. "
        + "The Prime Ministers looked forward to meeting again at the Pacific Islands Forum Leaders Meeting in September.\n");
    List<Event> next = events(r, EventType.CONSULT).stream().filter(e -> e.date() != null && "2023-09".equals(e.date().value())).toList();
    assertEquals(1, next.size(), describe(r));
    assertEquals(Set.of("Anthony Albanese", "James Marape"), Set.copyOf(next.get(0).participants()), describe(r));
  }

  @Test
  void aMeetingAtANumberedSummitTakesTheSummitsDays() throws DocumentException {
    ExtractionRecord r = extract("summit-days", " date 2023-09-20 \nPrime Minister Anthony Albanese met President Joko Widodo "
        + "of Indonesia on the sidelines of the 43rd ASEAN Summit, the office said.\n");
    List<Event> met = events(r, EventType.CONSULT);
    assertEquals(1, met.size(), describe(r));
    assertEquals(List.of("2023-09-05", "2023-09-07"), List.of(met.get(0).date().rangeFirst().toString(), met.get(0).date().rangeLast().toString()), describe(r));
  }

  @Test
  void aJustConcludedSessionDatesTheReportWithinAMonthAfterIt() throws DocumentException {
    ExtractionRecord r = extract("just-concluded", "Minister reports to Cabinet\nThe Minister briefed the Cabinet on the "
        + "just concluded 78th Session of the United Nations General Assembly and on his talks there.\n");
    assertNotNull(r.date(), describe(r));
    assertEquals(LocalDate.of(2023, 9, 26), r.date().rangeFirst(), describe(r));
    assertEquals(LocalDate.of(2023, 10, 27), r.date().rangeLast(), describe(r));
  }

  @Test
  void aCountryRightAfterAVerbOfGivingReceivesAndAWordOfTheftAboutLandIsNoMisuse() throws DocumentException {
    ExtractionRecord r = extract("lend-bare", "LIMA, March 3, 2015 (Reuters) - France will lend Peru 80 million euros for water "
        + "projects and give a further 5 million euros to help return stolen land to displaced farmers, French Foreign Minister "
        + "Laurent Fabius said on Tuesday.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(2, aid.size(), describe(r));
    for (Event e : aid) {
      assertEquals(List.of("FRA"), e.source(), describe(r));
      assertEquals(List.of("PER"), e.target(), describe(r));
      assertNotNull(e.date(), describe(r)); // announced in the report
    }
    assertEquals("water projects", aid.get(0).title(), describe(r));
  }

  @Test
  void eachItemOfAListUnderAnAidHeaderIsAnAidWithTheHeadersGiver() throws DocumentException {
    ExtractionRecord r = extract("aid-list", "Government of Canada\nNews release\n\nOTTAWA, May 6, 2019 - During her visit to Lebanon, Minister "
        + "Chrystia Freeland announced $12 million in new assistance:\n- $8 million to the World Health Organization for vaccines "
        + "in Lebanon;\n- $4 million to train Lebanese nurses, through Canada's Global Health Program.\n");
    List<Event> items = events(r, EventType.AID).stream().filter(e -> e.amount() != null && e.amount().value().intValue() < 10_000_000).toList();
    assertEquals(2, items.size(), describe(r));
    for (Event e : items) {
      assertEquals(List.of("CAN"), e.source(), describe(r));
      assertEquals(List.of("LBN"), e.target(), describe(r));
      assertEquals("CAD", e.amount().currency(), describe(r));
    }
  }

  @Test
  void thePresidentOfTheRepublicInAReleaseFromHomeIsItsHolder() throws DocumentException {
    ExtractionRecord r = extract("president-of-the-republic", "Presidency of the Republic of Chile\nPress release\n\nSantiago, 4 May 2023\n\n"
        + "The President of the Republic met President Alberto Fernandez of Argentina today at La Moneda to discuss lithium and "
        + "border crossings.\n");
    List<Event> met = events(r, EventType.CONSULT);
    assertEquals(1, met.size(), describe(r));
    assertTrue(met.get(0).participants().stream().anyMatch(p -> p.contains("Boric")), describe(r));
  }

  @Test
  void theVisitingMinisterIsTheGuestAndTalksBeforeASigningShareItsDay() throws DocumentException {
    ExtractionRecord r = extract("visiting-minister", "Nairobi, Friday, June 6, 2014 (KNA) - Kenya and Oman yesterday signed two agreements "
        + "during a visit by Oman's Minister Responsible for Foreign Affairs, Yusuf bin Alawi bin Abdullah.\n\n"
        + "The Omani minister held talks with Foreign Affairs Cabinet Secretary Amina Mohamed, after which the two signed an Agreement "
        + "on Air Services and a Memorandum of Understanding on Fisheries.\n\n"
        + "Before leaving, the visiting minister paid a courtesy call on Deputy President William Ruto.\n");
    List<Event> met = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("meeting")).toList();
    Event talks = met.stream().filter(e -> e.participants().contains("Amina Mohamed")).findFirst().orElseThrow(() -> new AssertionError(describe(r)));
    assertEquals("2014-06-05", talks.date().value(), describe(r));
    Event call = met.stream().filter(e -> e.participants().contains("William Ruto")).findFirst().orElseThrow(() -> new AssertionError(describe(r)));
    assertTrue(call.participants().stream().anyMatch(p -> p.contains("Alawi")), describe(r));
    assertFalse(call.participants().contains("Amina Mohamed"), describe(r));
  }

  @Test
  void talksDuringThatTripTakeTheTripsDate() throws DocumentException {
    ExtractionRecord r = extract("that-trip", " date 2024-07-09 \nThe pact goes back to Prime Minister Fumio Kishida's visit to Lima "
        + "in November 2023. During that trip Kishida held talks with President Dina Boluarte at the Government Palace.\n");
    List<Event> talks = events(r, EventType.CONSULT).stream().filter(e -> e.participants().contains("Dina Boluarte")).toList();
    assertEquals(1, talks.size(), describe(r));
    assertEquals("2023-11", talks.get(0).date().value(), describe(r));
  }

  @Test
  void aMeetingOfAnUnnamedHostHasTheNamedGuest() throws DocumentException {
    ExtractionRecord r = extract("unnamed-host", "Presidency of the Republic of Ghana\nSpeeches\nAccra, 3 March 2022\n\n"
        + "I warmly welcome President Macky Sall of Senegal to Ghana. Today we held a one-on-one meeting with my brother, and "
        + "we reviewed trade and security across the Sahel.\n");
    List<Event> met = events(r, EventType.CONSULT).stream().filter(e -> e.participants().contains("Macky Sall")).toList();
    assertEquals(1, met.size(), describe(r));
    assertEquals("2022-03-03", met.get(0).date().value(), describe(r));
  }

  @Test
  void aMeetingOnTheMarginsOfTheSummitNamedBeforeTakesItsDays() throws DocumentException {
    ExtractionRecord r = extract("the-summit", " date 2019-05-20 \nJapan will host the 14th G20 Summit in Osaka next month. "
        + "Prime Minister Shinzo Abe spoke by telephone with President Moon Jae-in on Monday. The two leaders agreed to hold a "
        + "bilateral meeting on the margins of the Summit.\n");
    List<Event> planned = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("meeting") && e.status() == Status.PLANNED).toList();
    assertEquals(1, planned.size(), describe(r));
    assertEquals(LocalDate.of(2019, 6, 28), planned.get(0).date().rangeFirst(), describe(r));
  }

  @Test
  void spokeWithAWordOfTimeBetweenIsACall() throws DocumentException {
    ExtractionRecord r = extract("spoke-this-evening", " date 2021-03-09 \nForeign Minister Marise Payne spoke this evening with "
        + "Foreign Minister Nanaia Mahuta of New Zealand about vaccines for the Pacific.\n");
    List<Event> calls = events(r, EventType.CONSULT).stream().filter(e -> e.mode().equals("phone")).toList();
    assertEquals(1, calls.size(), describe(r));
    assertEquals(Set.of("Marise Payne", "Nanaia Mahuta"), Set.copyOf(calls.get(0).participants()), describe(r));
  }

  @Test
  void aMeetingToldAsANounHasThePersonsOfTheNextSentenceAndHoursAfterItAreTheSigningsDay() throws DocumentException {
    ExtractionRecord r = extract("noun-meeting", "ACCRA, March 12, 2025 — Ghana's Foreign Minister Samuel Okudzeto Ablakwa and Togo's "
        + "Foreign Minister Robert Dussey signed a border demarcation accord at Jubilee House on Tuesday afternoon.\n\n"
        + "The signing came a few hours after the second \"two-plus-two\" meeting of the two countries' foreign and defence "
        + "ministers, held at the foreign ministry. Ablakwa and Dussey sat across from each other for close to two hours.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(1, meetings.size(), describe(r));
    assertEquals(Set.of("Samuel Okudzeto Ablakwa", "Robert Dussey"), Set.copyOf(meetings.get(0).participants()), describe(r));
    assertEquals("2025-03-11", meetings.get(0).date().value(), describe(r));
  }

  @Test
  void aLoanToFinanceSomethingIsTitledByWhatItPaysFor() throws DocumentException {
    ExtractionRecord r = extract("loan-to-finance", " date 2023-06-02 \nIn May, the Korea Eximbank signed a loan agreement to finance "
        + "four new ferries for the Tanzania Ports Authority, the bank said on Friday.\n");
    List<Event> aid = events(r, EventType.AID);
    assertEquals(1, aid.size(), describe(r));
    assertEquals("four new ferries for the Tanzania Ports Authority", aid.get(0).title(), describe(r));
  }

  /** A cable of our own, in the capitals of the 1970s telegrams. */
  private static final String CABLE_FROM_WARSAW = "UNCLASSIFIED\n\n"
      + "P 091300Z JUN 78\nFM AMEMBASSY WARSAW\nTO SECSTATE WASHDC PRIORITY 7731\n\n"
      + "E.O. 11652: N/A\nTAGS: EAGR, EAID, PL, US\nSUBJECT: CCC CREDIT AGREEMENT SIGNED\n\n"
      + "1. ON JUNE 8 AMBASSADOR AND DEPUTY PREMIER MIECZYSLAW JAGIELSKI\n"
      + "SIGNED THE AGREEMENT EXTENDING A COMMODITY CREDIT CORPORATION\n"
      + "CREDIT OF DOLS 500 MILLION FOR POLISH PURCHASES OF U.S. GRAIN\n"
      + "AND SOYBEAN MEAL IN FY 1979. FOREIGN MINISTER EMIL WOJTASZEK\n"
      + "ATTENDED THE CEREMONY.\n\n"
      + "2. AFTER THE SIGNING JAGIELSKI TOLD ME THAT POLAND HOPED TO BUY\n"
      + "ANOTHER TWO MILLION TONS OF CORN BEFORE THE END OF THE YEAR. HE\n"
      + "ALSO ASKED THAT SECRETARY BERGLAND VISIT WARSAW IN THE AUTUMN.\n\n"
      + "3. WOJTASZEK MET SEPARATELY WITH DEPUTY ASSISTANT SECRETARY\n"
      + "GEORGE VEST ON JUNE 7 TO REVIEW PREPARATIONS FOR FIRST\n"
      + "SECRETARY GIEREK'S TALKS WITH PRESIDENT CARTER.\n"
      + "SCHAUFELE\n\n\nUNCLASSIFIED\n";

  @Test
  void aCableInCapitalsIsReadForItsPersonsTheirCountriesAndItsMeetings() throws DocumentException {
    ExtractionRecord r = extract("cable-warsaw", CABLE_FROM_WARSAW);
    // officials named with an office and no nationality in an embassy's cable are the host country's
    assertEquals("POL", person(r, "Mieczyslaw Jagielski").country(), describe(r));
    assertEquals("POL", person(r, "Emil Wojtaszek").country(), describe(r));
    assertEquals("USA", person(r, "George Vest").country(), describe(r));
    // a surname the knowledge base knows in office on the day: the full name, and its own country
    assertEquals("USA", person(r, "Jimmy Carter").country(), describe(r));
    List<Event> occurred = events(r, EventType.CONSULT).stream().filter(e -> e.status() == Status.OCCURRED).toList();
    assertEquals(1, occurred.size(), describe(r));
    assertEquals(Set.of("Emil Wojtaszek", "George Vest"), Set.copyOf(occurred.get(0).participants()), describe(r));
    assertEquals("1978-06-07", occurred.get(0).date().value(), describe(r));
    // the talks owned by "Gierek's" are another meeting, still to come; the visit is only asked for
    assertTrue(events(r, EventType.CONSULT).stream().anyMatch(e -> e.status() == Status.PLANNED
        && Set.copyOf(e.participants()).equals(Set.of("Gierek", "Jimmy Carter"))), describe(r));
    assertTrue(events(r, EventType.CONSULT).stream().noneMatch(e -> e.mode().equals("visit") && e.status() != Status.HOPED), describe(r));
  }

  @Test
  void aVerbJoinedByAndSharesTheSubjectOfTheMeetingBeforeAndASentencesOpeningDateDatesIt() throws DocumentException {
    ExtractionRecord r = extract("joined-verbs", " date 2019-05-10 \nOn May 7, Foreign Minister Ernesto Araujo hosted a lunch for "
        + "Chile's Foreign Minister Roberto Ampuero, after which Ampuero met with Economy Minister Paulo Guedes, and made a "
        + "courtesy call on President Jair Bolsonaro. He was accompanied at each meeting by his chief of staff.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertTrue(meetings.stream().anyMatch(e -> Set.copyOf(e.participants()).equals(Set.of("Roberto Ampuero", "Jair Bolsonaro"))
        && "2019-05-07".equals(e.date().value())), describe(r));
    assertTrue(meetings.stream().noneMatch(e -> e.participants().contains("Paulo Guedes") && e.participants().contains("Jair Bolsonaro")),
        describe(r));
    assertEquals(2, meetings.size(), describe(r)); // "at each meeting" tells of the meetings already told
  }

  @Test
  void theItemsOfASigningListAndTheSameDayTakeTheDayOfTheTalksTheyFollow() throws DocumentException {
    ExtractionRecord r = extract("list-lead", "Nairobi, 9 May 2023\n"
        + "On 8 May 2023, President William Ruto held talks with President Nana Akufo-Addo at State House. Following the talks, "
        + "the two Heads of State witnessed the signing of the following instruments:\n"
        + "i. Memorandum of Understanding on Cooperation in Fisheries and Aquaculture, signed by the two Ministers of Fisheries;\n"
        + "ii. Agreement on the Waiver of Visas for Holders of Service Passports, signed by the two Foreign Ministers;\n"
        + "iii. Memorandum of Understanding on Cooperation in Sports and Youth Development.\n"
        + "On the same day, President Akufo-Addo held talks with Deputy President Rigathi Gachagua.\n");
    List<Event> agreements = events(r, EventType.AGREE);
    assertEquals(3, agreements.size(), describe(r));
    assertTrue(agreements.stream().allMatch(e -> "2023-05-08".equals(e.date().value())), describe(r));
    assertTrue(events(r, EventType.CONSULT).stream().anyMatch(e -> e.participants().contains("Rigathi Gachagua")
        && "2023-05-08".equals(e.date().value())), describe(r));
    // the leaders who witnessed the signing met at the talks: no meeting of those who signed
    assertEquals(2, events(r, EventType.CONSULT).size(), describe(r));
  }

  @Test
  void instrumentsCountedThenToldByOrdinalsAreTitledByTheirSubjects() throws DocumentException {
    ExtractionRecord r = extract("ordinal-list", " date 2023-05-09 \nAs a sign of our friendship, we will keep working together next "
        + "year.\nOur Ministers of Trade, Honourable Rebecca Miano and Honourable K. T. Kwame, have just signed two memoranda of "
        + "understanding in our presence: the first on the harmonisation of customs procedures at the Namanga One-Stop Border Post; "
        + "and the second on cooperation in the training of veterinary officers.\n");
    List<Event> agreements = events(r, EventType.AGREE);
    assertEquals(List.of("MoU on cooperation in the training of veterinary officers",
        "MoU on the harmonisation of customs procedures at the Namanga One-Stop Border Post"),
        agreements.stream().map(Event::title).sorted().toList(), describe(r));
    // signed today: "a sign of" next year's work is not a signing that dates them
    assertTrue(agreements.stream().allMatch(e -> "2023-05-09".equals(e.date().value())), describe(r));
    assertTrue(agreements.stream().allMatch(e -> e.participants().contains("Rebecca Miano")), describe(r));
    // the signatories are named before the first ordinal: what an earlier item names signs nothing
    assertTrue(agreements.stream().noneMatch(e -> e.participants().stream().anyMatch(p -> p.contains("Namanga"))), describe(r));
  }

  @Test
  void aFormerMinisterTheTextCallsAnInternationalOfficialActsForNoCountry() throws DocumentException {
    ExtractionRecord r = extract("international", " date 2019-04-12 \nUnited Nations Secretary-General Antonio Guterres met Chilean "
        + "President Sebastian Pinera in Santiago on Monday to discuss the reconstruction after the floods.\n");
    assertNull(person(r, "Antonio Guterres").country(), describe(r));
    // in office as prime minister on the day, the knowledge base's country stands
    ExtractionRecord head = extract("international-head", " date 1999-04-12 \nPrime Minister Antonio Guterres met Chilean "
        + "President Eduardo Frei in Santiago on Monday.\n");
    assertEquals("PRT", person(head, "Antonio Guterres").country(), describe(head));
  }

  @Test
  void aHeadlineOverAStampIsNotTheStorysFirstSentenceAndTalksDuringWhichSidesAgreedHappened() throws DocumentException {
    ExtractionRecord r = extract("stamp", "Ghana, Togo pledge closer border patrols\n"
        + "Source: Ghana Wire | 2024-02-09 18:02:11 | Editor: kofi\n"
        + "ACCRA, Feb. 9 -- Ghana and Togo agreed on Thursday to step up joint patrols along their border, during talks between "
        + "Ghanaian Foreign Minister Shirley Ayorkor Botchwey and Togolese Foreign Minister Robert Dussey in Accra.\n"
        + "Togo bought electricity from Ghana under a supply agreement that the two utilities signed in 2019.\n"
        + "Botchwey and Dussey also signed a memorandum of understanding on cooperation in fisheries.\n");
    List<Event> talks = events(r, EventType.CONSULT);
    assertEquals(1, talks.size(), describe(r));
    assertEquals(Status.OCCURRED, talks.get(0).status(), describe(r));
    assertEquals("2024-02-08", talks.get(0).date().value(), describe(r)); // the Thursday before, not after
    // an undated signing by those who met was at the meeting; a signing five years before dates nothing
    Event mou = events(r, EventType.AGREE).stream().filter(e -> e.title() != null && e.title().contains("fisheries")).findFirst().orElseThrow();
    assertEquals("2024-02-08", mou.date().value(), describe(r));
  }

  @Test
  void signatoriesNamedBySideAreNotWitnessesAnAbbreviatedExcellencyIsNoPronounAndAProvinceIsNoPerson() throws DocumentException {
    ExtractionRecord r = extract("sides", "Doha, March 5 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani and President "
        + "William Ruto of Kenya held official talks in Doha this morning. The talks covered trade and the drought in Marsabit county.\n"
        + "After the talks, the Amir and the Kenyan President witnessed the signing of an agreement on air services, signed on "
        + "the Qatari side by HE Minister of Transport Jassim Saif Al Sulaiti and on the Kenyan side by HE Cabinet Secretary "
        + "Kipchumba Murkomen.\n"
        + "Qatar will also fund water points for herders in Marsabit with 5 million dollars.\n"
        + "HE the Kenyan President had met yesterday with HE Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.\n");
    assertTrue(r.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON && a.name().contains("Marsabit")), describe(r));
    List<Event> meetings = events(r, EventType.CONSULT);
    assertTrue(meetings.stream().noneMatch(e -> e.participants().contains("Kipchumba Murkomen")), describe(r));
    assertTrue(meetings.stream().anyMatch(e -> Set.copyOf(e.participants()).equals(Set.of("William Ruto",
        "Mohammed bin Abdulrahman bin Jassim Al Thani"))), describe(r));
  }

  @Test
  void consultationsAnInstrumentIsAboutAreNoMeeting() throws DocumentException {
    ExtractionRecord r = extract("about", " date 2024-02-09 \nGHANA AND TOGO REVIEW TIES, SIGN MOU ON POLITICAL CONSULTATIONS\n"
        + "Foreign Minister Shirley Ayorkor Botchwey held talks with Foreign Minister Robert Dussey in Accra on Thursday. "
        + "The two ministers signed a memorandum of understanding on a mechanism for regular political consultations.\n");
    List<Event> meetings = events(r, EventType.CONSULT);
    assertEquals(1, meetings.size(), describe(r));
    assertEquals(Set.of("Shirley Ayorkor Botchwey", "Robert Dussey"), Set.copyOf(meetings.get(0).participants()), describe(r));
  }

  @Test
  void aDialoguePartnersStatusIsNoMeeting() throws DocumentException {
    ExtractionRecord r = extract("partner", " date 2024-02-09 \nPrime Minister Anwar Ibrahim received Chief Adviser Muhammad Yunus "
        + "in Putrajaya on Monday. Bangladesh thanked Malaysia for backing its bid to become a Sectoral Dialogue Partner of ASEAN.\n");
    assertEquals(1, events(r, EventType.CONSULT).size(), describe(r));
  }

  @Test
  void theLastWordOfAPortfolioIsNotPartOfTheNameAfterIt() throws DocumentException {
    ExtractionRecord r = extract("portfolio", " date 2012-05-03 \nMinister for Foreign Affairs and Minister for Law K Shanmugam "
        + "received Secretary Patricia Espinosa today.\n");
    assertEquals("SGP", person(r, "K. Shanmugam").country(), describe(r)); // the knowledge base's form
    assertTrue(r.actors().stream().noneMatch(a -> a.name().startsWith("Law")), describe(r));
  }

  @Test
  void aVolcanoIsNoPerson() throws DocumentException {
    ExtractionRecord r = extract("volcano", " date 2022-01-25 \nKorea will give Tonga 1 million dollars in humanitarian assistance "
        + "for recovery from the Hunga Tonga-Hunga Ha'apai volcanic eruption and tsunami, Foreign Minister Chung Eui-yong told "
        + "Prime Minister Siaosi Sovaleni on Monday. Hunga Tonga-Hunga Ha'apai erupted on 15 January.\n");
    assertTrue(r.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON && a.name().startsWith("Hunga")), describe(r));
  }
}
