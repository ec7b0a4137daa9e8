package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class StatedDatesTest {
  private static LocalDate best(String text) {
    StatedDates.Found f = StatedDates.best(text);
    return f == null ? null : f.day();
  }

  private static StatedDates.Kind kind(String text) {
    return StatedDates.best(text).kind();
  }

  @Test
  void datelineWithAnAgencyAndAYear() {
    String t = "Ministers agree on river talks\n\nLIMA, 9 October 2016 (Andina) -- The two ministers agreed today to resume talks.";
    assertEquals(LocalDate.of(2016, 10, 9), best(t));
    assertEquals(StatedDates.Kind.DATELINE, kind(t));
  }

  @Test
  void aStatementsClosingPlaceAndDateDatesIt() {
    String body = "The two sides reviewed trade, energy, education and culture, and agreed to meet again. ".repeat(15);
    String t = "JOINT STATEMENT\n\n1. The Prime Minister paid a visit to Chile from 3 to 6 March 2025.\n\n"
        + "2. The two leaders met on 4 March 2025 and agreed to deepen cooperation. " + body + "\n\nSantiago, 4 March 2025\n";
    assertEquals(LocalDate.of(2025, 3, 4), best(t));
    assertEquals(LocalDate.of(2012, 6, 9), best("The ministers signed the protocol. " + body + "\n\nDone at Accra, on 9 June 2012\n"));
    // a sentence that ends with a date is no closing line, nor is a place and date in the middle of a long text
    assertEquals(null, best("Talks\n\nThe two ministers signed the agreement in Lima on 9 October 2016.\n"));
    assertEquals(null, best("Talks\n\nThe agreement was signed, 9 October 2016.\n" + "More follows on other matters. ".repeat(20)));
  }

  @Test
  void aBuddhistEraYearIsReadInTheCommonEra() {
    assertEquals(LocalDate.of(2019, 12, 3), best("Press Release\n3 December B.E. 2562\n\nThe Minister received the Ambassador of Peru."));
    assertEquals(LocalDate.of(2021, 6, 7), best("Bangkok, June 7, 2564 - The two ministers spoke by telephone."));
  }

  @Test
  void datelineWithADayFirstDateAndADash() {
    assertEquals(LocalDate.of(2019, 2, 3), best("Oslo, 3 February 2019 - Norway pledged support for the fund."));
  }

  @Test
  void numericDatelineIsDayFirst() {
    assertEquals(LocalDate.of(2021, 6, 7), best("Nairobi: 7/6/21\nKenya and Uganda met on border trade."));
  }

  @Test
  void numericDateGoesMonthFirstWhenThatIsNearTheDatesWrittenOut() {
    String t = "Posted 3/4/2022\n\nThe delegation arrived on March 3, 2022 and left the next day.";
    assertEquals(LocalDate.of(2022, 3, 4), best(t));
  }

  @Test
  void publishedLineWithTimeOfDay() {
    String t = "World\n\nBy Agency StaffPublished : Feb. 11, 2023 - 08:15\n\nThe leaders spoke by phone on Friday.";
    assertEquals(LocalDate.of(2023, 2, 11), best(t));
    assertEquals(StatedDates.Kind.LABELLED, kind(t));
  }

  @Test
  void timeStampLineWithAWeekday() {
    assertEquals(LocalDate.of(2020, 9, 8), best("Home\nTuesday, 8 September 2020 16:40 CET\nThe foreign minister received the envoy."));
  }

  @Test
  void numericTimeStampWithSeconds() {
    assertEquals(LocalDate.of(2018, 3, 2), best("02.03.2018 11:20:05\n\nThe two sides signed a grant agreement."));
  }

  @Test
  void labelOnTheLineAbove() {
    assertEquals(LocalDate.of(2016, 7, 1), best("Press Releases\n\nDate\n2016-07-01\nViews\n431\n\nThe minister met his counterpart."));
  }

  @Test
  void aTimeOfDayBeforeTheDate() {
    assertEquals(LocalDate.of(2023, 3, 21), best("Talks in the capital\nPublished: 09:40 AM, 21 March 2023\nThe two ministers met."));
    assertEquals(StatedDates.Kind.UPDATED, kind("Talks in the capital\nUpdated: 12:30 PM, 21 March 2023\nThe two ministers met."));
    assertEquals(StatedDates.Kind.STAMP, kind("Talks in the capital\n09:40 IST | Mar 21, 2023\nThe two ministers met."));
    assertEquals(StatedDates.Kind.STAMP, kind("Talks in the capital\n(Wire Service) 08:15, March 21, 2023\nThe two ministers met."));
  }

  @Test
  void aDateBetweenTheBarsOfASourceOrReferenceLine() {
    assertEquals(LocalDate.of(2023, 3, 21), best("Talks in the capital\nSource: Wire| 2023-03-21 09:40:12|Editor: desk\nThe ministers met."));
    assertEquals(LocalDate.of(2023, 3, 21), best("Talks in the capital\nPress Release No. 45/2023 | 21-03-2023\nThe ministers met."));
  }

  @Test
  void cableHeadersWithTwoPrecedencesOrAFourDigitYear() {
    assertEquals(LocalDate.of(1977, 8, 4), best("CONFIDENTIAL\nP R 041230Z AUG 77\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC"));
    assertEquals(LocalDate.of(2006, 3, 14), best("UNCLAS\nR 140930Z MAR 2006\nFM AMEMBASSY SUVA"));
    assertEquals(StatedDates.Kind.CABLE, kind("UNCLAS\n140930Z MAR 06\nFM AMEMBASSY SUVA"));
  }

  @Test
  void aYearFirstDateField() {
    assertEquals(LocalDate.of(1977, 8, 4), best("Talks on aid\nDate: 1977 August 4, 12:30 (Thursday)\nThe ambassador called on the minister."));
    // a year before a month and a day in running text is not a date line
    assertNull(StatedDates.best("The ministers recalled the talks of 1977 in August and met again in September."));
  }

  @Test
  void postedOn() {
    assertEquals(LocalDate.of(2012, 12, 5), best("News\nPosted on December 5, 2012 by admin\nThe ambassador handed over equipment."));
  }

  @Test
  void cableDateTimeGroupGivesDayMonthAndCentury() {
    String t = "PAGE 01 STATE 123456\nORIGIN EA-10\n------------------031122 040211Z /42\nP 031945Z SEP 79\nFM SECSTATE WASHDC\n"
        + "TO AMEMBASSY MANILA PRIORITY\nSUBJECT: TALKS OF AUGUST 30, 1979\n";
    assertEquals(LocalDate.of(1979, 9, 3), best(t));
    assertEquals(StatedDates.Kind.CABLE, kind(t));
  }

  @Test
  void anUpdateStampDoesNotMoveTheFirstPublication() {
    String t = "Foreign ministers meet\n\nMarch 02, 2018 10:01 am | Updated June 30, 2021 09:12 pm IST - BERLIN\n\nThe ministers met.";
    assertEquals(LocalDate.of(2018, 3, 2), best(t));
  }

  @Test
  void anUpdateStampAloneDatesTheDocument() {
    String t = "Advertisement\nEnvoy expelled\n\nNews Desk\n  • Updated Jan 21, 2024 7:02 PM IST\nThe government expelled a diplomat.";
    assertEquals(LocalDate.of(2024, 1, 21), best(t));
    assertEquals(StatedDates.Kind.UPDATED, kind(t));
  }

  @Test
  void aDateInRunningTextOrACaptionIsNotStated() {
    assertNull(best("The minister said the accord of June 4, 2015 remained in force."));
    assertNull(best("Leaders pose for a photo in Rome, May 3, 2017. (Photo: Press Office)\nThe summit opened on Wednesday."));
  }

  @Test
  void aForumJoinDateIsNotTheDocumentDate() {
    String t = "Latest posts\n\nBorder talks resume\n\nAug 4, 2009\nReaction score\n\nQUITO, Ecuador | Mon Mar 4, 2013 6:10pm EST\n"
        + "(Reuters) - Ecuador and Peru resumed talks on Monday.";
    assertEquals(LocalDate.of(2013, 3, 4), best(t));
    assertNull(best("Forum\nJoined: Aug 4, 2009\nMessages: 12\n\nThe talks resumed."));
  }

  @Test
  void yearlessDatelineIsPartial() {
    String t = "Dhaka (XN), Jan. 14 - Bangladesh received a grant for flood shelters, to be signed on 16 January 2015.";
    assertNull(StatedDates.best(t) == null ? null : StatedDates.best(t).partial());
    StatedDates.Found p = StatedDates.partialDateline(t);
    assertEquals(MonthDay.of(1, 14), p.partial());
    assertNull(p.day());
    String agency = "SEOUL, March 3 (Yonhap) -- The two ministers met.";
    assertEquals(MonthDay.of(3, 3), StatedDates.partialDateline(agency).partial());
    // the agency in parentheses, then the story with no dash
    String noDash = "Quito, Nov 9 (Andes Wire) Ecuador's foreign minister received his Peruvian counterpart.";
    assertEquals(MonthDay.of(11, 9), StatedDates.partialDateline(noDash).partial());
    // a date in running text with a parenthesis after it is no dateline
    assertNull(StatedDates.partialDateline("The talks began on Nov 9 (a Monday) and ended late."));
  }

  @Test
  void datelineAfterASyndicationTagAndAPeriod() {
    assertEquals(MonthDay.of(8, 2), StatedDates.partialDateline("(WIRE- Some News Agency (SNA)) DOHA, Aug. 2. -- Qatar sent aid.").partial());
    assertEquals(LocalDate.of(2021, 8, 2), best("(WIRE- SNA) DOHA, Aug 2, 2021 (SNA) -- Qatar sent aid."));
  }

  @Test
  void dateLinesOfARelatedArticlesListAreNotTheDocumentDate() {
    String body = "The ministers agreed to cooperate on fisheries and ports. ".repeat(25);
    String related = "\n\nRelated\nPorts deal signed\nMay 3, 2021\nFisheries fund grows\nApril 28, 2021\n";
    assertNull(best("Talks on fisheries\n\n" + body + related));
    assertEquals(LocalDate.of(2021, 5, 6), best("Talks on fisheries\nMay 6, 2021\n\n" + body + related));
  }

  @Test
  void aDateSplitAcrossLinesUnderALabel() {
    assertEquals(LocalDate.of(2023, 3, 21), best("Release\nPublished: 21 March,\n2023, 9:40 pm\nThe ministers met."));
  }

  @Test
  void moreHeaderForms() {
    assertEquals(LocalDate.of(2019, 4, 3), best("Notes\n3 April 2019 - Press Release\nThe two ministers met."));
    assertEquals(LocalDate.of(2019, 4, 3), best("Notes\n2019-04-03T10:05:00+09:00\nThe two ministers met."));
    assertEquals(LocalDate.of(2019, 4, 3), best("Notes\nPosted by the desk editor on 3 April 2019\nThe two ministers met."));
    assertEquals(LocalDate.of(2019, 4, 3), best("Dhaka, Wednesday, 03 April 2019\nThe two ministers met."));
    assertEquals(LocalDate.of(2019, 4, 3), best("Press Release | 03.04.2019\nThe two ministers met."));
    String both = "Updated: 14 Mar 2022, 10:12 AM IST\nPublished: 13 Mar 2022, 8:00 PM IST\nThe ministers met.";
    assertEquals(LocalDate.of(2022, 3, 13), best(both));
  }

  @Test
  void aDateLineAtTheFootCountsWhenNothingElseIsStated() {
    String body = "The two governments exchanged notes on a grant for school buildings. ".repeat(30);
    assertEquals(LocalDate.of(2014, 8, 19), best("Exchange of notes\n\n" + body + "\n\nAugust 19, 2014\n"));
    assertEquals(StatedDates.Kind.FOOT, kind("Exchange of notes\n\n" + body + "\n\nAugust 19, 2014\n"));
  }
}
