package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GdeltTest {
  private final Gdelt gdelt = new Gdelt(Fixtures.LOOKUP, KnowledgeBase.standard());

  private String field(List<String> row, String column) {
    return row.get(Gdelt.COLUMNS.indexOf(column));
  }

  @Test
  void columnsAreTheCodebooks61InOrder() {
    assertEquals(61, Gdelt.COLUMNS.size());
    assertEquals(61, Gdelt.COLUMNS.stream().distinct().count());
    assertEquals("GLOBALEVENTID", Gdelt.COLUMNS.get(0));
    assertEquals("Actor1Code", Gdelt.COLUMNS.get(5));
    assertEquals("Actor2Code", Gdelt.COLUMNS.get(15));
    assertEquals("IsRootEvent", Gdelt.COLUMNS.get(25));
    assertEquals("EventCode", Gdelt.COLUMNS.get(26));
    assertEquals("GoldsteinScale", Gdelt.COLUMNS.get(30));
    assertEquals("AvgTone", Gdelt.COLUMNS.get(34));
    assertEquals("Actor1Geo_Type", Gdelt.COLUMNS.get(35));
    assertEquals("Actor1Geo_ADM2Code", Gdelt.COLUMNS.get(39));
    assertEquals("ActionGeo_FullName", Gdelt.COLUMNS.get(52));
    assertEquals("ActionGeo_FeatureID", Gdelt.COLUMNS.get(58));
    assertEquals(List.of("DATEADDED", "SOURCEURL"), Gdelt.COLUMNS.subList(59, 61));
  }

  @Test
  void everyRowOfTheExportHas61Columns() throws IOException {
    StringWriter out = new StringWriter();
    Exporter.write(Exporter.Format.GDELT, Fixtures.events(), Fixtures.LOOKUP, out);
    String[] lines = out.toString().split("\n", -1);
    assertEquals(Fixtures.events().size() + 1, lines.length, "one line per event, then the final newline");
    assertEquals("", lines[lines.length - 1]);
    for (int i = 0; i < lines.length - 1; i++) {
      assertEquals(61, lines[i].split("\t", -1).length, "row " + i + ": " + lines[i]);
    }
  }

  @Test
  void tabsAndLineBreaksInsideFieldsBecomeSpaces() {
    StoredEvent s = Fixtures.events().get(7);
    List<String> row = gdelt.row(s);
    assertEquals(61, row.size());
    row.forEach(f -> assertFalse(f.matches("(?s).*[\\t\\n\\r].*"), f));
    StoredEvent tabbed =
        new StoredEvent(9, Fixtures.event(EventType.CONSULT, "meeting", Status.OCCURRED, null, List.of(),
            List.of("NOR"), List.of("KEN"), "Lake\tVictoria\nshore", null, null, 1), List.of("a\tb"));
    List<String> r = gdelt.row(tabbed);
    assertEquals("Lake Victoria shore", field(r, "ActionGeo_FullName"));
    assertEquals("a b", field(r, "SOURCEURL"));
  }

  @ParameterizedTest
  @CsvSource({"2019-01-25, 2019.0685", "2024-03-05, 2024.1781", "2023-12-31, 2023.9890", "2024-01-01, 2024.0027"})
  void fractionDateUsesThirtyDayMonths(String day, String expected) {
    assertEquals(expected, Gdelt.fractionDate(LocalDate.parse(day)));
  }

  @Test
  void monthPrecisionIsWrittenAsTheFirstDay() {
    List<String> row = gdelt.row(Fixtures.events().get(1));
    assertEquals("20240401", field(row, "SQLDATE"));
    assertEquals("202404", field(row, "MonthYear"));
    assertEquals("2024", field(row, "Year"));
  }

  @Test
  void aVisitPutsTheVisitorFirstWhenThePlaceNamesTheHost() {
    // Source NOR, target BRA, in Oslo: Brazil's minister was the visitor.
    List<String> row = gdelt.row(Fixtures.events().get(1));
    assertEquals("042", field(row, "EventCode"));
    assertEquals("BRAGOV", field(row, "Actor1Code"));
    assertEquals("ANA FERREIRA", field(row, "Actor1Name"));
    assertEquals("NORGOV", field(row, "Actor2Code"));
  }

  @Test
  void countriesWithoutParticipantsAreNamedFromTheKnowledgeBase() {
    List<String> row = gdelt.row(Fixtures.events().get(2));
    assertEquals("KEN", field(row, "Actor1Code"));
    assertEquals("KENYA", field(row, "Actor1Name"));
    assertEquals("", field(row, "Actor1Type1Code"));
    assertEquals("044", field(row, "EventCode"), "Kenya and Chile meeting in Geneva");
    assertEquals("3", field(row, "NumSources"));
    assertEquals("3", field(row, "NumArticles"));
    assertEquals("1", field(row, "NumMentions"));
  }

  @Test
  void aPersonWithoutOfficeGetsNoGovernmentRole() {
    List<String> row = gdelt.row(Fixtures.events().get(3));
    assertEquals("KEN", field(row, "Actor2Code"));
    assertEquals("PETER OTIENO", field(row, "Actor2Name"));
    assertEquals("057", field(row, "EventCode"));
    assertEquals("8.0", field(row, "GoldsteinScale"));
  }

  @Test
  void participantsOfNoSideFillAMissingActor() {
    StoredEvent s =
        new StoredEvent(10, Fixtures.event(EventType.CONSULT, "meeting", Status.OCCURRED, null,
            List.of("Lars Haugen", "Someone Unknown"), List.of(), List.of(), null, null, null, 1), List.of("d"));
    List<String> row = gdelt.row(s);
    assertEquals("NORGOV", field(row, "Actor1Code"));
    assertEquals("", field(row, "Actor2Code"));
    assertEquals("SOMEONE UNKNOWN", field(row, "Actor2Name"));
  }
}
