package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.kb.KnowledgeBase;
import org.dyad.kb.Office;
import org.junit.jupiter.api.Test;

class KbArgsTest {
  @Test
  void ordinals() {
    int[] n = {1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 70, 101, 111, 112, 113};
    String[] want = {"1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "23rd", "70th", "101st", "111th", "112th",
        "113th"};
    for (int i = 0; i < n.length; i++) {
      assertEquals(want[i], KbArgs.ordinal(n[i]));
    }
  }

  @Test
  void periods() {
    KbArgs.Period day = KbArgs.period(" 2024-02-29 ").orElseThrow();
    assertTrue(day.isDay());
    assertEquals(LocalDate.of(2024, 2, 29), day.first());
    KbArgs.Period month = KbArgs.period("2024-02").orElseThrow();
    assertEquals(LocalDate.of(2024, 2, 1), month.first());
    assertEquals(LocalDate.of(2024, 2, 29), month.last());
    KbArgs.Period year = KbArgs.period("1999").orElseThrow();
    assertEquals(LocalDate.of(1999, 1, 1), year.first());
    assertEquals(LocalDate.of(1999, 12, 31), year.last());
    assertTrue(KbArgs.period("2023-02-29").isEmpty());
    assertTrue(KbArgs.period("2023-00").isEmpty());
    assertTrue(KbArgs.period("02/2023").isEmpty());
  }

  @Test
  void offices() {
    assertEquals(List.of(Office.HEAD_OF_STATE, Office.HEAD_OF_GOVERNMENT), KbArgs.office("president").orElseThrow().offices());
    assertEquals(List.of(Office.FOREIGN_MINISTER), KbArgs.office("Minister  for Foreign-Affairs").orElseThrow().offices());
    assertEquals(List.of(Office.HEAD_OF_STATE), KbArgs.office("HEAD_OF_STATE").orElseThrow().offices());
    assertTrue(KbArgs.office("minister").isEmpty());
  }

  @Test
  void placesAndParties() {
    KnowledgeBase kb = KnowledgeBase.standard();
    assertEquals("KOR", KbArgs.place(kb, "kr").orElseThrow().alpha3());
    assertEquals("KOR", KbArgs.place(kb, "South Korea").orElseThrow().alpha3());
    assertNull(KbArgs.place(kb, "E.U.").orElseThrow().alpha3());
    assertEquals(KnowledgeBase.ASEAN, KbArgs.party(kb, "Asean").orElseThrow());
    assertEquals(KnowledgeBase.EU, KbArgs.party(kb, "European Union").orElseThrow());
    assertTrue(KbArgs.place(kb, "ZZ").isEmpty());
  }
}
