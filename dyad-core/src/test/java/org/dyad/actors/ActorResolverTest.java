package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.dyad.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = ActorResolver.create(KnowledgeBase.standard());
  private static final LocalDate DAY = LocalDate.of(2022, 9, 6);

  private static Map<String, Actor> persons(String spec) {
    return RESOLVER.resolve(Sentences.doc(spec), DAY).persons();
  }

  private static Map<String, Actor> persons(String head, String spec) {
    return RESOLVER.resolve(Sentences.doc(head, spec), DAY).persons();
  }

  @Test
  void aKnownNameKeepsItsTitleLikeFirstWord() {
    Map<String, Actor> p = persons("the/DT guests/NNS met/VBD Sheikh/NNP/PERSON Hasina/NNP/PERSON ./.");
    assertEquals(1, p.size(), p.toString());
    assertEquals("BGD", p.get("Sheikh Hasina").country());
  }

  private static java.util.Set<String> countries(String spec) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    RESOLVER.resolve(Sentences.doc(spec), DAY).actors().stream()
        .filter(a -> a.kind() == org.dyad.model.ActorKind.COUNTRY).forEach(a -> out.add(a.country()));
    return out;
  }

  @Test
  void aCountrysLongNameIsReadWholeWhenTheTaggerLeftOutItsFirstWords() {
    // the tagger marks only "Republic of China" after "People’s": that is China, not Taiwan
    assertEquals(java.util.Set.of("CHN"), countries(
        "the/DT Ambassador/NN of/IN the/DT People’s/NNP Republic/NNP/COUNTRY of/IN/COUNTRY China/NNP/COUNTRY arrived/VBD ./."));
    assertEquals(java.util.Set.of("PRK"), countries(
        "the/DT Democratic/NNP People's/NNP Republic/NNP/COUNTRY of/IN/COUNTRY Korea/NNP/COUNTRY protested/VBD ./."));
    // a word before that makes no longer name leaves the mention as it is
    assertEquals(java.util.Set.of("KOR"), countries(
        "Visiting/NNP Republic/NNP/COUNTRY of/IN/COUNTRY Korea/NNP/COUNTRY officials/NNS met/VBD ./."));
  }

  @Test
  void aBareOfficeInANoteIssuedAtHomeIsTheHomeOfficeholder() {
    LocalDate day = LocalDate.of(2017, 6, 19);
    // a dateline gives the home country; "the Prime Minister" is India's, not the Prime Minister of Chile named before
    ActorTable t = RESOLVER.resolve(Sentences.doc("NEW DELHI, June 19 -\n", "the/DT Prime/NNP/TITLE Minister/NNP/TITLE of/IN "
        + "Chile/NNP/COUNTRY ,/, Dr./NNP Ana/NNP/PERSON Rojas/NNP/PERSON ,/, will/MD receive/VB the/DT Prime/NNP/TITLE "
        + "Minister/NNP/TITLE in/IN Santiago/NNP/CITY ./."), day, day);
    assertEquals("IND", t.persons().get("Narendra Modi").country(), t.persons().toString());
    assertTrue(t.mentions().stream().anyMatch(m -> m.actor().equals("Narendra Modi") && m.pronoun()), t.mentions().toString());
    // a spokesperson whose honorific tells the country makes the note India's too
    ActorTable spoke = RESOLVER.resolve(Sentences.doc("Official/NNP Spokesperson/NNP ,/, Shri/NNP Ravi/NNP/PERSON Kumar/NNP/PERSON :/: "
        + "the/DT Prime/NNP/TITLE Minister/NNP/TITLE will/MD visit/VB Chile/NNP/COUNTRY ./."), day, day);
    assertTrue(spoke.persons().containsKey("Narendra Modi"), spoke.persons().toString());
    // without a date the office's holder is unknown: no person is named for it
    ActorTable undated = RESOLVER.resolve(Sentences.doc("NEW DELHI, June 19 -\n", "the/DT Prime/NNP/TITLE Minister/NNP/TITLE will/MD "
        + "visit/VB Chile/NNP/COUNTRY ./."), null, null);
    assertTrue(undated.persons().isEmpty(), undated.persons().toString());
  }

  private static java.util.Set<String> organizations(String head, String spec) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    RESOLVER.resolve(Sentences.doc(head, spec), DAY).actors().stream()
        .filter(a -> a.kind() == org.dyad.model.ActorKind.ORGANIZATION).forEach(a -> out.add(a.name()));
    return out;
  }

  @Test
  void instrumentsWiresTimeZonesAndLetterheadLinesAreNoBodies() {
    // the subject of an instrument
    assertEquals(java.util.Set.of(), organizations("", "they/PRP signed/VBD the/DT Agreement/NNP on/IN the/DT [Recognition/NNP of/IN "
        + "Driving/NNP Licences/NNP] ./."));
    // the wire in a dateline
    assertEquals(java.util.Set.of(), organizations("LIMA, March 3 (", "[Reuters/NNP] )/) Peru/NNP/COUNTRY sent/VBD aid/NN ./."));
    // an instrument's or a time zone's name
    assertEquals(java.util.Set.of(), organizations("", "the/DT [MoUs/NNPS] were/VBD signed/VBN at/IN 10:30/CD [IST/NNP] ./."));
    // a letterhead run together with the lines below it is named by its first line
    assertEquals(java.util.Set.of("Ministry of Foreign Affairs of Peru"), organizations("", "[Ministry/NNP of/IN Foreign/NNP Affairs/NNP "
        + "of/IN Peru/NNP | Press/NNP Release/NNP] Lima/NNP ./."));
  }

  @Test
  void aGreetingThatOpensASpeechIsNoPerson() {
    assertTrue(persons("Mabuhay/NNP/PERSON Kaibigan/NNP/PERSON ,/, the/DT minister/NN began/VBD ./.").isEmpty());
    assertTrue(persons("Bonjour/NNP/PERSON Paris/NNP/PERSON ,/, he/PRP said/VBD ./.").isEmpty());
  }

  @Test
  void stormsAndRoadsBetweenPlacesAreNotPersons() {
    assertTrue(persons("Cyclone/NNP/PERSON Harold/NNP/PERSON hit/VBD the/DT islands/NNS ./.").isEmpty());
    assertTrue(persons("the/DT Phnom/NNP/PERSON Penh-Bavet/NNP/PERSON Road/NNP/PERSON was/VBD built/VBN ./.").isEmpty());
  }

  @Test
  void aNameTheTaggerRanIntoAnOrganizationIsFound() {
    Map<String, Actor> p =
        persons("the/DT CEO/NNP/TITLE [Agence/NNP/ORGANIZATION Francaise/NNP/ORGANIZATION de/NNP/ORGANIZATION "
            + "Developpement/NNP/ORGANIZATION Mathilde/NNP/ORGANIZATION Durand/NNP/ORGANIZATION] signed/VBD it/PRP ./.");
    assertEquals("FRA", p.get("Mathilde Durand").country(), p.toString());
  }

  @Test
  void anOfficeSetOffByACommaBeforeTheNameIsItsTitle() {
    Map<String, Actor> p = persons("he/PRP was/VBD received/VBN by/IN the/DT Prime/NNP/TITLE Minister/NNP/TITLE of/IN the/DT Republic/NNP "
        + "of/IN Chile/NNP/COUNTRY ,/, Dr./NNP Ana/NNP/PERSON Rojas/NNP/PERSON ./.");
    assertEquals("Prime Minister of the Republic of Chile", p.get("Ana Rojas").title(), p.toString());
    Map<String, Actor> e = persons("talks/NNS with/IN the/DT Prime/NNP/TITLE Minister/NNP/TITLE of/IN Chile/NNP/COUNTRY His/PRP$ "
        + "Excellency/NNP ,/, Dr./NNP Ana/NNP/PERSON Rojas/NNP/PERSON ./.");
    assertEquals("Prime Minister of Chile", e.get("Ana Rojas").title(), e.toString());
    // a ministry's list of portfolios after an honorific, set off by a comma before the name
    Map<String, Actor> l = persons("The/DT Honourable/NNP Minister/NNP/TITLE of/IN Fisheries/NNP ,/, Forestry/NNP and/CC Coastal/NNP "
        + "Affairs/NNP ,/, Dr./NNP Ana/NNP/PERSON Rojas/NNP/PERSON ,/, received/VBD the/DT envoy/NN ./.");
    assertEquals("Minister of Fisheries, Forestry and Coastal Affairs", l.get("Ana Rojas").title(), l.toString());
    // a place set off by a comma is no title
    Map<String, Actor> q = persons("in/IN Santiago/NNP/CITY ,/, Dr./NNP Ana/NNP/PERSON Rojas/NNP/PERSON spoke/VBD ./.");
    assertNull(q.get("Ana Rojas").title(), q.toString());
  }

  @Test
  void aProjectsNameOrAPersonRunIntoAnAbbreviationIsNoOrganization() {
    ActorTable t = RESOLVER.resolve(Sentences.doc("Ambassador/NNP/TITLE Ana/NNP/PERSON Rojas/NNP/PERSON signed/VBD the/DT Project/NNP "
        + "for/IN the/DT [Improvement/NNP of/IN Rural/NNP Roads/NNP] with/IN [CHL/NNP Ana/NNP Rojas/NNP] ./."), DAY);
    assertTrue(t.actors().stream().noneMatch(a -> a.name().contains("Improvement")), t.actors().toString());
    assertTrue(t.actors().stream().noneMatch(a -> a.name().startsWith("CHL")), t.actors().toString());
  }

  @Test
  void aCurrencyNamedAfterACountryIsNoCountryActing() {
    ActorTable t = RESOLVER.resolve(Sentences.doc("Chile/NNP/COUNTRY gave/VBD 5/CD million/CD U.S./NNP/COUNTRY dollars/NNS to/TO "
        + "Peru/NNP/COUNTRY ./."), DAY);
    assertTrue(t.actors().stream().noneMatch(a -> "USA".equals(a.country())), t.actors().toString());
    assertTrue(t.actors().stream().anyMatch(a -> "PER".equals(a.country())), t.actors().toString());
  }

  @Test
  void aPortfolioListIsOneTitleAndNoOrganization() {
    ActorTable t = RESOLVER.resolve(Sentences.doc("Chilean/JJ/NATIONALITY Minister/NNP/TITLE of/IN [Trade/NNP ,/, Industry/NNP and/CC "
        + "Energy/NNP] Ana/NNP/PERSON Rojas/NNP/PERSON signed/VBD ./."), DAY);
    assertEquals("Minister of Trade, Industry and Energy", t.persons().get("Ana Rojas").title(), t.actors().toString());
    assertTrue(t.actors().stream().noneMatch(a -> a.name().contains("Industry")), t.actors().toString());
    // the ministry itself is a body
    ActorTable m = RESOLVER.resolve(Sentences.doc("the/DT [Ministry/NNP of/IN Trade/NNP ,/, Industry/NNP and/CC Energy/NNP] "
        + "signed/VBD ./."), DAY);
    assertTrue(m.actors().stream().anyMatch(a -> a.name().contains("Industry")), m.actors().toString());
  }

  @Test
  void anInitialTheTaggerLeftOutIsPartOfTheName() {
    Map<String, Actor> p = persons("Secretary/NNP/TITLE ,/, Mr./NNP Joseph/NNP/PERSON K./NNP Lamar/NNP signed/VBD ./.");
    assertTrue(p.containsKey("Joseph K. Lamar"), p.toString());
  }

  @Test
  void anOfficialOfAnInternationalBodyGetsNoCountryEvenInADatelinedDocument() {
    Map<String, Actor> p = persons("BERLIN, 5 September -\n",
        "said/VBD WFP/NNP Executive/NNP/TITLE Director/NNP/TITLE Daniel/NNP/PERSON Morrow/NNP/PERSON ./.");
    assertNull(p.get("Daniel Morrow").country());
    Map<String, Actor> q = persons("BERLIN, 5 September -\n", "said/VBD the/DT official/NN Daniel/NNP/PERSON Morrow/NNP/PERSON ./.");
    assertEquals("DEU", q.get("Daniel Morrow").country());
  }

  @Test
  void aSurnameWithItsOfficeFindsAFamilyNameFirstOfficeholder() {
    Map<String, Actor> p = RESOLVER.resolve(Sentences.doc("under/IN Prime/NNP/TITLE Minister/NNP/TITLE Abe/NNP/PERSON ./."), LocalDate.of(2019, 5, 1))
        .persons();
    assertEquals("JPN", p.get("Abe Shinzo").country(), p.toString());
  }

  @Test
  void aLoneSurnameIsTheOneOfficeholderOfThatNameInOfficeThatDay() {
    Map<String, Actor> p = RESOLVER.resolve(Sentences.doc("Meets/VBZ Putin/NNP/PERSON"), LocalDate.of(2019, 5, 1)).persons();
    assertEquals("RUS", p.get("Vladimir Putin").country(), p.toString());
    // out of office that day: not enough to name him
    assertTrue(RESOLVER.resolve(Sentences.doc("Meets/VBZ Putin/NNP/PERSON"), LocalDate.of(1995, 5, 1)).persons().isEmpty());
  }

  @Test
  void aDeclassificationStampNamesNoPerson() {
    assertTrue(persons("Mary/NNP/PERSON Q./NNP/PERSON Rivers/NNP/PERSON Declassified/Released/NNP US/NNP/COUNTRY Department/NNP").isEmpty());
  }

  @Test
  void anAuthorsNameUnderTheHeadlineGetsNoCountry() {
    Map<String, Actor> p = persons("Ministers meet in Manila\n\n", "Dana/NNP/PERSON Reyes/NNP/PERSON | | The/DT Philippine/JJ/NATIONALITY minister/NN spoke/VBD ./. | "
        + "Dana/NNP/PERSON is/VBZ a/DT senior/JJ reporter/NN ./.");
    assertNull(p.get("Dana Reyes").country(), p.toString());
  }

  @Test
  void aNameAfterHisExcellencyIsFoundWhenTheTaggerMissedIt() {
    Map<String, Actor> p = persons("the/DT Ambassador/NNP/TITLE of/IN Chile/NNP/COUNTRY to/IN Ghana/NNP/COUNTRY ,/, His/PRP$ Excellency/NNP "
        + "Tomas/NNP Alvarado/NNP ,/, said/VBD ./.");
    assertEquals("CHL", p.get("Tomas Alvarado").country(), p.toString());
  }

  @Test
  void inACableASurnameAfterAnOfficeIsAPerson() {
    Map<String, Actor> p = persons("FM SECSTATE WASHDC\n",
        "THE/DT VISITORS/NNS MADE/VBD A/DT COURTESY/NN CALL/NN ON/IN SECRETARY/NNP/TITLE HOLLIS/NNP/PERSON ././.");
    assertEquals("USA", p.get("Hollis").country(), p.toString());
    // in ordinary text a lone surname stays too weak
    assertTrue(persons("the/DT visitors/NNS made/VBD a/DT courtesy/NN call/NN on/IN Secretary/NNP/TITLE Hollis/NNP/PERSON ./.").isEmpty());
  }

  private static long mentionsOf(String name, String spec) {
    return RESOLVER.resolve(Sentences.doc(spec), DAY).mentions().stream().filter(m -> m.actor().equals(name)).count();
  }

  @Test
  void oneWordOfANameGivenBeforeIsThatPersonAgain() {
    // the tagger took the lone word for a common noun; it stands as a subject, so it is the person
    assertEquals(2, mentionsOf("Tolo Vensk",
        "Premier/NNP/TITLE Tolo/NNP/PERSON Vensk/NNP/PERSON arrived/VBD ;/: Vensk/NN also/RB visited/VBD the/DT port/NN ./."));
    // inside another name it is not
    assertEquals(1, mentionsOf("Tolo Vensk",
        "Premier/NNP/TITLE Tolo/NNP/PERSON Vensk/NNP/PERSON opened/VBD the/DT Vensk/NNP Bridge/NNP ./."));
  }

  @Test
  void anOfficeNamedWithoutANameIsThePersonWhoHoldsIt() {
    String spec = "the/DT Minister/NNP/TITLE ,/, Dr./NNP Alu/NNP/PERSON Benn/NNP/PERSON ,/, greeted/VBD Ambassador/NNP/TITLE "
        + "Kai/NNP/PERSON Orr/NNP/PERSON ;/: later/RB bankers/NNS met/VBD the/DT Honourable/NNP Minister/NNP/TITLE ./.";
    assertEquals(2, mentionsOf("Alu Benn", spec));
    // two persons named before hold the office: the office alone says neither
    String two = "Minister/NNP/TITLE Alu/NNP/PERSON Benn/NNP/PERSON greeted/VBD Minister/NNP/TITLE Kai/NNP/PERSON Orr/NNP/PERSON "
        + ";/: later/RB bankers/NNS met/VBD the/DT Minister/NNP/TITLE ./.";
    assertEquals(1, mentionsOf("Alu Benn", two));
    assertEquals(1, mentionsOf("Kai Orr", two));
  }
  @Test
  void aTitleWordBeforeBinIsAGivenName() {
    // the tagger starts the name after "Sultan", which can also be an office
    Map<String, Actor> p = persons("the/DT Chief/NNP Executive/NNP Officer/NNP ,/, His/PRP$ Excellency/NNP Sultan/NNP/TITLE bin/NNP "
        + "Rashid/NNP/PERSON Al-Harbi/NNP/PERSON ,/, spoke/VBD ./.");
    assertTrue(p.containsKey("Sultan bin Rashid Al-Harbi"), p.toString());
    assertEquals(1, p.size(), p.toString()); // "Executive Officer" is an office, not a person
  }

  @Test
  void aBuildingNamedAfterSomeoneIsNotAPerson() {
    assertTrue(persons("talks/NNS were/VBD held/VBN at/IN the/DT Building/NNP Amadou/NNP/PERSON Kone/NNP/PERSON ./.").isEmpty());
    assertTrue(persons("the/DT King/NNP/TITLE Omar/NNP/PERSON Relief/NNP/PERSON Centre/NNP will/MD deliver/VB food/NN ./.").isEmpty());
  }

  @Test
  void theSecondSignatoryActsForTheOtherSide() {
    // Korea and Angola are the two sides; the Korean envoy's country is stated, the second signatory's title names none
    String spec = "Korea/NNP/COUNTRY and/CC Angola/NNP/COUNTRY signed/VBD a/DT loan/NN ./. | The/DT Korean/JJ/NATIONALITY "
        + "ambassador/NN spoke/VBD ./. | It/PRP was/VBD signed/VBN by/IN Korean/JJ/NATIONALITY Ambassador/NNP/TITLE Lee/NNP/PERSON "
        + "Dong-hwan/NNP/PERSON and/CC Minister/NNP/TITLE of/IN Energy/NNP Pedro/NNP/PERSON Alves/NNP/PERSON ./.";
    Map<String, Actor> p = persons(spec);
    assertEquals("KOR", p.get("Lee Dong-hwan").country(), p.toString());
    assertEquals("AGO", p.get("Pedro Alves").country(), p.toString());
    // named side by side without a signing or a "between", he is not a party across the table: the most-named country
    Map<String, Actor> q = persons(spec.replace("It/PRP was/VBD signed/VBN by/IN", "It/PRP was/VBD praised/VBN by/IN"));
    assertEquals("KOR", q.get("Pedro Alves").country(), q.toString());
  }
  @Test
  void anOfficeBeforeACommaAndAnHonorificIsTheTitle() {
    // the tagger marked only "Minister" as a title; "Foreign" is part of it
    Map<String, Actor> p = persons("The/DT Foreign/NNP Minister/NNP/TITLE ,/, Mr/NNP Tom/NNP/PERSON Aldous/NNP/PERSON ,/, said/VBD ./.");
    assertEquals("Foreign Minister", p.get("Tom Aldous").title(), p.toString());
  }
  @Test
  void aFamilyNameInCapitalsBeforeAGivenNameIsAPersonWhateverTheTagger() {
    Map<String, Actor> p = persons("Minister/NNP/TITLE of/IN Foreign/NNP Affairs/NNP PARK/NNP/ORGANIZATION Min-jun/NNP/ORGANIZATION "
        + "met/VBD the/DT WFP/NNP/ORGANIZATION Gulf/NNP/LOCATION office/NN ./.");
    assertTrue(p.containsKey("Park Min-jun"), p.toString());
    assertEquals(1, p.size(), p.toString());
  }

  @Test
  void aKnownBodysNameThatGoesOnIsAnotherBody() {
    // Kenya's "State Department for Foreign Affairs" is not the US State Department
    Map<String, Actor> p = persons("Principal/NNP/TITLE Secretary/NNP/TITLE of/IN the/DT [State/NNP/ORGANIZATION Department/NNP/ORGANIZATION] "
        + "for/IN Foreign/NNP Affairs/NNP Dr./NNP Amos/NNP/PERSON Kiprop/NNP/PERSON spoke/VBD ./.");
    assertTrue(p.containsKey("Amos Kiprop"), p.toString());
    assertTrue(!"USA".equals(p.get("Amos Kiprop").country()), p.toString());
  }

  @Test
  void aMalaysianTitleOfSeveralWordsIsNoPartOfTheName() {
    Map<String, Actor> p = persons("Minister/NNP/TITLE Datuk/NNP Seri/NNP Utama/NNP Aziz/NNP/PERSON Rahman/NNP/PERSON spoke/VBD ./.");
    assertTrue(p.containsKey("Aziz Rahman"), p.toString());
  }

  @Test
  void anOfficeWithItsCountryRightBeforeTheNameIsTheTitle() {
    // the tagger marks the country inside the title and misses the second name altogether
    Map<String, Actor> p = persons("Minister/NNP/TITLE of/IN Foreign/NNP Affairs/NNP of/IN the/DT Republic/NNP/COUNTRY of/IN/COUNTRY "
        + "Chile/NNP/COUNTRY Rosa/NNP/PERSON Vidal/NNP/PERSON met/VBD Minister/NNP/TITLE of/IN Foreign/NNP Affairs/NNP of/IN the/DT "
        + "Republic/NNP/COUNTRY of/IN/COUNTRY Peru/NNP/COUNTRY Luis/NNP Tapia/NNP ,/, who/WP arrived/VBD ./.");
    assertEquals("Minister of Foreign Affairs of the Republic of Chile", p.get("Rosa Vidal").title(), p.toString());
    assertEquals("PER", p.get("Luis Tapia").country(), p.toString());
  }
  @Test
  void anOfficeWrittenLikeATitleIsNoPerson() {
    assertTrue(persons("as/IN consented/VBN to/TO by/IN His/PRP$ Majesty/NNP the/DT Yang/NNP/PERSON di-Pertuan/NNP/PERSON "
        + "Agong/NNP/PERSON ./.").isEmpty());
  }
  @Test
  void aEuropeanCommissionerActsForNoCountry() {
    Map<String, Actor> p = persons("BRUSSELS, 5 September -\n", "Karl/NNP/PERSON Vester/NNP/PERSON ,/, European/JJ/NATIONALITY "
        + "Commissioner/NNP/TITLE for/IN Trade/NNP ,/, met/VBD the/DT minister/NN ./.");
    assertNull(p.get("Karl Vester").country(), p.toString());
  }
}
