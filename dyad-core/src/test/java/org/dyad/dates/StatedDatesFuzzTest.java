package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.Bounds;

/**
 * Fuzzes the dates a document states for itself (datelines, bylines, labelled and cable dates),
 * read from raw text before any tagging. Runs the committed inputs under {@code
 * StatedDatesFuzzTestInputs/} in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StatedDatesFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void statedDates(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    long t = Bounds.start();
    List<StatedDates.Found> all = StatedDates.find(text);
    StatedDates.Found best = StatedDates.best(text);
    Bounds.inTime(t, "StatedDates", text.length());
    for (StatedDates.Found f : all) {
      assertTrue(f.day() != null || f.partial() != null, "a day or a month and day: " + f);
      assertTrue(f.start() >= 0 && f.start() + f.text().length() <= text.length(), f + " outside the text");
      assertEquals(f.text(), text.substring(f.start(), f.start() + f.text().length()));
      assertTrue(f.day() == null || f.day().getYear() > 0 && f.day().getYear() < 10_000, "a year of four digits: " + f);
    }
    assertTrue(best == null || all.contains(best));
  }
}
