package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatheringsTest {
  private static Gatherings gatherings;

  @BeforeAll
  static void load() {
    gatherings = Gatherings.of(KnowledgeBase.standard());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "They talked on the sidelines of the 43rd ASEAN Summit.|ASEAN_SUMMIT|2023-09-05",
      "Both attended COP28 last year.|COP|2023-11-30",
      "The ministers will meet at COP 26 in the autumn.|COP|2021-10-31",
      "He spoke at the seventy-fourth session of the United Nations General Assembly.|UNGA_SESSION|2019-09-17",
      "They met at the G20 summit in Osaka.|G20_SUMMIT|2019-06-28",
      "They met during the 2023 BRICS Summit.|BRICS_SUMMIT|2023-08-22",
      "the Pacific Islands Forum Leaders Meeting in Nuku'alofa|PIF_LEADERS|2024-08-26",
      "the second China-Central Asia Summit|CHINA_CENTRAL_ASIA_SUMMIT|2025-06-17",
      "as it prepares to host the XV BRICS Summit next month|BRICS_SUMMIT|2023-08-22",
      "hoping to meet him at the ASEAN Summit in Vientiane in October|ASEAN_SUMMIT|2024-10-08",
      "hoping to meet him at the ASEAN Summit in Vientiane in Sept.|ASEAN_SUMMIT|2016-09-06",
  })
  void aNumberACityOrAYearPicksOneMeeting(String text, String series, String first) {
    List<Gatherings.Found> found = gatherings.in(text);
    assertEquals(1, found.size(), text + " -> " + found);
    assertEquals(series, found.get(0).gathering().series());
    assertEquals(LocalDate.parse(first), found.get(0).gathering().first());
  }

  @Test
  void aNameAloneOrAWordThatOnlyLooksLikeOneNamesNothing() {
    assertTrue(gatherings.in("The leaders will meet at the ASEAN Summit.").isEmpty());
    assertTrue(gatherings.in("The cop stopped the car at the G20 summit venue.").isEmpty());
    assertTrue(gatherings.in("They recalled the BRICS Summit in Atlantis.").isEmpty());
    // a city that hosted several meetings, without the month or year that tells them apart
    assertTrue(gatherings.in("They met at the ASEAN Summit in Vientiane.").isEmpty());
  }

  @Test
  void whereTheMentionStandsIsGiven() {
    String text = "Talks were held on the sidelines of the 43rd ASEAN Summit in Jakarta.";
    Gatherings.Found f = gatherings.in(text).get(0);
    assertTrue(text.substring(f.start(), f.end()).startsWith("43rd ASEAN Summit"), text.substring(f.start(), f.end()));
  }
}
