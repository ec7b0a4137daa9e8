package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.dyad.nlp.Mention;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class AffiliationTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();
  private static final Affiliation AFFILIATION = new Affiliation(KB, w -> List.of("H.E.", "Mr.", "Excellency").contains(w));

  /**
   * A sentence from "word/POS/NER" items joined by spaces; "|" between items stands for a line
   * break. Items in [brackets] form one ORGANIZATION mention.
   */
  private record Built(String text, Sentence sentence) {}

  private static Built sentence(String spec) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int orgStart = -1;
    int orgChar = -1;
    for (String item : spec.trim().split(" ")) {
      if (item.equals("|")) {
        text.append('\n');
        continue;
      }
      boolean open = item.startsWith("[");
      boolean close = item.endsWith("]");
      item = item.replace("[", "").replace("]", "");
      String[] p = item.split("/");
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      if (open) {
        orgStart = tokens.size();
        orgChar = start;
      }
      tokens.add(new Token(p[0], start, text.length(), p.length > 1 ? p[1] : "NNP", p[0], p.length > 2 ? p[2] : "O", null));
      if (close) {
        mentions.add(new Mention(text.substring(orgChar), orgChar, text.length(), "ORGANIZATION", null, orgStart, tokens.size()));
      }
    }
    return new Built(text.toString(), new Sentence(0, 0, text.length(), tokens, mentions));
  }

  private static String before(String spec) {
    Built b = sentence(spec);
    int first = index(b, "NAME");
    return AFFILIATION.before(b.text(), b.sentence(), first);
  }

  private static String after(String spec) {
    Built b = sentence(spec);
    return AFFILIATION.after(b.text(), b.sentence(), index(b, "NAME") + 1);
  }

  private static int index(Built b, String word) {
    List<Token> t = b.sentence().tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word);
  }

  @Test
  void aNationalityInTheTitleIsThePersonsCountry() {
    assertEquals("CHL", before("the/DT Chilean/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE NAME/NNP/PERSON said/VBD"));
    assertEquals("KEN", before("Kenya/NNP/COUNTRY 's/POS Cabinet/NNP/TITLE Secretary/NNP/TITLE for/IN Trade/NNP NAME/NNP/PERSON"));
  }

  @Test
  void anEnvoyActsForTheSendingStateNotTheReceivingOne() {
    assertEquals("IND", before("the/DT Indian/JJ/NATIONALITY Ambassador/NNP/TITLE to/TO Peru/NNP/COUNTRY NAME/NNP/PERSON"));
    assertEquals("USA", before("Outgoing/JJ US/NNP/COUNTRY Ambassador/NNP/TITLE to/TO Laos/NNP/COUNTRY NAME/NNP/PERSON"));
    assertEquals("CHL", after("NAME/NNP/PERSON ,/, Ambassador/NNP/TITLE of/IN Chile/NNP/COUNTRY to/TO Ghana/NNP/COUNTRY ,/, spoke/VBD"));
    assertEquals("IDN", before("the/DT Ambassador/NNP/TITLE of/IN Indonesia/NNP/COUNTRY to/TO The/DT/COUNTRY Gambia/NNP/COUNTRY ,/, NAME/NNP/PERSON"));
    assertEquals("NZL", before("the/DT New/NNP/COUNTRY Zealand/NNP/COUNTRY Ambassador/NNP/TITLE to/TO The/DT/COUNTRY Gambia/NNP/COUNTRY NAME/NNP/PERSON"));
    assertEquals("NLD", before("the/DT Ambassador/NNP/TITLE of/IN the/DT/COUNTRY Kingdom/NNP/COUNTRY of/IN/COUNTRY the/DT/COUNTRY "
        + "Netherlands/NNP/COUNTRY to/TO Ghana/NNP/COUNTRY ,/, H.E./NNP NAME/NNP/PERSON"));
    // the next party's title after "and the" is not the name's
    assertNull(after("NAME/NNP/PERSON ,/, and/CC the/DT Ambassador/NNP/TITLE of/IN Chile/NNP/COUNTRY to/TO Ghana/NNP/COUNTRY ,/, signed/VBD"));
    // an envoy with no sending state named: the receiving state is not theirs
    assertNull(before("the/DT Ambassador/NNP/TITLE to/TO Ghana/NNP/COUNTRY NAME/NNP/PERSON"));
  }

  @Test
  void aCountryAfterTalksToOrAccordingToIsNotADestination() {
    assertEquals("USA", before("According/VBG to/TO USAID/NNP representative/NN NAME/NNP/PERSON"));
    assertEquals("FRA", before("talks/NNS to/TO France/NNP/COUNTRY 's/POS football/NN team/NN coach/NN NAME/NNP/PERSON"));
  }

  @Test
  void anOfficialOfAnInternationalBodyHasNoCountry() {
    assertEquals(Affiliation.INTERNATIONAL, before("said/VBD WFP/NNP Executive/NNP/TITLE Director/NNP/TITLE ,/, NAME/NNP/PERSON"));
    assertEquals(Affiliation.INTERNATIONAL, before("EU/NNP Ambassador/NNP/TITLE to/TO Cambodia/NNP/COUNTRY NAME/NNP/PERSON"));
    // the country a unit of the body covers is not the person's
    assertEquals(Affiliation.INTERNATIONAL,
        after("NAME/NNP/PERSON ,/, head/NN of/IN the/DT Nepal/NNP/COUNTRY resident/JJ mission/NN of/IN the/DT ADB/NNP ,/, signed/VBD"));
    assertEquals(Affiliation.INTERNATIONAL, before("ADB/NNP Country/NNP Director/NNP/TITLE for/IN Laos/NNP/COUNTRY NAME/NNP/PERSON"));
    assertEquals(Affiliation.INTERNATIONAL,
        before("[the/DT Commission/NNP of/IN the/DT African/NNP Union/NNP] Chairperson/NNP/TITLE ,/, NAME/NNP/PERSON"));
    // a body the tagger took for a place
    assertEquals(Affiliation.INTERNATIONAL,
        before("The/DT Chairperson/NN/TITLE of/IN the/DT African/NNP/LOCATION Union/NNP/LOCATION ,/, NAME/NNP/PERSON ,/, was/VBD"));
  }

  @Test
  void theHeadOfANationalBodyActsForItsCountry() {
    assertEquals("EGY", after("Chairman/NNP/TITLE NAME/NNP/PERSON of/IN [the/DT Egyptian/JJ/NATIONALITY Authority/NNP for/IN Canals/NNP] on/IN Monday/NNP"));
    assertEquals("JPN", before("[JICA/NNP] President/NNP/TITLE NAME/NNP/PERSON"));
  }

  @Test
  void theTitleEndsAtAPrepositionALineBreakOrAnotherName() {
    assertNull(before("signed/VBN a/DT loan/NN from/IN [KOICA/NNP] with/IN Chairman/NNP/TITLE NAME/NNP/PERSON"));
    assertNull(before("talks/NNS with/IN Namibia/NNP/COUNTRY | Foreign/NNP/TITLE Minister/NNP/TITLE NAME/NNP/PERSON"));
    assertNull(before("Minister/NNP/TITLE of/IN Cambodia/NNP/COUNTRY and/CC H.E./NNP NAME/NNP/PERSON"));
    // in capitals, case says nothing: a title ends at a comma
    assertNull(before("AID/NNP FOR/IN PERU/NNP/COUNTRY ,/, TALKING/NNP POINTS/NNP FOR/IN AMBASSADOR/NNP/TITLE NAME/NNP/PERSON"));
  }

  @Test
  void anEmbassysStaffActForTheOneEmbassyTheDocumentNames() {
    assertEquals("USA", AFFILIATION.embassyCountry("The US Embassy Phnom Penh said ... the embassy's spokesman said ..."));
    assertEquals("JPN", AFFILIATION.embassyCountry("a reception at the Embassy of Japan in Hanoi"));
    assertNull(AFFILIATION.embassyCountry("the Embassy of Japan and the Chinese Embassy both said"));
    Built b = sentence("according/VBG to/TO the/DT embassy/NN 's/POS spokesman/NN NAME/NNP/PERSON");
    org.junit.jupiter.api.Assertions.assertTrue(Affiliation.embassyStaff(b.sentence(), index(b, "NAME")));
  }

  @Test
  void aFormOfAddressThatOnlyOneCountryUsesNamesIt() {
    Built b = sentence("Official/NNP Spokesperson/NNP/TITLE ,/, Shri/NNP NAME/NNP/PERSON");
    assertEquals("IND", Affiliation.honorificCountry(b.sentence(), index(b, "NAME")));
    Built c = sentence("met/VBD Tan/NNP Sri/NNP NAME/NNP/PERSON");
    assertEquals("MYS", Affiliation.honorificCountry(c.sentence(), index(c, "NAME")));
    Built d = sentence("met/VBD Mr./NNP NAME/NNP/PERSON");
    assertNull(Affiliation.honorificCountry(d.sentence(), index(d, "NAME")));
  }
}
