package org.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.Bounds;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes text repair. Runs the committed inputs under {@code RepairFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1} fuzzes (see the README, "Fuzzing").
 */
class RepairFuzzTest {
  @BeforeAll
  static void warmUp() {
    // the word list loads here, not as part of an input's time
    TextRepairer.standard().repair("The minis-\nter arrived.\n");
  }

  @FuzzTest(maxDuration = "10m")
  void repair(byte[] input) {
    String raw = new String(input, StandardCharsets.UTF_8);
    long t = Bounds.start();
    RepairedText r = TextRepairer.standard().repair(raw);
    Bounds.inTime(t, "repair", raw.length());
    assertNotNull(r.text());
    if (r.metadataDate() != null) {
      // the extractor reads it with LocalDate.parse; a date that does not parse would stop it
      assertEquals(r.metadataDate(), LocalDate.parse(r.metadataDate()).toString());
    }
    for (Repair x : r.repairs()) {
      assertTrue(x.start() >= 0 && x.start() <= x.end() && x.end() <= raw.length(), x + " outside 0.." + raw.length());
    }
  }
}
