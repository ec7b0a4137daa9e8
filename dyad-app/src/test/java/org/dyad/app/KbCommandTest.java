package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dyad kb}, run in-process against the bundled knowledge base. */
class KbCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> lines(String out) {
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }

  private static List<JsonNode> jsonl(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines(out)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static void assertOk(Cli.Result r) {
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
  }

  // ------------------------------------------------------------------ who

  @Test
  void primeMinisterOfJapanOnADay() {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", "JPN", "2022-06-01");
    assertOk(r);
    assertEquals(
        "NAME           TITLE           COUNTRY  FROM        TO\n"
            + "Kishida Fumio  Prime Minister  JPN      2021-10-04  2024-10-01\n",
        r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"head-of-government", "HEAD_OF_GOVERNMENT", "head of government", "premier", "PM"})
  void officeSpellingsAgree(String office) {
    Cli.Result r = Cli.run("kb", "who", office, "JPN", "2022-06-01");
    assertOk(r);
    assertEquals(Cli.run("kb", "who", "Prime Minister", "JPN", "2022-06-01").out(), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"JPN", "jpn", "JP", "Japan", "japan"})
  void countrySpellingsAgree(String country) {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", country, "2022-06-01");
    assertOk(r);
    assertEquals(2, lines(r.out()).size(), r.out());
    assertTrue(r.out().contains("\nKishida Fumio  "), r.out());
  }

  @Test
  void presidentFindsAPresidentialHeadOfGovernmentOnce() {
    // the US term is listed as head of state and as head of government: one answer, not two
    Cli.Result r = Cli.run("kb", "who", "President", "USA", "2019-07-01");
    assertOk(r);
    assertEquals(List.of("NAME          TITLE      COUNTRY  FROM        TO", "Donald Trump  President  USA      2017-01-20  2021-01-20"),
        lines(r.out()));
  }

  @Test
  void presidentLeavesOutAPrimeMinister() {
    // Russia's head of government is titled Prime Minister: "President" must not list him
    Cli.Result r = Cli.run("kb", "who", "President", "Russia", "2010-06-01");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(2, l.size(), r.out());
    assertTrue(l.get(1).startsWith("Dmitry Medvedev  President  RUS "), l.get(1));
    Cli.Result hog = Cli.run("kb", "who", "head-of-government", "Russia", "2010-06-01");
    assertTrue(hog.out().contains("\nVladimir Putin  Prime Minister  RUS "), hog.out());
  }

  @Test
  void foreignMinisterOfCambodia() {
    Cli.Result r = Cli.run("kb", "who", "Foreign Minister", "Cambodia", "2020-10-22");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(2, l.size(), r.out());
    assertTrue(l.get(0).startsWith("NAME          TITLE "), l.get(0));
    assertTrue(
        l.get(1).matches("Prak Sokhonn  Minister of Foreign Affairs and International Cooperation  KHM +2016-04-04  2023-08-22"),
        l.get(1));
  }

  @Test
  void monthListsEveryHolderWhoseTermOverlapsIt() {
    Cli.Result r = Cli.run("kb", "who", "pm", "JP", "2020-09");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(3, l.size(), r.out());
    assertTrue(l.get(1).startsWith("Abe Shinzo "), l.get(1));
    assertTrue(l.get(2).startsWith("Suga Yoshihide "), l.get(2));
  }

  @Test
  void columnsAreAligned() {
    Cli.Result r = Cli.run("kb", "who", "president", "EU", "2020");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(3, l.size(), r.out());
    for (String column : List.of("TITLE", "COUNTRY", "FROM", "TO")) {
      int at = l.get(0).indexOf(column);
      for (String row : l.subList(1, l.size())) {
        assertEquals(' ', row.charAt(at - 1), "column " + column + " in: " + row);
        assertTrue(row.charAt(at) != ' ', "column " + column + " in: " + row);
      }
    }
    assertTrue(l.stream().noneMatch(s -> s.endsWith(" ")), r.out());
  }

  @Test
  void jsonlIsOneObjectPerHolder() throws IOException {
    Cli.Result r = Cli.run("kb", "who", "President", "US", "2019-07-01", "--format", "jsonl");
    assertOk(r);
    List<JsonNode> nodes = jsonl(r.out());
    assertEquals(1, nodes.size(), r.out());
    JsonNode n = nodes.get(0);
    assertEquals("Donald Trump", n.get("name").asText());
    assertEquals("USA", n.get("country").asText());
    assertEquals("President", n.get("title").asText());
    assertEquals("2017-01-20", n.get("start").asText());
    assertEquals("2021-01-20", n.get("end").asText());
    List<String> offices = new ArrayList<>();
    n.get("offices").forEach(o -> offices.add(o.asText()));
    assertEquals(List.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"), offices);
  }

  @Test
  void nobodyInOfficeIsStatusOne() {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", "JPN", "1800-01-01");
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals("dyad: no Prime Minister of Japan (JPN) on 1800-01-01 in the knowledge base\n", r.err());
  }

  @Test
  void anOfficeUnderAnotherTitleIsNamedInTheMessage() {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", "Germany", "2022-06-01");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("dyad: no Prime Minister of Germany (DEU) on 2022-06-01 in the knowledge base; in office then: "), r.err());
    assertTrue(r.err().contains("(Chancellor)"), r.err());
  }

  @Test
  void unknownCountryIsUsageError() {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", "Atlantis", "2022-06-01");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("dyad kb who: unknown COUNTRY 'Atlantis'; expected an ISO alpha-3 or alpha-2 code"), r.err());
    assertTrue(r.err().endsWith("Try 'dyad kb who --help' for more information.\n"), r.err());
  }

  @Test
  void unknownOfficeIsUsageError() {
    Cli.Result r = Cli.run("kb", "who", "Grand Vizier", "JPN", "2022-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("dyad kb who: unknown OFFICE 'Grand Vizier'; expected President, Prime Minister"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022/06/01", "1 June 2022", "2022-02-30", "2022-13", "22", "yesterday"})
  void malformedDateIsUsageError(String date) {
    Cli.Result r = Cli.run("kb", "who", "Prime Minister", "JPN", date);
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("dyad kb who: invalid DATE '" + date + "'; expected a calendar date as YYYY-MM-DD, YYYY-MM or YYYY\n"),
        r.err());
  }

  // ------------------------------------------------------------------ person, country, anniversary

  @Test
  void personListsEveryTermEarliestFirst() {
    Cli.Result r = Cli.run("kb", "person", "FUMIO", "KISHIDA");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(3, l.size(), r.out());
    assertTrue(l.get(1).matches("Kishida Fumio  Minister for Foreign Affairs  JPN +2012-12-26  2017-08-03"), l.get(1));
    assertTrue(l.get(2).matches("Kishida Fumio  Prime Minister +JPN +2021-10-04  2024-10-01"), l.get(2));
  }

  @Test
  void unknownPersonIsStatusOne() {
    Cli.Result r = Cli.run("kb", "person", "Nobody Atall");
    assertEquals(1, r.status());
    assertEquals("dyad: no officeholder named 'Nobody Atall' in the knowledge base\n", r.err());
  }

  @Test
  void countryRecord() throws IOException {
    Cli.Result r = Cli.run("kb", "country", "jp");
    assertOk(r);
    List<String> l = lines(r.out());
    assertEquals(2, l.size(), r.out());
    assertTrue(l.get(0).startsWith("ALPHA-2  ALPHA-3  NAME   CAPITAL  DEMONYMS  "), l.get(0));
    assertTrue(l.get(1).startsWith("JP       JPN      Japan  Tokyo    Japanese  "), l.get(1));
    JsonNode n = jsonl(Cli.run("kb", "country", "Phnom", "Penh", "--format=jsonl").out()).get(0);
    assertEquals("KHM", n.get("alpha3").asText());
    assertEquals("Phnom Penh", n.get("capital").asText());
  }

  @Test
  void unknownCountryRecordIsStatusOne() {
    Cli.Result r = Cli.run("kb", "country", "Atlantis");
    assertEquals(1, r.status());
    assertEquals("dyad: no country named 'Atlantis' in the knowledge base\n", r.err());
  }

  @Test
  void anniversaryOfAPairInAYear() throws IOException {
    Cli.Result r = Cli.run("kb", "anniversary", "Japan", "KH", "--year", "2023");
    assertOk(r);
    assertEquals(
        List.of("PARTIES  SINCE  WHAT                  IN 2023", "JPN/KHM  1953   diplomatic relations  70th anniversary"), lines(r.out()));
    JsonNode n = jsonl(Cli.run("kb", "anniversary", "KHM", "JPN", "--year", "2023", "--format", "jsonl").out()).get(0);
    assertEquals(70, n.get("anniversary").asInt());
    assertEquals("70th", n.get("ordinal").asText());
    assertEquals(1953, n.get("year").asInt());
  }

  @Test
  void anniversariesOfOneCountryAreEarliestFirst() {
    Cli.Result r = Cli.run("kb", "anniversary", "Cambodia");
    assertOk(r);
    List<String> l = lines(r.out());
    assertTrue(l.size() > 2, r.out());
    int last = 0;
    for (String row : l.subList(1, l.size())) {
      assertTrue(row.contains("KHM"), row);
      int year = Integer.parseInt(row.split(" +")[1]);
      assertTrue(year >= last, r.out());
      last = year;
    }
  }

  @Test
  void noAnniversaryIsStatusOne() {
    Cli.Result r = Cli.run("kb", "anniversary", "Iceland", "Fiji");
    assertEquals(1, r.status());
    assertEquals("dyad: no anniversary involving Iceland (ISL) and Fiji (FJI) in the knowledge base\n", r.err());
  }

  // ------------------------------------------------------------------ usage

  @Test
  void missingQueryIsUsageError() {
    Cli.Result r = Cli.run("kb");
    assertEquals(2, r.status());
    assertEquals("dyad kb: missing query: who, person, country or anniversary\nTry 'dyad kb --help' for more information.\n", r.err());
  }

  @Test
  void unknownFormatIsUsageError() {
    Cli.Result r = Cli.run("kb", "country", "JPN", "--format", "xml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'xml' is not a format; expected table or jsonl"), r.err());
  }

  @Test
  void everyQueryHasHelp() {
    for (String q : List.of("who", "person", "country", "anniversary")) {
      Cli.Result r = Cli.run("kb", q, "--help");
      assertEquals(0, r.status(), q);
      assertTrue(r.out().startsWith("Usage: dyad kb " + q + " "), r.out());
      assertTrue(r.out().contains("--format=FORMAT"), r.out());
    }
  }
}
