package org.dyad.store;

import static org.dyad.store.Fixtures.agree;
import static org.dyad.store.Fixtures.consult;
import static org.dyad.store.Fixtures.country;
import static org.dyad.store.Fixtures.day;
import static org.dyad.store.Fixtures.person;
import static org.dyad.store.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.EventType;
import org.dyad.model.ExtractionRecord;
import org.junit.jupiter.api.Test;

/** What every store promises, whatever database it runs on; subclasses say where. */
abstract class StoreContract {
  /** A location for a new, empty store. */
  abstract String newDb() throws Exception;

  /** Runs SQL on the store behind its back, to inject faults. */
  abstract void sql(String db, String sql) throws Exception;

  /** SQL that makes every insert of an event report fail. */
  abstract String failReports();

  private static final String TEXT_A =
      "Seoul, 4 March 2025. Foreign Minister Lena Park spoke by telephone with Jordanian Foreign Minister Omar Haddad."
          + " The two countries also signed a memorandum on water management and one on tourism promotion.";
  private static final String TEXT_B =
      "Amman, 5 March 2025. Minister Omar Haddad received a phone call yesterday from his Korean counterpart."
          + " A water resources memorandum was signed in Seoul.";
  private static final String TEXT_C = "Lima, 9 May 2025. Peru hosted talks with Ecuador on fisheries and desalination.";

  static ExtractionRecord docA() {
    return record(
        "korea-a", TEXT_A,
        List.of(person("Lena Park", "KOR", "Foreign Minister"), person("Omar Haddad", "JOR", "Foreign Minister"), country("South Korea", "KOR"), country("Jordan", "JOR")),
        List.of("diplomacy", "water"),
        consult("phone", day("2025-03-04"), List.of("Lena Park", "Omar Haddad"), "KOR", "JOR"),
        agree("Memorandum of Understanding on Water Management", day("2025-03-04"), "KOR", "JOR"),
        agree("Memorandum of Understanding on Tourism Promotion", day("2025-03-04"), "KOR", "JOR"));
  }

  static ExtractionRecord docB() {
    return record(
        "jordan-b", TEXT_B,
        List.of(person("Omar Haddad", "JOR", "Minister of Foreign Affairs"), country("Jordan", "JOR"), country("South Korea", "KOR")),
        List.of("diplomacy"),
        consult("phone", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR"),
        agree("water resources management MoU", day("2025-03-04"), "JOR", "KOR"));
  }

  static ExtractionRecord docC() {
    return record(
        "peru-c", TEXT_C, List.of(country("Peru", "PER"), country("Ecuador", "ECU")), List.of("fisheries"),
        consult("meeting", day("2025-05-09"), List.of(), "PER", "ECU"));
  }

  static String hash(ExtractionRecord r) {
    return Store.contentHash(r.text().getBytes(StandardCharsets.UTF_8));
  }

  static Store filled(String db) {
    Store s = Store.open(db);
    for (ExtractionRecord r : List.of(docA(), docB(), docC())) {
      assertEquals(Store.Outcome.STORED, s.put(r, r.doc() + ".txt", hash(r), false));
    }
    return s;
  }

  /** Event title or mode, to its sources: the clusters in a form a failure message shows whole. */
  static Map<String, List<String>> clusters(List<StoredEvent> events) {
    Map<String, List<String>> out = new TreeMap<>();
    for (StoredEvent e : events) {
      String key = e.event().type() + " " + (e.event().title() != null ? e.event().title() : e.event().mode());
      out.put(key, e.sources());
    }
    return out;
  }

  @Test
  void reportsOfOneEventFromTwoDocumentsBecomeOneEvent() throws Exception {
    try (Store s = filled(newDb())) {
      assertEquals(
          Map.of(
              "CONSULT phone", List.of("korea-a", "jordan-b"),
              "AGREE Memorandum of Understanding on Water Management", List.of("korea-a", "jordan-b"),
              "AGREE Memorandum of Understanding on Tourism Promotion", List.of("korea-a"),
              "CONSULT meeting", List.of("peru-c")),
          clusters(s.events(EventQuery.all())));
      assertEquals(new Store.Stats(3, 6, 4), s.stats());
      StoredEvent call = s.events(new EventQuery(List.of(), EventType.CONSULT, null, null, "haddad", null)).get(0);
      assertEquals(List.of("KOR"), call.event().source());
      assertEquals(List.of("JOR"), call.event().target());
      assertEquals(List.of("Lena Park", "Omar Haddad"), call.event().participants());
    }
  }

  @Test
  void twoIdenticalEventsOfOneDocumentAreNeverMerged() throws Exception {
    var twice =
        record("twice", "Two meetings were held.", List.of(), List.of(),
            consult("meeting", day("2025-01-10"), List.of("Ana Ruiz"), "ESP", "MAR"),
            consult("meeting", day("2025-01-10"), List.of("Ana Ruiz"), "ESP", "MAR"));
    var other = record("other", "A meeting was held.", List.of(), List.of(), consult("meeting", day("2025-01-10"), List.of("Ana Ruiz"), "MAR", "ESP"));
    try (Store s = Store.open(newDb())) {
      s.put(twice, "twice.txt", hash(twice), false);
      s.put(other, "other.txt", hash(other), false);
      List<StoredEvent> events = s.events(EventQuery.all());
      assertEquals(2, events.size());
      assertEquals(List.of("twice", "other"), events.get(0).sources());
      assertEquals(List.of("twice"), events.get(1).sources());
    }
  }

  @Test
  void aDocumentIsStoredOncePerContentUnlessReplaced() throws Exception {
    String db = newDb();
    try (Store s = filled(db)) {
      ExtractionRecord b = docB();
      assertTrue(s.contains(hash(b)));
      assertEquals(Store.Outcome.SKIPPED, s.put(b, "again.txt", hash(b), false));
      assertEquals(new Store.Stats(3, 6, 4), s.stats());
      // the same content, re-extracted without its events: the clusters lose its reports
      ExtractionRecord bare = record("jordan-b", TEXT_B, List.of(), List.of());
      assertEquals(Store.Outcome.REPLACED, s.put(bare, "jordan-b.txt", hash(b), true));
      assertEquals(new Store.Stats(3, 4, 4), s.stats());
      assertEquals(List.of("korea-a"), s.events(new EventQuery(List.of(), EventType.CONSULT, null, null, "park", null)).get(0).sources());
    }
    // reopening applies no migration twice and keeps the data
    try (Store s = Store.open(db)) {
      assertEquals(new Store.Stats(3, 4, 4), s.stats());
      assertFalse(s.contains(Store.contentHash(new byte[] {1, 2, 3})));
    }
  }

  @Test
  void aDocumentThatFailsMidWayLeavesNothingBehind() throws Exception {
    String db = newDb();
    try (Store s = Store.open(db)) {
      s.put(docC(), "peru-c.txt", hash(docC()), false);
    }
    sql(db, failReports());
    try (Store s = Store.open(db)) {
      // the document and its actors are written before its first event fails
      assertThrows(StoreException.class, () -> s.put(docA(), "korea-a.txt", hash(docA()), false));
      assertEquals(new Store.Stats(1, 1, 1), s.stats());
      assertFalse(s.contains(hash(docA())));
      assertEquals(List.of(), s.search("Haddad", 10));
      assertEquals(List.of("Ecuador", "Peru"), s.actors(null).stream().map(ActorSummary::name).sorted().toList());
      // the store is still usable: a document without events goes in
      ExtractionRecord quiet = record("quiet", "Nothing happened today.", List.of(), List.of());
      assertEquals(Store.Outcome.STORED, s.put(quiet, "quiet.txt", hash(quiet), false));
      assertEquals(new Store.Stats(2, 1, 1), s.stats());
    }
  }

  @Test
  void filtersCombine() throws Exception {
    try (Store s = filled(newDb())) {
      assertEquals(3, s.events(new EventQuery(List.of("jor", "KOR"), null, null, null, null, null)).size());
      assertEquals(1, s.events(new EventQuery(List.of("PER"), null, null, null, null, null)).size());
      assertEquals(0, s.events(new EventQuery(List.of("PER", "KOR"), null, null, null, null, null)).size());
      assertEquals(2, s.events(new EventQuery(List.of(), EventType.AGREE, null, null, null, null)).size());
      assertEquals(1, s.events(new EventQuery(List.of(), null, LocalDate.parse("2025-04-01"), null, null, null)).size());
      assertEquals(3, s.events(new EventQuery(List.of(), null, null, LocalDate.parse("2025-03-04"), null, null)).size());
      assertEquals(1, s.events(new EventQuery(List.of(), null, null, null, "LENA", null)).size());
      assertEquals(0, s.events(new EventQuery(List.of(), null, null, null, "100%_", null)).size());
      // the tourism memorandum is reported only by the document about water
      assertEquals(3, s.events(new EventQuery(List.of(), null, null, null, null, "water")).size());
      assertEquals(1, s.events(new EventQuery(List.of(), null, null, null, null, "fisheries")).size());
      assertEquals(0, s.events(new EventQuery(List.of(), null, null, null, null, "wate")).size());
    }
  }

  @Test
  void searchRanksDocumentsAndMarksTheWords() throws Exception {
    try (Store s = filled(newDb())) {
      List<SearchHit> hits = s.search("Haddad", 10);
      assertEquals(2, hits.size());
      assertTrue(hits.get(0).snippet().contains("[Haddad]"), hits.get(0).snippet());
      assertTrue(hits.get(0).score() >= hits.get(1).score());
      List<SearchHit> water = s.search("water: memorandum!", 10);
      assertEquals(List.of("korea-a", "jordan-b"), water.stream().map(SearchHit::doc).sorted((x, y) -> y.compareTo(x)).toList());
      assertEquals(List.of("peru-c"), s.search("desalination", 10).stream().map(SearchHit::doc).toList());
      assertEquals(1, s.search("Haddad", 1).size());
      assertEquals(List.of(), s.search("volcano", 10));
      assertEquals(List.of(), s.search("  !! ", 10));
    }
  }

  @Test
  void actorsWithTheirEventCounts() throws Exception {
    try (Store s = filled(newDb())) {
      List<ActorSummary> jor = s.actors("JOR");
      assertEquals(List.of("Jordan", "Omar Haddad"), jor.stream().map(ActorSummary::name).toList());
      ActorSummary haddad = jor.get(1);
      assertEquals(ActorKind.PERSON, haddad.kind());
      assertEquals("Minister of Foreign Affairs", haddad.title());
      assertEquals(2, haddad.documents());
      assertEquals(1, haddad.events());
      assertEquals(3, jor.get(0).events());
      assertEquals(6, s.actors(null).size());
      assertEquals(List.of(), s.actors("FRA"));
    }
  }

  @Test
  void ofTwoInstrumentsSignedTogetherEachReportJoinsItsOwn() throws Exception {
    var first =
        record("paper-a", "Two memorandums were signed.", List.of(), List.of(),
            agree("MoU on health", day("2025-07-01"), "IND", "AUS"),
            agree("MoU on health research", day("2025-07-01"), "IND", "AUS"));
    // the second paper names only the research memorandum
    var second = record("paper-b", "A memorandum was signed.", List.of(), List.of(), agree("memorandum of understanding on health research", day("2025-07-01"), "AUS", "IND"));
    try (Store s = Store.open(newDb())) {
      s.put(first, "a.txt", hash(first), false);
      s.put(second, "b.txt", hash(second), false);
      assertEquals(
          Map.of("AGREE MoU on health", List.of("paper-a"), "AGREE MoU on health research", List.of("paper-a", "paper-b")),
          clusters(s.events(EventQuery.all())));
    }
  }

  @Test
  void everyMergeSaysWhyAndADayApartIsTheSameCall() throws Exception {
    // the Jordanian side's release dates the call by its own clock
    var late =
        record("jordan-d", "Amman, 5 March 2025. Omar Haddad and Lena Park spoke by telephone.",
            List.of(person("Omar Haddad", "JOR", null), person("Lena Park", "KOR", null)), List.of(),
            consult("phone", day("2025-03-05"), List.of("Omar Haddad", "Lena Park"), "JOR", "KOR"));
    try (Store s = filled(newDb())) {
      s.put(late, "d.txt", hash(late), false);
      StoredEvent call = s.events(new EventQuery(List.of(), EventType.CONSULT, null, null, "park", null)).get(0);
      assertEquals(List.of("korea-a", "jordan-b", "jordan-d"), call.sources());
      assertEquals(2, call.joinedBy().size(), call.joinedBy().toString());
      assertTrue(call.joinedBy().get(0).startsWith("jordan-b joined korea-a: same people: Omar Haddad; countries JOR-KOR; dates"), call.joinedBy().get(0));
      assertTrue(call.joinedBy().get(1).contains("same people: ") && call.joinedBy().get(1).contains("a day apart"), call.joinedBy().get(1));
      StoredEvent alone = s.events(new EventQuery(List.of(), EventType.CONSULT, null, null, null, null)).stream()
          .filter(e -> e.sources().equals(List.of("peru-c"))).findFirst().orElseThrow();
      assertEquals(List.of(), alone.joinedBy());
    }
  }

  @Test
  void aStoreWrittenBeforeVersionTwoIsMigratedAndStillClusters() throws Exception {
    String db = newDb();
    try (Store s = Store.open(db)) {
      s.put(docA(), "korea-a.txt", hash(docA()), false);
    }
    // make it look like a version 1 store: no participants' countries, no reasons, no anchors
    sql(db, "DROP INDEX event_reports_anchors");
    sql(db, "ALTER TABLE event_reports DROP COLUMN anchors");
    sql(db, "ALTER TABLE event_reports DROP COLUMN parties");
    sql(db, "ALTER TABLE event_reports DROP COLUMN joined_by");
    sql(db, "DELETE FROM schema_version WHERE version >= 2");
    try (Store s = Store.open(db)) {
      s.put(docB(), "jordan-b.txt", hash(docB()), false);
      assertEquals(List.of("korea-a", "jordan-b"), s.events(new EventQuery(List.of(), EventType.CONSULT, null, null, "park", null)).get(0).sources());
    }
  }

  /** The report of one phone call between two envoys that a writer stores; {@code side} tells whose release. */
  private static ExtractionRecord call(int n, String side) {
    String a = "Envoy Amber " + n;
    String b = "Envoy Birch " + n;
    return record(
        side + "-" + n, side + " release " + n + ": " + a + " of Fiji spoke by telephone with " + b + " of Tonga.",
        List.of(person(a, "FJI", "Special Envoy"), person(b, "TON", "Special Envoy"), country("Fiji", "FJI"), country("Tonga", "TON")),
        List.of("diplomacy"),
        consult("phone", day(LocalDate.of(2030, 1, 1).plusDays(3L * n).toString()), List.of(a, b), "FJI", "TON"));
  }

  @Test
  void twoWritersWithAStoreEachStoreEveryDocumentOnce() throws Exception {
    // as two `dyad ingest` on one store: each writer has its own connection, they start each
    // document at the same moment, and both were given the shared documents too
    String db = newDb();
    Store.open(db).close(); // made by an earlier ingest: see the next test for two opening a new one
    int calls = 25;
    Phaser step = new Phaser(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Store.Outcome>>> writers = new ArrayList<>();
      for (String side : List.of("fiji", "tonga")) {
        writers.add(
            pool.submit(
                () -> {
                  List<Store.Outcome> shared = new ArrayList<>();
                  try (Store s = Store.open(db)) {
                    for (int n = 0; n < calls; n++) {
                      if (step.awaitAdvanceInterruptibly(step.arrive(), 60, TimeUnit.SECONDS) < 0) {
                        throw new CancellationException("the other writer failed");
                      }
                      ExtractionRecord own = call(n, side);
                      s.put(own, own.doc() + ".txt", hash(own), false);
                      ExtractionRecord both = call(n, "wire");
                      shared.add(s.put(both, both.doc() + ".txt", hash(both), false));
                    }
                  } catch (RuntimeException e) {
                    step.forceTermination(); // the other writer stops waiting for this one
                    throw e;
                  }
                  return shared;
                }));
      }
      List<List<Store.Outcome>> done = new ArrayList<>();
      List<Throwable> failed = new ArrayList<>();
      for (Future<List<Store.Outcome>> w : writers) {
        try {
          done.add(w.get(5, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
          failed.add(e.getCause());
        }
      }
      // the one that failed first says why; the other only saw it stop
      failed.sort(Comparator.comparing(t -> t instanceof CancellationException));
      if (!failed.isEmpty()) {
        throw new AssertionError("a writer failed: " + failed.get(0), failed.get(0));
      }
      List<Store.Outcome> first = done.get(0);
      List<Store.Outcome> second = done.get(1);
      for (int n = 0; n < calls; n++) {
        assertEquals(List.of(Store.Outcome.STORED, Store.Outcome.SKIPPED), List.of(first.get(n), second.get(n)).stream().sorted().toList(), "wire-" + n);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Store s = Store.open(db)) {
      // three reports of each call, one event each: no call was split between two clusters
      assertEquals(new Store.Stats(3 * calls, 3 * calls, calls), s.stats());
      for (StoredEvent e : s.events(EventQuery.all())) {
        assertEquals(3, e.sources().size(), e.sources().toString());
      }
      // each envoy and each country once
      assertEquals(2 * calls + 2, s.actors(null).size());
    }
  }

  @Test
  void twoOpeningOneNewStoreAtOnceBothFindItMigrated() throws Exception {
    for (int round = 0; round < 10; round++) {
      String db = newDb();
      Phaser start = new Phaser(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Store.Stats>> opened = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          opened.add(
              pool.submit(
                  () -> {
                    start.awaitAdvanceInterruptibly(start.arrive(), 60, TimeUnit.SECONDS);
                    try (Store s = Store.open(db)) {
                      return s.stats();
                    }
                  }));
        }
        for (Future<Store.Stats> f : opened) {
          assertEquals(new Store.Stats(0, 0, 0), f.get(2, TimeUnit.MINUTES));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void replacingTheDocumentThatLinkedTwoReportsSplitsTheirEvent() throws Exception {
    // the first report names one minister, the last the other: nothing says they are one call;
    // the middle one names both and joined them
    var park = person("Lena Park", "KOR", null);
    var haddad = person("Omar Haddad", "JOR", null);
    var early = record("early", "Seoul. Minister Park spoke by telephone with Jordan.", List.of(park), List.of(),
        consult("phone", day("2025-03-04"), List.of("Lena Park"), "KOR", "JOR"));
    var middle = record("middle", "Amman. Haddad and Park spoke by telephone.", List.of(park, haddad), List.of(),
        consult("phone", day("2025-03-04"), List.of("Omar Haddad", "Lena Park"), "JOR", "KOR"));
    var late = record("late", "Amman. Minister Haddad took a call from Korea.", List.of(haddad), List.of(),
        consult("phone", day("2025-03-04"), List.of("Omar Haddad"), "JOR", "KOR"));
    var kept = record("kept", "Seoul. Park and Haddad spoke by telephone.", List.of(park, haddad), List.of(),
        consult("phone", day("2025-03-04"), List.of("Lena Park", "Omar Haddad"), "KOR", "JOR"));
    try (Store s = Store.open(newDb())) {
      for (ExtractionRecord r : List.of(early, middle, late)) {
        s.put(r, r.doc() + ".txt", hash(r), false);
      }
      assertEquals(List.of(List.of("early", "middle", "late")), s.events(EventQuery.all()).stream().map(StoredEvent::sources).toList());
      // the middle document re-extracted (--force) without its call
      var bare = record("middle", middle.text(), List.of(park, haddad), List.of());
      assertEquals(Store.Outcome.REPLACED, s.put(bare, "middle.txt", hash(middle), true));
      List<StoredEvent> events = s.events(EventQuery.all());
      assertEquals(List.of(List.of("early"), List.of("late")), events.stream().map(StoredEvent::sources).toList());
      assertEquals(List.of("Omar Haddad"), events.get(1).event().participants());
      assertEquals(List.of(), events.get(1).joinedBy(), "nothing joined the late report any more");
      assertEquals(new Store.Stats(3, 2, 2), s.stats());
    }
    // with a report left that still links them, they stay one event
    try (Store s = Store.open(newDb())) {
      for (ExtractionRecord r : List.of(early, middle, kept, late)) {
        s.put(r, r.doc() + ".txt", hash(r), false);
      }
      s.put(record("middle", middle.text(), List.of(park, haddad), List.of()), "middle.txt", hash(middle), true);
      List<StoredEvent> linked = s.events(EventQuery.all());
      assertEquals(List.of(List.of("early", "kept", "late")), linked.stream().map(StoredEvent::sources).toList());
      assertTrue(linked.get(0).joinedBy().stream().noneMatch(j -> j.contains("middle")), linked.get(0).joinedBy().toString());
    }
  }

  // ------------------------------------------------------------------ undated reports

  private static final Actor VOSS = person("Arlen Voss", "FJI", "President");
  private static final Actor DARAN = person("Kemal Daran", "TON", "President");

  /** One government's statement of a call that gives no year: its event is undated. */
  private static ExtractionRecord undatedCall(String doc, String text, List<String> people) {
    return undated(doc, text, consult("phone", null, people, "TON", "FJI"));
  }

  private static ExtractionRecord undated(String doc, String text, org.dyad.model.Event e) {
    return record(doc, text, List.of(DARAN, VOSS, country("Tonga", "TON"), country("Fiji", "FJI")), List.of(), e);
  }

  /** The other government's readout of a call, dated. */
  private static ExtractionRecord datedCall(String doc, String date) {
    return record(
        doc, "Readout, " + date + ". President Voss spoke with President Daran of Tonga about the April 16 referendum.",
        List.of(VOSS, DARAN, country("Fiji", "FJI"), country("Tonga", "TON")), List.of(),
        consult("phone", day(date), List.of("Arlen Voss", "Kemal Daran"), "FJI", "TON"));
  }

  private static final String STATEMENT =
      "President Kemal Daran spoke by phone this evening with President Arlen Voss. Voss congratulated Daran on the"
          + " April 16 referendum; both condemned the chemical attack on the 4th of April.";

  private static void put(Store s, ExtractionRecord... records) {
    for (ExtractionRecord r : records) {
      s.put(r, r.doc() + ".txt", hash(r), false);
    }
  }

  private static List<List<String>> sources(Store s) {
    return s.events(EventQuery.all()).stream().map(StoredEvent::sources).map(x -> x.stream().sorted().toList()).toList();
  }

  @Test
  void anUndatedCallJoinsTheDatedCallOfTheSamePeopleInEitherOrder() throws Exception {
    var statement = undatedCall("statement", STATEMENT, List.of("Kemal Daran", "Arlen Voss"));
    var readout = datedCall("readout", "2017-04-17");
    for (List<ExtractionRecord> order : List.of(List.of(statement, readout), List.of(readout, statement))) {
      try (Store s = Store.open(newDb())) {
        put(s, order.toArray(ExtractionRecord[]::new));
        List<StoredEvent> events = s.events(EventQuery.all());
        assertEquals(List.of(List.of("readout", "statement")), sources(s), order.get(0).doc() + " first");
        assertEquals("2017-04-17", events.get(0).event().date().label());
        String why = String.join(" | ", events.get(0).joinedBy());
        assertTrue(why.contains("undated; same people") && why.contains("04-16, 04-04") && why.contains("the only dated event that fits"), why);
      }
    }
  }

  @Test
  void anUndatedCallThatSharesOnePersonStaysApart() throws Exception {
    try (Store s = Store.open(newDb())) {
      put(s, datedCall("readout", "2017-04-17"), undatedCall("statement", STATEMENT, List.of("Kemal Daran")));
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedCallWithADayOutsideTheWindowStaysApart() throws Exception {
    // February 2 is 74 days before April 17
    var statement = undatedCall("statement", STATEMENT + " They recalled their talks of February 2.", List.of("Kemal Daran", "Arlen Voss"));
    try (Store s = Store.open(newDb())) {
      put(s, datedCall("readout", "2017-04-17"), statement);
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedCallWhoseDocumentGivesAnotherYearStaysApart() throws Exception {
    var statement = undatedCall("statement", STATEMENT + " They last met on 3 March 2014.", List.of("Kemal Daran", "Arlen Voss"));
    try (Store s = Store.open(newDb())) {
      put(s, datedCall("readout", "2017-04-17"), statement);
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedCallWithoutAnchorsStaysApart() throws Exception {
    var statement = undatedCall("statement", "President Daran spoke by phone this evening with President Voss.", List.of("Kemal Daran", "Arlen Voss"));
    try (Store s = Store.open(newDb())) {
      put(s, datedCall("readout", "2017-04-17"), statement);
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedCallThatTwoDatedCallsFitJoinsNeither() throws Exception {
    var statement = undatedCall("statement", STATEMENT, List.of("Kemal Daran", "Arlen Voss"));
    var first = datedCall("first", "2017-04-17");
    var second = datedCall("second", "2017-04-25");
    try (Store s = Store.open(newDb())) {
      put(s, first, second, statement);
      assertEquals(List.of(List.of("first"), List.of("second"), List.of("statement")), sources(s));
    }
    // joined while the first was the only one; the second undoes the join
    try (Store s = Store.open(newDb())) {
      put(s, first, statement);
      assertEquals(List.of(List.of("first", "statement")), sources(s));
      put(s, second);
      assertEquals(List.of(List.of("first"), List.of("second"), List.of("statement")), sources(s));
      assertEquals(List.of(), s.events(EventQuery.all()).get(0).joinedBy());
    }
  }

  @Test
  void anUndatedEventOfAnotherTypeStaysApart() throws Exception {
    var support =
        new org.dyad.model.Event(
            EventType.SUPPORT, null, org.dyad.model.Status.OCCURRED, null, List.of("Kemal Daran", "Arlen Voss"), List.of("TON"),
            List.of("FJI"), null, null, null, List.of(new org.dyad.model.Span(0, 4)));
    try (Store s = Store.open(newDb())) {
      put(s, datedCall("readout", "2017-04-17"), undated("statement", STATEMENT, support));
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedReportStoredBeforeVersionThreeHasNoAnchorsAndStaysApart() throws Exception {
    String db = newDb();
    try (Store s = Store.open(db)) {
      put(s, undatedCall("statement", STATEMENT, List.of("Kemal Daran", "Arlen Voss")));
    }
    // make it look like a version 2 store
    sql(db, "DROP INDEX event_reports_anchors");
    sql(db, "ALTER TABLE event_reports DROP COLUMN anchors");
    sql(db, "DELETE FROM schema_version WHERE version = 3");
    try (Store s = Store.open(db)) {
      put(s, datedCall("readout", "2017-04-17"));
      assertEquals(List.of(List.of("readout"), List.of("statement")), sources(s));
    }
  }

  @Test
  void anUndatedCallLeavesWhenItsDatedCallIsReplacedAndRejoinsWhenItReturns() throws Exception {
    var statement = undatedCall("statement", STATEMENT, List.of("Kemal Daran", "Arlen Voss"));
    var readout = datedCall("readout", "2017-04-17");
    try (Store s = Store.open(newDb())) {
      put(s, statement, readout);
      assertEquals(List.of(List.of("readout", "statement")), sources(s));
      s.put(record("readout", readout.text(), readout.actors(), List.of()), "readout.txt", hash(readout), true);
      assertEquals(List.of(List.of("statement")), sources(s));
      assertEquals(List.of(), s.events(EventQuery.all()).get(0).joinedBy());
      s.put(readout, "readout.txt", hash(readout), true);
      assertEquals(List.of(List.of("readout", "statement")), sources(s));
    }
  }
}
