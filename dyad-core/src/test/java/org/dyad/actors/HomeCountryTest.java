package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dyad.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class HomeCountryTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  @Test
  void datelinesInTheirCommonForms() {
    assertEquals("BRA", HomeCountry.of("BRASILIA, 2 February 2021\nThe minister met ...", KB));
    assertEquals("BFA", HomeCountry.of("Ouagadougou: The ministry received a donation of beds.", KB));
    assertEquals("KHM", HomeCountry.of("Phnom Penh (FN), March 3 – The two sides agreed ...", KB));
    assertEquals("FSM", HomeCountry.of("Palikir, Pohnpei (Department of Foreign Affairs): a ceremony took place ...", KB));
    // a city Dyad does not know, followed by its country
    assertEquals("IND", HomeCountry.of("News\n\nSRINAGARX, India | Mon Feb 1, 2021\n(Agency) - Troops ...", KB));
  }

  @Test
  void theIssuerOfARelease() {
    assertEquals("NZL", HomeCountry.of("Foreign Minister Wraps Up Visit\n\nPress Release: New Zealand Government\n\nThe minister ...", KB));
    assertEquals("BRA", HomeCountry.of("Ministry of Foreign Affairs of Brazil\nNote 12\nThe Government ...", KB));
  }

  @Test
  void aUnitedStatesCableIsSentFromTheUnitedStates() {
    assertEquals("USA", HomeCountry.of("CONFIDENTIAL\nPAGE 01 STATE 100001\nO 041200Z AUG 77\nFM SECSTATE WASHDC\nTO AMEMBASSY LIMA\n", KB));
    assertEquals("USA", HomeCountry.of("LIMITED OFFICIAL USE\nR 140930Z MAR 76\nFM AMEMBASSY NAIROBI\nTO SECSTATE WASHDC\n", KB));
  }

  @Test
  void aHeadlineIsNoDateline() {
    assertNull(HomeCountry.of("India accuses its neighbour of a ceasefire breach\n\nThe army said ...", KB));
    assertNull(HomeCountry.of("Monday, 30 September 2024, 5:27 pm\nThe minister said ...", KB));
  }
}
