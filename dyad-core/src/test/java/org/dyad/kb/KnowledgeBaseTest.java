package org.dyad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the bundled knowledge files: consistency of the data and the lookups over it. */
class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  @Test
  void standardIsLoadedOnce() {
    assertSame(KB, KnowledgeBase.standard());
  }

  @Test
  void countriesCoverUnMembersObserversAndTheFourTerritories() {
    // 193 members + Holy See + Palestine + Taiwan, Kosovo, Hong Kong, Macao + Cook Islands, Niue
    assertEquals(201, KB.countries().size());
    Set<String> codes = KB.countries().stream().map(Country::alpha3).collect(Collectors.toSet());
    assertEquals(201, codes.size(), "alpha-3 codes are unique");
    for (String c : List.of("VAT", "PSE", "TWN", "XKX", "HKG", "MAC", "KHM", "TLS", "SSD", "COK", "NIU")) {
      assertTrue(codes.contains(c), c);
    }
  }

  @Test
  void everyCodeUsedElsewhereIsACountryOrADocumentedKey() {
    Set<String> codes = KB.countries().stream().map(Country::alpha3).collect(Collectors.toSet());
    for (Officeholder h : KB.officeholders()) {
      assertTrue(h.country() == null || codes.contains(h.country()), h.toString());
    }
    for (Anniversary a : KB.anniversaries()) {
      for (String p : a.parties()) {
        assertTrue(codes.contains(p) || p.equals(KnowledgeBase.ASEAN) || p.equals(KnowledgeBase.EU), a.toString());
      }
    }
    for (Organization o : KB.organizations()) {
      assertTrue(o.country() == null || codes.contains(o.country()), o.toString());
    }
  }

  @Test
  void noTermEndsBeforeItStarts() {
    for (Officeholder h : KB.officeholders()) {
      assertTrue(h.end() == null || !h.end().isBefore(h.start()), h.toString());
    }
  }

  @Test
  void termsOfOneOfficeDoNotOverlapAndHaveOneIncumbentAtMost() {
    Map<String, List<Officeholder>> byOffice =
        KB.officeholders().stream().collect(Collectors.groupingBy(h -> h.country() + "/" + h.office()));
    for (Map.Entry<String, List<Officeholder>> e : byOffice.entrySet()) {
      List<Officeholder> terms = new ArrayList<>(e.getValue());
      terms.sort(Comparator.comparing(Officeholder::start));
      for (int i = 1; i < terms.size(); i++) {
        Officeholder before = terms.get(i - 1);
        Officeholder after = terms.get(i);
        assertTrue(before.end() != null, e.getKey() + ": only the last term may be open: " + before);
        // a handover day may be counted in both terms; more than that is a data error
        assertFalse(after.start().isBefore(before.end().minusDays(3)), e.getKey() + ": " + before + " overlaps " + after);
      }
    }
  }

  @Test
  void everyTrackedCountryHasAllThreeOfficesFilledToday() {
    LocalDate day = LocalDate.of(2025, 12, 1);
    for (String c : List.of("KHM", "JPN", "USA", "CHN", "VNM", "SGP", "IDN", "GBR", "FRA", "DEU", "IND", "AUS", "RUS")) {
      for (Office o : Office.values()) {
        assertEquals(1, KB.holders(o, c, day).size(), c + " " + o);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Japanese, JPN",
    "Japan’s, JPN",
    "Japan's, JPN",
    "JAPAN, JPN",
    "the Philippines, PHL",
    "Filipino, PHL",
    "Philippine, PHL",
    "Kingdom of Cambodia, KHM",
    "Khmer, KHM",
    "Cambodian, KHM",
    "U.S., USA",
    "United States of America, USA",
    "American, USA",
    "UK, GBR",
    "Britain, GBR",
    "British, GBR",
    "Viet Nam, VNM",
    "Lao PDR, LAO",
    "Laos, LAO",
    "Burma, MMR",
    "Russia, RUS",
    "South Korea, KOR",
    "Republic of Korea, KOR",
    "Korea, KOR",
    "ROK, KOR",
    "DPRK, PRK",
    "North Korean, PRK",
    "Côte d'Ivoire, CIV",
    "Timor Leste, TLS",
    "People’s Republic of China, CHN",
  })
  void countryByNameOrDemonym(String name, String alpha3) {
    assertEquals(Optional.of(alpha3), KB.countryByName(name).map(Country::alpha3), name);
  }

  @Test
  void unknownNamesFindNothing() {
    assertTrue(KB.countryByName("Atlantis").isEmpty());
    assertTrue(KB.countryByName("").isEmpty());
    assertTrue(KB.countryByCity("Nowhere Town").isEmpty());
    assertTrue(KB.byName("Nobody Inparticular").isEmpty());
    assertTrue(KB.organization("who").isEmpty(), "lower-case pronoun is not the WHO");
  }

  @ParameterizedTest
  @CsvSource({"Phnom Penh, KHM", "Siem Reap, KHM", "Osaka, JPN", "Hiroshima, JPN", "New York, USA",
      "Washington, USA", "Hanoi, VNM", "Ho Chi Minh City, VNM", "Naypyidaw, MMR", "Vientiane, LAO", "Canberra, AUS"})
  void countryByCity(String city, String alpha3) {
    assertEquals(Optional.of(alpha3), KB.countryByCity(city).map(Country::alpha3), city);
  }

  @Test
  void capitalIsKept() {
    assertEquals("Tokyo", KB.country("JPN").orElseThrow().capital());
    assertEquals("KH", KB.country("khm").orElseThrow().alpha2());
  }

  @Test
  void byNameIgnoresCaseOrderAndHonorifics() {
    List<Officeholder> kishida = KB.byName("KISHIDA Fumio");
    assertEquals(List.of(Office.FOREIGN_MINISTER, Office.HEAD_OF_GOVERNMENT),
        kishida.stream().map(Officeholder::office).toList());
    assertEquals(kishida, KB.byName("Fumio Kishida"));
    assertEquals(kishida, KB.byName("H.E. Mr. Kishida Fumio"));
    assertEquals(kishida, KB.byName("Kishida Fumio-san"));
    assertEquals("Hun Sen", single(KB.byName("Samdech Akka Moha Sena Padei Techo Hun Sen")).name());
    assertEquals("Hun Manet", single(KB.byName("Samdech Thipadei Hun Manet")).name());
    assertEquals("VNM", KB.byName("Phạm Minh Chính").get(0).country());
    assertEquals("Moon Jae-in", KB.byName("Moon Jaein").get(0).name());
    assertEquals("Moon Jae-in", KB.byName("moon jae in").get(0).name());
  }

  @Test
  void byNameSkipsMiddleInitialsAndRoyalHonorifics() {
    assertEquals("Retno Marsudi", KB.byName("Retno L.P. Marsudi").get(0).name());
    assertEquals("Retno Marsudi", KB.byName("Retno L Marsudi").get(0).name());
    assertEquals("Zambry Abdul Kadir", single(KB.byName("Datuk Seri Diraja Zambry Abd Kadir")).name());
    assertTrue(KB.byName("L.P. Marsudi").isEmpty(), "one name left is no full name");
    assertEquals("Faisal bin Farhan Al Saud", single(KB.byName("Prince Faisal bin Farhan bin Abdullah")).name());
  }

  @Test
  void byNameFindsEveryTermOfAPerson() {
    List<Officeholder> abe = KB.byName("Shinzo Abe");
    assertEquals(2, abe.size());
    assertTrue(abe.get(0).start().isBefore(abe.get(1).start()));
  }

  @ParameterizedTest
  @CsvSource({
    "HEAD_OF_GOVERNMENT, KHM, 2020-06-01, Hun Sen",
    "HEAD_OF_GOVERNMENT, KHM, 2024-01-15, Hun Manet",
    "FOREIGN_MINISTER, KHM, 2010-01-01, Hor Namhong",
    "FOREIGN_MINISTER, KHM, 2019-05-01, Prak Sokhonn",
    "FOREIGN_MINISTER, KHM, 2024-06-01, Sok Chenda Sophea",
    "HEAD_OF_STATE, KHM, 2012-03-01, Norodom Sihamoni",
    "HEAD_OF_GOVERNMENT, JPN, 2022-06-01, Kishida Fumio",
    "HEAD_OF_GOVERNMENT, JPN, 2005-01-01, Koizumi Junichiro",
    "FOREIGN_MINISTER, JPN, 2015-01-01, Kishida Fumio",
    "FOREIGN_MINISTER, JPN, 2018-06-01, Kono Taro",
    "FOREIGN_MINISTER, JPN, 2022-06-01, Hayashi Yoshimasa",
    "FOREIGN_MINISTER, USA, 2010-06-01, Hillary Clinton",
    "HEAD_OF_STATE, USA, 2023-01-01, Joe Biden",
    "HEAD_OF_STATE, CHN, 2015-01-01, Xi Jinping",
    "HEAD_OF_GOVERNMENT, CHN, 2018-01-01, Li Keqiang",
    "FOREIGN_MINISTER, CHN, 2023-05-01, Qin Gang",
    "HEAD_OF_GOVERNMENT, DEU, 2010-01-01, Angela Merkel",
  })
  void holdersOnADayWellInsideATerm(Office office, String alpha3, String day, String name) {
    assertEquals(name, single(KB.holders(office, alpha3, LocalDate.parse(day))).name());
  }

  @Test
  void europeanUnionOfficesHaveNoCountry() {
    assertEquals("Jean-Claude Juncker", single(KB.holders(Office.HEAD_OF_GOVERNMENT, null, LocalDate.of(2017, 1, 1))).name());
    assertEquals("Federica Mogherini", single(KB.holders(Office.FOREIGN_MINISTER, null, LocalDate.of(2017, 1, 1))).name());
  }

  @Test
  void honorificsComeLongestFirst() {
    List<String> h = KB.honorifics();
    for (String must : List.of("His Excellency", "H.E.", "Samdech", "Lok Chumteav", "Oknha", "Tan Sri", "Dato' Sri", "Khun", "Sheikh")) {
      assertTrue(h.contains(must), must);
    }
    for (int i = 1; i < h.size(); i++) {
      assertTrue(h.get(i - 1).length() >= h.get(i).length(), h.get(i - 1) + " before " + h.get(i));
    }
    assertEquals(new HashSet<>(h).size(), h.size(), "no duplicates");
    assertTrue(KB.honorificSuffixes().containsAll(List.of("-san", "-sama", "-nim")));
  }

  @Test
  void organizationsByNameAndAcronym() {
    assertEquals("JPN", KB.organization("JICA").orElseThrow().country());
    assertEquals("KOR", KB.organization("Korea International Cooperation Agency").orElseThrow().country());
    assertEquals("World Health Organization", KB.organization("WHO").orElseThrow().name());
    assertEquals("Association of Southeast Asian Nations", KB.organization("Asean").orElseThrow().name());
    assertEquals(null, KB.organization("the United Nations").orElseThrow().country());
  }

  @Test
  void eachYearHasOneChairOfASEANAndAtMostTwoHostsOfAnyBody() {
    Map<String, Long> perYear = KB.chairs().stream()
        .collect(java.util.stream.Collectors.groupingBy(c -> c.body() + " " + c.year(), java.util.stream.Collectors.counting()));
    perYear.forEach((k, n) -> assertTrue(n <= (k.startsWith("ASEAN") ? 1 : 2), k + " has " + n + " chairs"));
    assertTrue(KB.chairs().stream().anyMatch(c -> c.body().equals("G20")), "the G20 presidencies are listed");
  }

  @Test
  void numberedMeetingsOfASeriesFollowEachOtherInTime() {
    Map<String, List<org.dyad.kb.Gathering>> bySeries = KB.gatherings().stream()
        .collect(Collectors.groupingBy(org.dyad.kb.Gathering::series));
    assertTrue(bySeries.keySet().containsAll(Set.of("ASEAN_SUMMIT", "G20_SUMMIT", "UNGA_SESSION", "COP", "BRICS_SUMMIT")), bySeries.keySet().toString());
    bySeries.forEach((series, meetings) -> {
      List<org.dyad.kb.Gathering> numbered = meetings.stream().filter(g -> g.number() != null)
          .sorted(java.util.Comparator.comparing(org.dyad.kb.Gathering::number)).toList();
      for (int i = 1; i < numbered.size(); i++) {
        org.dyad.kb.Gathering a = numbered.get(i - 1);
        org.dyad.kb.Gathering b = numbered.get(i);
        assertTrue(a.number() < b.number(), series + " lists number " + b.number() + " twice");
        assertTrue(!b.first().isBefore(a.first()), series + " " + b.number() + " starts before " + a.number());
      }
      for (org.dyad.kb.Gathering g : meetings) {
        assertTrue(g.last().isBefore(g.first().plusDays(31)), g + " lasts more than a month");
        assertTrue(KB.gatheringNames().containsKey(series), series + " has no names");
      }
    });
    // a session of the UN General Assembly opens in September (or, before 2003 and in 2013, by early October) of 1945 + its number
    for (org.dyad.kb.Gathering g : bySeries.get("UNGA_SESSION")) {
      assertEquals(1945 + g.number(), g.first().getYear(), g.toString());
    }
  }

  @Test
  void anniversariesKnowCommonBases() {
    assertEquals(1953, anniversary("JPN", "KHM").year());
    assertEquals(1973, anniversary(KnowledgeBase.ASEAN, "JPN").year());
    assertEquals(1972, anniversary("CHN", "JPN").year());
    assertTrue(anniversary(KnowledgeBase.ASEAN, "JPN").keywords().contains("ASEAN-Japan Friendship and Cooperation"));
  }

  private static Anniversary anniversary(String a, String b) {
    List<Anniversary> found = KB.anniversaries().stream()
        .filter(x -> x.parties().size() == 2 && x.parties().containsAll(List.of(a, b)))
        .toList();
    return single(found);
  }

  private static <T> T single(List<T> list) {
    assertEquals(1, list.size(), list.toString());
    return list.get(0);
  }
}
