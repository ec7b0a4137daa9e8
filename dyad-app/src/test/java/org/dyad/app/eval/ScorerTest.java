package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer on hand-made gold files and records (src/test/resources/org/dyad/app/eval). The
 * figures below were worked out by hand from GOLD.md's rules, and score.py prints the same (its
 * output is kept as expected-report.txt).
 */
class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Report report() throws IOException, URISyntaxException {
    Path dir = Path.of(ScorerTest.class.getResource("/org/dyad/app/eval/gold").toURI());
    String jsonl;
    try (InputStream in = ScorerTest.class.getResourceAsStream("/org/dyad/app/eval/records.jsonl")) {
      jsonl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return Scorer.score(Scorer.readGoldDir(dir), Scorer.parseRecords(jsonl));
  }

  @Test
  void perDocumentCountsWorkedOutByHand() throws Exception {
    Report r = report();
    assertEquals(List.of("alpha", "beta", "gamma"), r.docs().stream().map(Report.DocScore::doc).toList());
    Report.DocScore alpha = r.docs().get(0);
    // phone call, MoU (3 of 7 content words), grant (2.5e6 EUR as a string), committee (countries
    // and a date inside the range); the second copy of the call and the USD loan are false; the
    // visit with one participant pairs with the optional gold visit and counts for nothing
    assertEquals(new Report.Counts(4, 2, 0), alpha.allEvents());
    // H.E. Mr. folded away; a second Maria Lindqvist and an unknown name are false persons
    assertEquals(new Report.Counts(2, 2, 0), alpha.persons());
    assertEquals(new Report.Ratio(1, 2), alpha.personCountry());
    // the year-only MoU date is coarser than the gold day; the grant has no gold date
    assertEquals(new Report.Ratio(2, 3), alpha.eventDates());
    assertEquals(0, alpha.docDate());
    assertEquals(new Report.Counts(1, 1, 2), alpha.topics());
    assertEquals(new Report.Ratio(2, 2), alpha.text());

    Report.DocScore beta = r.docs().get(1);
    assertEquals(new Report.Counts(2, 0, 0), beta.allEvents());
    // "AK Osei" = "A. K. Osei"; the optional Li Wei is neither rewarded nor punished
    assertEquals(new Report.Counts(1, 0, 1), beta.persons());
    assertNull(beta.docDate());
    // an empty text fails "contains" and is not credited for "absent"
    assertEquals(new Report.Ratio(0, 2), beta.text());

    Report.DocScore gamma = r.docs().get(2);
    assertEquals(new Report.Counts(0, 0, 1), gamma.allEvents());
    assertEquals(0, gamma.docDate());
    assertEquals(List.of("gamma"), r.missing());
  }

  @Test
  void summaryWorkedOutByHand() throws Exception {
    Report.Summary s = report().summary();
    assertEquals(3, s.docs());
    assertEquals(6.0 / 8, s.eventP(), 1e-12);
    assertEquals(6.0 / 7, s.eventR(), 1e-12);
    assertEquals(0.8, s.eventF1(), 1e-12);
    assertEquals(0.8, s.eventDateAcc(), 1e-12);
    assertEquals(0.6, s.personF1(), 1e-12);
    assertEquals(0.75, s.personCountryAcc(), 1e-12);
    assertEquals(0.0, s.docDateAcc(), 1e-12);
    assertEquals(1.0 / 3, s.topicF1(), 1e-12);
    assertEquals(0.5, s.textRepairAcc(), 1e-12);
    assertEquals(
        "docs=3 event_f1=0.80 event_p=0.75 event_r=0.86 event_date_acc=0.80 person_f1=0.60"
            + " person_country_acc=0.75 doc_date_acc=0.00 topic_f1=0.33 text_repair_acc=0.50",
        s.line());
  }

  @Test
  void perTypeFigures() throws Exception {
    Map<String, Report.Counts> t = report().eventsByType();
    assertEquals(new Report.Counts(3, 1, 0), t.get("CONSULT"));
    assertEquals(new Report.Counts(2, 0, 0), t.get("AGREE"));
    assertEquals(new Report.Counts(1, 1, 1), t.get("AID"));
  }

  @Test
  void printsWhatScorePyPrints() throws Exception {
    String expected;
    try (InputStream in = ScorerTest.class.getResourceAsStream("/org/dyad/app/eval/expected-report.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, report().format());
  }

  @Test
  void nameKeys() {
    assertEquals(Set.of("kamikawa", "yoko"), Names.nameKey("KAMIKAWA Yoko"));
    assertEquals(Names.nameKey("A. K. Abdul Momen"), Names.nameKey("AK Abdul Momen"));
    assertEquals(Set.of("ana", "pereira"), Names.nameKey("H. E. Dr. Ana Pereira"));
    assertEquals(Set.of("ana", "pereira"), Names.nameKey("H.E.Ana Pereira"));
    // "he" is not an honorific when it is a word of the name
    assertEquals(Set.of("he", "lifeng"), Names.nameKey("He Lifeng"));
    assertEquals(Set.of(), Names.nameKey("His Excellency Mr. Prime Minister"));
  }

  @Test
  void wordOverlap() {
    assertEquals(3.0 / 7, Names.jaccard("MoU on offshore wind energy", "Memorandum of Understanding on Offshore Wind Energy Cooperation"), 1e-12);
    assertEquals(0.0, Names.jaccard("of the", "the of"));
  }

  @Test
  void periods() throws IOException {
    assertEquals(new Periods.Period("2024-02-01", "2024-02-29"), Periods.period(JSON.readTree("\"2024-02\"")));
    assertEquals(new Periods.Period("2023-02-01", "2023-02-28"), Periods.period(JSON.readTree("\"2023-02\"")));
    assertEquals(new Periods.Period("2023-01-01", "2023-12-31"), Periods.period(JSON.readTree("2023")));
    assertNull(Periods.period(JSON.readTree("\"23 May 2023\"")));
    JsonNode gold = JSON.readTree("{\"range\": [\"2023-09-13\", \"2024-10-01\"]}");
    assertTrue(Periods.dateOk(gold, JSON.readTree("{\"value\": \"2024-07\"}")));
    assertFalse(Periods.dateOk(gold, JSON.readTree("{\"value\": \"2024\"}")));
    assertNull(Periods.dateOk(JSON.readTree("null"), JSON.readTree("{\"value\": \"2024\"}")));
    assertTrue(Periods.dateCompatible(gold, JSON.readTree("{\"value\": \"2024\"}")));
    assertFalse(Periods.dateCompatible(gold, JSON.readTree("{\"value\": \"2022\"}")));
  }

  @Test
  void roundsLikePython() {
    // Python: f"{0.125:.2f}" == "0.12" and f"{0.375:.2f}" == "0.38" (half to even, exact binary)
    assertEquals("0.12", Report.fmt(0.125));
    assertEquals("0.38", Report.fmt(0.375));
    // 2.675 is stored as 2.67499999...
    assertEquals("2.67", Report.fmt(2.675));
    assertEquals("n/a", Report.fmt(null));
  }

  @Test
  void pythonViewsOfValues() throws IOException {
    assertEquals(2500000.0, Py.toFloat(JSON.readTree("\" 2_500_000 \"")));
    assertNull(Py.toFloat(JSON.readTree("\"2,500,000\"")));
    assertNull(Py.toFloat(JSON.readTree("null")));
    assertTrue(Py.eq(JSON.readTree("1"), JSON.readTree("1.0")));
    assertEquals(List.of("a", "b", "c", "d"), Py.splitlines("a\r\nb\u2028c\u0085d"));
  }

  @Test
  void maximumMatchingFindsTheAugmentingPath() {
    // left 0 can take right 0 or 1, left 1 only right 0: both must be matched
    Map<Integer, Integer> m = Scorer.maxMatching(2, 2, (u, v) -> u == 0 || v == 0);
    assertEquals(Map.of(0, 1, 1, 0), m);
  }
}
