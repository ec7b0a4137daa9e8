package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void tokenizesOnNonWordCharactersKeepingOffsets() {
    List<Words.Token> t = Words.tokenize("Japan's e-government, 5G.");
    assertEquals(List.of("Japan", "s", "e", "government", "5G"), t.stream().map(Words.Token::raw).toList());
    assertEquals(22, t.get(4).begin());
    assertEquals(24, t.get(4).end());
  }

  @Test
  void keepsCombiningMarksInsideWords() {
    // Khmer "kampuchea" with a subscript consonant and vowel signs is one word
    assertEquals(1, Words.tokenize("កម្ពុជា").size());
  }

  @Test
  void foldsEnglishPlurals() {
    assertEquals("port", Words.fold("Ports"));
    assertEquals("fishery", Words.fold("fisheries"));
    assertEquals("business", Words.fold("businesses"));
    assertEquals("business", Words.fold("business"));
    assertEquals("approach", Words.fold("approaches"));
    assertEquals("bridge", Words.fold("bridges"));
    assertEquals("virus", Words.fold("virus"));
    assertEquals("crisis", Words.fold("crisis"));
    assertEquals("gas", Words.fold("gas"));
    assertEquals("covid", Words.fold("COVID"));
  }

  @Test
  void recognisesAcronyms() {
    assertTrue(Words.isAcronym("UN"));
    assertTrue(Words.isAcronym("5G"));
    assertTrue(Words.isAcronym("G7"));
    assertFalse(Words.isAcronym("Asean"));
    assertFalse(Words.isAcronym("port"));
    assertFalse(Words.isAcronym("19"));
  }
}
