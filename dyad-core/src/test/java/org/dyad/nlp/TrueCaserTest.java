package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrueCaserTest {
  private static final String CABLE = "O 031200Z MAR 79\n"
      + "FM AMEMBASSY LUSAKA\n\n"
      + "1. ON MARCH 2 I CALLED ON FOREIGN MINISTER SIYOMUNJI MUNDIA\n"
      + "AT HIS REQUEST. HE SAID THAT PRESIDENT KAUNDA WOULD WELCOME\n"
      + "A VISIT BY THE SECRETARY AFTER THE COMMONWEALTH MEETING.\n";

  @Test
  void aCableInCapitalsIsReadInMixedCaseAtTheSameOffsets() {
    String restored = TrueCaser.restore(CABLE);
    assertEquals(CABLE.length(), restored.length());
    assertTrue(restored.contains("President Kaunda"), restored);
    assertTrue(restored.contains(" called on "), restored);
    assertEquals(CABLE.toLowerCase(java.util.Locale.ROOT), restored.toLowerCase(java.util.Locale.ROOT));
    // the header's date-time group is not prose and keeps its capitals
    assertTrue(restored.startsWith("O 031200Z MAR 79\nFM AMEMBASSY LUSAKA\n"), restored);
  }

  @Test
  void aHeadlineInCapitalsAboveProseInMixedCaseIsLeftAsItIs() {
    String text = "ZAMBIA AND MALAWI SIGN BORDER ACCORD ON THE LUANGWA\n\n"
        + "Lusaka, 4 May 2024 - The foreign ministers of Zambia and Malawi signed an accord on the demarcation of their "
        + "common border on Friday, after two days of talks in the capital. The accord ends a survey begun in 2019.\n";
    assertSame(text, TrueCaser.restore(text));
  }

  @Test
  void onlyLinesWithSeveralWordsOfCapitalsCountAsProse() {
    String line = "1. ON MARCH 2 I CALLED ON THE MINISTER.";
    assertTrue(TrueCaser.capitalsLine(line, 0, line.length()));
    String header = "O 031200Z MAR 79";
    assertFalse(TrueCaser.capitalsLine(header, 0, header.length()));
    String mixed = "On March 2 I called on the Minister of Foreign Affairs.";
    assertFalse(TrueCaser.capitalsLine(mixed, 0, mixed.length()));
  }
}
