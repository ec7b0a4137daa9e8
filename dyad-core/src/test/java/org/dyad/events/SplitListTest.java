package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitListTest {
  @Test
  void commasAndASerialAnd() {
    assertEquals(List.of("A", "B of C", "the D"), EventExtractor.splitList("A, B of C, and the D"));
    assertEquals(
        List.of("maritime security", "fisheries", "renewable energy"),
        EventExtractor.splitList("maritime security, fisheries, and renewable energy"));
  }

  @Test
  void andBeforeAnArticleStartsANewItem() {
    assertEquals(
        List.of("education", "a scholarship programme"), EventExtractor.splitList("education and a scholarship programme"));
    assertEquals(
        List.of("the training of nurses", "the supply of vaccines"),
        EventExtractor.splitList("the training of nurses and the supply of vaccines"));
  }

  @Test
  void andInsideOneSubjectIsKept() {
    assertEquals(List.of("trade and investment"), EventExtractor.splitList("trade and investment"));
    assertEquals(
        List.of("science and technology", "customs"), EventExtractor.splitList("science and technology, customs"));
  }

  @Test
  void semicolonsAndAsWellAs() {
    // with semicolons, the items carry their own commas and "and"
    assertEquals(
        List.of("energy", "agriculture and the environment"), EventExtractor.splitList("energy; agriculture and the environment"));
    assertEquals(
        List.of("an MoU on trade between the Ministry of Trade, Industry and Energy and its partner", "an MoU on labour"),
        EventExtractor.splitList("an MoU on trade between the Ministry of Trade, Industry and Energy and its partner; and an MoU on labour"));
    assertEquals(List.of("health", "tourism"), EventExtractor.splitList("health, as well as tourism"));
  }

  @Test
  void emptyPiecesAreDropped() {
    assertEquals(List.of(), EventExtractor.splitList(""));
    assertEquals(List.of("culture"), EventExtractor.splitList(" culture ; ,"));
  }
}
