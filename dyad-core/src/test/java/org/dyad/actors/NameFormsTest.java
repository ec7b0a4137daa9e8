package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormsTest {
  @Test
  void foldCaseTurnsUpperCaseSurnamesIntoCapitalizedOnes() {
    assertEquals("Kamikawa", NameForms.foldCase("KAMIKAWA"));
    assertEquals("Lee", NameForms.foldCase("LEE"));
    // each letter run after a non-letter starts a new capital
    assertEquals("Bahiddha-Nukara", NameForms.foldCase("BAHIDDHA-NUKARA"));
  }

  @Test
  void foldCaseKeepsInitialsMixedCaseAndShortTokens() {
    assertEquals("A.K.", NameForms.foldCase("A.K."));
    assertEquals("McDonald", NameForms.foldCase("McDonald"));
    assertEquals("Penny", NameForms.foldCase("Penny"));
    assertEquals("A", NameForms.foldCase("A"));
    assertEquals("2024", NameForms.foldCase("2024"));
  }

  @Test
  void distanceCountsEditsAndStopsAtTheBound() {
    assertEquals(0, NameForms.distance("wong", "wong", 2));
    assertEquals(1, NameForms.distance("marsudi", "marsudy", 2));
    assertEquals(1, NameForms.distance("blinken", "blinkn", 2));
    assertEquals(2, NameForms.distance("sejourne", "sejurna", 2));
    // over the bound the answer is max + 1, however far apart the words are
    assertEquals(3, NameForms.distance("abcdef", "uvwxyz", 2));
    assertEquals(2, NameForms.distance("balakrishnan", "bal", 1));
  }

  @Test
  void nameDistanceIgnoresTokenOrderAndCase() {
    assertEquals(0, NameForms.nameDistance(List.of("Yoko", "Kamikawa"), List.of("KAMIKAWA", "yoko"), 1));
    assertEquals(0, NameForms.nameDistance(List.of("Penny", "Wong"), List.of("Penny", "Wong"), 1));
  }

  @Test
  void oneSubstitutionInALongTokenCostsOne() {
    assertEquals(1, NameForms.nameDistance(List.of("Retno", "Marsudi"), List.of("Retno", "Marsudy"), 1));
    assertEquals(1, NameForms.nameDistance(List.of("Antony", "Blinken"), List.of("Blinkin", "Antony"), 2));
    // two typos exceed a bound of one
    assertEquals(2, NameForms.nameDistance(List.of("Retno", "Marsudi"), List.of("Retna", "Marsudy"), 1));
  }

  @Test
  void namesWithDifferentTokenCountsNeverMatch() {
    assertEquals(3, NameForms.nameDistance(List.of("Retno", "Marsudi"), List.of("Retno", "L.", "Marsudi"), 2));
    assertEquals(2, NameForms.nameDistance(List.of("Wong"), List.of("Penny", "Wong"), 1));
    assertEquals(2, NameForms.nameDistance(List.of(), List.of(), 1));
  }

  @Test
  void shortTokensNeverCountAsTypos() {
    // "Yi" and "Ye" differ by one letter, but two-letter words are different names, not typos
    assertEquals(2, NameForms.nameDistance(List.of("Wang", "Yi"), List.of("Wang", "Ye"), 1));
    assertEquals(2, NameForms.nameDistance(List.of("Le", "Drian"), List.of("Li", "Drian"), 1));
    // an exact short token still matches
    assertEquals(0, NameForms.nameDistance(List.of("Wang", "Yi"), List.of("Yi", "Wang"), 1));
  }

  @Test
  void japaneseRomanizationRecognisesHepburnNames() {
    for (String w : List.of("Tanaka", "Shinzo", "Kamikawa", "Hayashi", "Motegi", "Kishida", "Tsutomu", "Ryota", "Ito")) {
      assertTrue(NameForms.japaneseRomanization(w), w);
    }
  }

  @Test
  void japaneseRomanizationRejectsOtherNames() {
    for (String w : List.of("Smith", "Wang", "Kim", "Blinken", "Baerbock", "Yo")) {
      assertFalse(NameForms.japaneseRomanization(w), w);
    }
  }

  @Test
  void japaneseRomanizationRejectsAWordStartingWithSyllabicN() {
    // no Japanese word begins with the syllabic n; Vietnamese "Nguyen" does
    assertFalse(NameForms.japaneseRomanization("Nguyen"));
    assertFalse(NameForms.japaneseRomanization("Ngo"));
  }
}
