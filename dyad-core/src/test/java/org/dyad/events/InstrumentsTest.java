package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Instruments named in passages written for this test, one per instrument, with their titles. */
class InstrumentsTest {
  private static List<String> titles(String text) {
    return Instruments.find(text).stream().map(Instruments.Found::title).toList();
  }

  @Test
  void anInstrumentWithWhatItIsAbout() {
    assertEquals(List.of("MoU on dairy research"), titles("Chile and Peru signed an MoU on dairy research on Monday."));
    assertEquals(
        List.of("memorandum of understanding (MoU) on port management"),
        titles("They signed a memorandum of understanding (MoU) on port management."));
  }

  @Test
  void aNamedArrangementIsAnInstrument() {
    assertEquals(List.of("Arrangement on Cooperation in Polar Research"),
        titles("During the visit the ministers signed an Arrangement on Cooperation in Polar Research."));
    // a title ends before a modal verb: what the instrument will do is not its name
    assertEquals(List.of("Memorandum of Understanding on Port Security"),
        titles("The Memorandum of Understanding on Port Security will help both navies share data."));
    // unless a relative clause of the title holds the verb
    assertEquals(List.of("MoU on rail training under which Chile will train Peruvian staff"),
        titles("They signed an MoU on rail training under which Chile will train Peruvian staff."));
    // in lower case it is only how things were arranged
    assertEquals(List.of(), titles("The ministers discussed security arrangements in the strait."));
  }

  @Test
  void uncountedFinancingAgreementsWithASumAreOnePackage() {
    assertEquals(List.of("loan agreements for the upgrading of three river ports"),
        titles("The bank and Peru signed loan agreements worth $310 million for the upgrading of three river ports."));
    assertEquals(List.of("grant agreements for 4 projects in the north"),
        titles("The agency signed grant agreements with Chile to provide grants of up to Korean Won (KRW) 9 billion for 4 projects in the north."));
    // without a sum or a purpose the plural names no instrument
    assertEquals(List.of(), titles("The bank and Peru signed loan agreements with the ministry on Monday."));
  }

  @Test
  void anInstrumentOnlyExploredOrInForceAlreadyIsNoneSigned() {
    assertEquals(List.of(), titles("The sides agreed to explore a treaty to avoid double taxation."));
    assertEquals(List.of(), titles("They will study the possibility of an agreement on social security."));
    assertEquals(List.of(), titles("Trade has doubled since the entry into force of the Chile–Peru Free Trade Agreement."));
    assertEquals(List.of(), titles("Both agreed to consider the early resumption of negotiations on the Chile–Peru Free Trade Agreement."));
    assertEquals(List.of("agreement on social security"), titles("They signed an agreement on social security."));
  }

  @Test
  void aTitleEndsBeforeWhenAndWhereItWasSigned() {
    assertEquals(List.of("Memorandum of Understanding on flood warning"),
        titles("The two countries signed a Memorandum of Understanding on flood warning in Lima last year."));
    assertEquals(List.of("agreement on fisheries"), titles("Chile signed an agreement on fisheries yesterday with Peru."));
    assertEquals(List.of("agreement on technical cooperation"),
        titles("They signed an agreement on technical cooperation, under which Chile will provide a grant to Peru."));
  }

  @Test
  void notesExchangedOnATopicAreNoInstrument() {
    assertEquals(List.of(), titles("They exchanged notes on the harvest and on their vaccination drives."));
    assertEquals(1, titles("They exchanged notes on the grant for the new bridge at Tete.").size());
    // instruments still being negotiated are not signed
    assertEquals(List.of(), titles("They agreed to finalize the instruments under consideration, including a Memorandum of Understanding on Tourism."));
    assertEquals(List.of(), titles("The two countries will launch negotiations on a preferential trade agreement this year."));
  }

  @Test
  void anInstrumentThatCameIntoForceBeforeIsNoneSigned() {
    assertEquals(List.of(), titles("Our Economic Partnership Agreement, which came into force in 2012, has served both sides well."));
    assertEquals(List.of(), titles("The Investment Treaty, in force since 1998, needs updating."));
    assertEquals(List.of("Agreement on Fisheries"), titles("They signed an Agreement on Fisheries, which will come into force next year."));
  }

  @Test
  void theSumIsNotPartOfTheTitle() {
    assertEquals(List.of("Exchange of Notes for a grant for the Project for Rural Roads in Lae"),
        titles("2. An Exchange of Notes for a grant of Nine Hundred Million Japanese Yen (JPY 900 million), about K21 million or"
            + " US$6 million, for the Project for Rural Roads in Lae, Morobe Province."));
    assertEquals(List.of("Loan Agreement for the Budget Support Loan"),
        titles("1. A Loan Agreement for the Budget Support Loan of JPY 8 billion (about US$55 million), co-financing the bank's programme."));
    assertEquals(List.of("grant agreement to support flood victims in Sofala"),
        titles("The fund signed a grant agreement of QR 18 million (US$ 5 million) to support flood victims in Sofala, officials said."));
    // a sum that is not after the name stays where it is
    assertEquals(List.of("Agreement on the USD 40 million Port Expansion Project"),
        titles("They signed the Agreement on the USD 40 million Port Expansion Project."));
  }

  @Test
  void aListMarkerEndsTheTitleBeforeIt() {
    assertEquals(List.of("MoU on dairy research", "MoU on port management"),
        titles("The following documents were exchanged: i. MoU on dairy research ii. MoU on port management"));
  }

  @Test
  void programmesPlansAndRoadmapsAreInstruments() {
    assertEquals(List.of("Program of Cooperation between the two Foreign Ministries for 2023-2025"),
        titles("The two ministers signed a Program of Cooperation between the two Foreign Ministries for 2023-2025."));
    assertEquals(List.of("Plan of Action on fisheries"), titles("They adopted a Plan of Action on fisheries."));
    // a programme of a government is no instrument
    assertEquals(List.of(), titles("The programme of the government covers trade."));
  }

  @Test
  void aNameInQuotationMarksIsReadWhole() {
    assertEquals(List.of("Santiago Lima Declaration"), titles("Chile and Peru are expected to sign a “Santiago Lima Declaration” on trade."));
    assertEquals(List.of("Andean Water Charter"), titles("They adopted the \"Andean Water Charter\" on Monday."));
  }

  @Test
  void aListInRunningTextGivesOneInstrumentPerItem() {
    assertEquals(
        List.of("MoU on road safety", "MoU on the training of nurses", "MoU on forestry"),
        titles("The documents include the MoU on road safety, the MoU on the training of nurses, and the MoU on forestry."));
  }

  @Test
  void aPluralHeadOverAList() {
    assertEquals(
        List.of("agreement on a solar plant", "agreement on a customs union", "agreement on the exchange of students and teachers"),
        titles("Ministers signed agreements on a solar plant, a customs union and the exchange of students and teachers, aides said."));
    assertEquals(
        List.of("MoU for cooperation in tourism", "MoU for the setting up of a joint council"),
        titles("The leaders signed two MoUs for cooperation in tourism and the setting up of a joint council."));
  }

  @Test
  void aCountThatDoesNotMatchTheItemsNamesNothing() {
    assertEquals(List.of(), titles("Both sides signed six MoUs on trade, health and culture."));
  }

  @Test
  void itemsRunTogetherWithoutSeparators() {
    assertEquals(
        List.of("MoU between the Rail Academy and the Port Board on staff training", "MoU between both countries to share weather data"),
        titles("MoU between the Rail Academy and the Port Board on staff training MoU signed between both countries to share weather data"));
  }

  @Test
  void numberedLines() {
    assertEquals(
        List.of("Letter of Intent between two universities to promote chip design", "MoU between a bank and a province"),
        titles("1. Letter of Intent between two universities to promote chip design\n2. A budget handover\n3. MoU between a bank and a province"));
  }

  @Test
  void capitalizedNamesAndCompoundHeads() {
    assertEquals(List.of("Comprehensive Economic Partnership Agreement"), titles("They signed the Comprehensive Economic Partnership Agreement today."));
    assertEquals(List.of("EXIM loan agreement"), titles("The bank signed the EXIM loan agreement with the ministry."));
    assertEquals(List.of("Letter of Cooperation between two firms"), titles("A Letter of Cooperation was signed between two firms."));
    assertEquals(List.of("Joint Communique"), titles("A Joint Communique was issued at the end of the visit."));
  }

  @Test
  void instrumentsOfThePastOrUnderDiscussionAreNotNamedAsNew() {
    assertEquals(List.of(), titles("Trade grew under the 2004 Free Trade Agreement."));
    assertEquals(List.of(), titles("The ministers discussed the agreement on fisheries."));
    assertEquals(List.of(), titles("The two sides signed the agreement."));
    assertEquals(List.of(), titles("They promised to finish the survey by 2030 as per a bilateral agreement."));
  }

  @Test
  void oneOnEachAfterACount() {
    assertEquals(
        List.of("agreement on a wind farm", "agreement on a hydro plant"),
        titles("They signed two agreements with the energy ministry - one on a wind farm with a local firm, and one on a hydro plant."));
  }

  @Test
  void theSubjectAfterAPassiveVerb() {
    assertEquals(List.of("MoU on water quality between the two agencies"), titles("An MoU was signed on water quality between the two agencies."));
  }

  @Test
  void includingAndAdjectivesInARow() {
    assertEquals(
        List.of("agreement for a desalination plant"), titles("They signed a set of agreements, including for a desalination plant."));
    assertEquals(
        List.of("accord relating to customs", "accord relating to legal, medical and social assistance"),
        titles("They signed accords relating to customs, legal, medical and social assistance."));
  }

  @Test
  void aCountBeforeASingularHeadMakesItASetNotAName() {
    assertEquals(
        List.of(),
        titles("Both governments signed four Memorandum of Understanding (MoUs) on trade, fisheries and culture in the capital."));
    assertEquals(List.of("MoU on beekeeping"), titles("The two sides signed an MoU on beekeeping."));
  }

  @Test
  void anAbbreviationIsReadInItsOwnCasingOnly() {
    assertEquals(List.of(), titles("Work began on the Lao Cai-Moc Chau highway, which the two sides will finance."));
    assertEquals(List.of("MoC on fisheries"), titles("They also signed a MoC on fisheries."));
  }

  @Test
  void aRangeOfYearsInsideATitleDoesNotEndIt() {
    assertEquals(
        List.of("MoU on tourism (2027–2029) between the Ministry of Culture and the Port Authority"),
        titles("6. MoU on tourism (2027–2029) between the Ministry of Culture and the Port Authority"));
  }

  @Test
  void anotherItemIntroducedByOneEndsTheFirstTitle() {
    assertEquals(
        List.of("memorandum of understanding on rural schools"),
        titles("The documents include a memorandum of understanding on rural schools and one that deals with clean water."));
  }

  @Test
  void aCountUnderOneSubjectGivesThatManyInstruments() {
    List<Instruments.Found> found =
        Instruments.find("The two presidents presided over the signing of two accords in the energy sector to end a long dispute.");
    assertEquals(List.of("accord in the energy sector", "accord in the energy sector"), found.stream().map(Instruments.Found::title).toList());
    assertEquals(List.of(1, 2), found.stream().map(Instruments.Found::copy).toList());
  }

  @Test
  void theSourceOfTheNewsIsNotPartOfTheTitle() {
    assertEquals(
        List.of("agreement to ease transit rules"),
        titles("The two countries are set to sign an agreement to ease transit rules, according to a draft seen by reporters."));
  }
}
