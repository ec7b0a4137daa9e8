package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicClassifierTest {
  private final TopicClassifier classifier = TopicClassifier.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The two sides will expand cooperation on ICT and e-government.                  | digital
          A new data center will open in the capital next year.                          | digital
          They discussed the rollout of 5G networks and cyber security.                  | digital
          Officials shared views on artificial intelligence and semiconductors.          | digital
          The grant will improve the water supply in three provincial towns.             | water
          Experts installed hydrological monitoring stations along the river.            | water
          The loan finances a new transmission line and a substation.                    | energy
          The company plans a biomass plant and rooftop solar panels.                    | energy
          Work began on two new bridges and a deep-sea port.                             | infrastructure
          The ministers welcomed the launch of direct flights between the capitals.      | infrastructure
          Bilateral trade reached a record level and exports of garments grew.           | trade_investment
          More Korean companies are looking at the investment climate in the region.     | trade_investment
          The central banks linked their QR code payment systems.                       | finance
          A yen loan agreement of 10 billion yen was signed.                             | finance
          The training squadron made a port call at the naval base.                      | security_defense
          The officers attended a course on peacekeeping operations.                     | security_defense
          Japan will provide landmine detectors to the mine action centre.               | demining
          Teams cleared unexploded ordnance from farmland.                               | demining
          The hospital received vaccines during the COVID-19 pandemic.                   | health
          Emergency relief goods were sent after severe flooding in the north.           | disaster
          The typhoon caused landslides in the mountains.                                | disaster
          The project addresses marine plastic litter and climate change.                | environment
          The city is committed to sustainability and a sustainable transport policy.    | environment
          The foundation offers scholarships and vocational training.                    | human_resources
          The programme supports capacity building for customs officials.                | human_resources
          They agreed to promote tourism and youth exchanges.                            | culture_people
          The year will be marked by cultural exchanges and people-to-people ties.       | culture_people
          The leaders discussed the South China Sea and the situation in Myanmar.        | regional_affairs
          The UN General Assembly will meet in September.                                | regional_affairs
          Both countries support ASEAN centrality and a free and open Indo-Pacific.      | regional_affairs
          Exports of rice and cashew nuts to Japan increased.                            | agriculture
          The fisheries cooperation benefits local farmers.                              | agriculture
          The tribunal delivered its verdict after a long trial.                         | justice
          India will set up a cultural centre in the city.                               | culture_people
          The minister stressed the rule of law and free and fair elections.             | justice
          """)
  void findsTopic(String sentence, String topic) {
    assertTrue(classifier.classify(sentence).contains(topic), () -> sentence + " gave " + classifier.classify(sentence));
  }

  @ParameterizedTest(name = "{0} -/-> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Both sides agreed to expand trade.                                             | finance
          She thanked him for his support and for the annual report.                     | infrastructure
          His passport was renewed and he called on the Prime Minister to report.        | infrastructure
          The minister arrived in Port Moresby for talks.                                | infrastructure
          They adopted a road map and will bridge the gap between positions.             | infrastructure
          The vessel made a port call in Manila.                                         | infrastructure
          The business environment and the investment environment have improved.         | environment
          The un-named official spoke to the press.                                      | regional_affairs
          The ai of the old text is a lower-case word.                                   | digital
          The efforts will bear fruit and the fruits of cooperation are visible.         | agriculture
          The ambassador paid a courtesy call on the minister.                           | justice
          The pilot phase runs on a trial basis.                                         | justice
          Trade with Malaysia grew in the mining sector.                                 | demining
          She reaffirmed a firm commitment to the partnership.                           | trade_investment
          The Security Council discussed the matter.                                     | security_defense
          Food security remains a priority.                                              | security_defense
          A wind farm was inaugurated.                                                   | agriculture
          They will build a semiconductor ecosystem and an innovation ecosystem.         | environment
          The Ministry of Economy and Finance signed the grant agreement.                | finance
          """)
  void doesNotFindTopic(String sentence, String topic) {
    assertFalse(classifier.classify(sentence).contains(topic), () -> sentence + " gave " + classifier.classify(sentence));
  }

  @Test
  void oneMentionOfAGenericWordIsNotEnough() {
    assertEquals(List.of(), classifier.classify("They pursue sustainable growth."));
    assertEquals(List.of("environment"), classifier.classify("They pursue sustainable growth and sustainable cities."));
    assertEquals(List.of(), classifier.classify("The security of the meeting was good."));
    assertEquals(
        List.of("security_defense"), classifier.classify("Regional security and security of sea lanes were discussed."));
  }

  @Test
  void acronymsMatchOnlyAsWritten() {
    assertEquals(List.of("digital"), classifier.classify("The ICT ministry met."));
    assertEquals(List.of(), classifier.classify("The ict ministry met."));
    assertEquals(List.of("regional_affairs"), classifier.classify("The UN envoy arrived."));
    assertEquals(List.of("trade_investment"), classifier.classify("Both countries have several FTAs."));
  }

  @Test
  void pluralsAndListedInflectionsMatch() {
    for (String s : List.of("A flood hit.", "Floods hit.", "The flooding lasted days.", "Villages were flooded.")) {
      assertEquals(List.of("disaster"), classifier.classify(s), s);
    }
    assertEquals(List.of("agriculture"), classifier.classify("The FISHERIES sector"));
    assertEquals(List.of("trade_investment"), classifier.classify("Small businesses"));
  }

  @Test
  void hyphenAndSpaceSpellingsAreTheSameTerm() {
    assertEquals(List.of("digital"), classifier.classify("e-government"));
    assertEquals(List.of("digital"), classifier.classify("e government"));
    assertEquals(List.of("health"), classifier.classify("Covid 19 measures"));
  }

  @Test
  void longerTermHidesShorterOne() {
    List<Lexicon.Match> m = classifier.evidence("The destroyer made port calls.");
    assertEquals(2, m.size());
    assertEquals("port calls", "The destroyer made port calls.".substring(m.get(1).begin(), m.get(1).end()));
    assertEquals(List.of("security_defense"), classifier.classify("The destroyer made port calls."));
  }

  @Test
  void resultFollowsTheClosedListOrderWithoutDuplicates() {
    String text =
        "Justice reform and rice farmers. The UN. Tourism. Scholarships. Climate change. "
            + "Floods. Hospitals. Landmines. The navy. Bank loans. Trade. Roads. Solar. Clean water. ICT. "
            + "Trade again and more ICT.";
    assertEquals(TopicClassifier.TOPICS, classifier.classify(text));
  }

  @Test
  void emptyAndNullTextHaveNoTopics() {
    assertEquals(List.of(), classifier.classify(""));
    assertEquals(List.of(), classifier.classify(null));
    assertEquals(List.of(), classifier.classify("The two ministers met on Tuesday and exchanged views."));
  }

  @Test
  void nonLatinTextIsHandled() {
    assertEquals(List.of("trade_investment"), classifier.classify("ពាណិជ្ជកម្ម trade ការវិនិយោគ"));
  }

  @Test
  void standardIsShared() {
    assertSame(TopicClassifier.standard(), TopicClassifier.standard());
  }
}
