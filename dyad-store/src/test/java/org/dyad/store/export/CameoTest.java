package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dyad.model.EventType;
import org.dyad.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The CAMEO table of docs/EXPORTS.md, row by row. */
class CameoTest {
  private static Cameo code(String type, String mode, String status, boolean third) {
    return Cameo.of(
        Fixtures.event(EventType.valueOf(type), mode.isEmpty() ? null : mode, Status.valueOf(status), null,
            List.of(), List.of("NOR"), List.of("KEN"), null, null, null, 1),
        third);
  }

  @ParameterizedTest(name = "{0} {1} {2} third={3} -> {4}")
  @CsvSource({
    "CONSULT, phone, OCCURRED, false, 041, 1.0",
    "CONSULT, video, OCCURRED, false, 041, 1.0",
    "CONSULT, visit, OCCURRED, false, 042, 1.9",
    "CONSULT, visit, OCCURRED, true, 042, 1.9",
    "CONSULT, meeting, OCCURRED, false, 040, 1.0",
    "CONSULT, meeting, OCCURRED, true, 044, 2.5",
    "CONSULT, consultation, OCCURRED, false, 040, 1.0",
    "CONSULT, summit, OCCURRED, false, 040, 1.0",
    "CONSULT, summit, OCCURRED, true, 044, 2.5",
    "CONSULT, '', OCCURRED, false, 040, 1.0",
    "CONSULT, phone, PLANNED, false, 036, 4.0",
    "CONSULT, visit, HOPED, true, 036, 4.0",
    "AGREE, mou, OCCURRED, false, 057, 8.0",
    "AGREE, agreement, OCCURRED, false, 057, 8.0",
    "AGREE, '', OCCURRED, false, 057, 8.0",
    "AGREE, joint_statement, OCCURRED, false, 050, 3.5",
    "AGREE, partnership_upgrade, OCCURRED, false, 050, 3.5",
    "AGREE, mou, PLANNED, false, 030, 4.0",
    "AGREE, agreement, HOPED, false, 030, 4.0",
    "AGREE, partnership_upgrade, PLANNED, false, 032, 4.5",
    "AID, loan, OCCURRED, false, 071, 7.4",
    "AID, grant, OCCURRED, false, 071, 7.4",
    "AID, humanitarian, OCCURRED, false, 073, 7.4",
    "AID, equipment, OCCURRED, false, 070, 7.0",
    "AID, training, OCCURRED, false, 070, 7.0",
    "AID, technical, OCCURRED, false, 070, 7.0",
    "AID, '', OCCURRED, false, 070, 7.0",
    "AID, loan, PLANNED, false, 0331, 5.2",
    "AID, humanitarian, HOPED, false, 0333, 5.2",
    "AID, equipment, PLANNED, false, 033, 5.2",
    "SUPPORT, '', OCCURRED, false, 050, 3.5",
    "SUPPORT, '', PLANNED, false, 032, 4.5",
    "COOPERATE, '', OCCURRED, false, 060, 6.0",
    "COOPERATE, '', HOPED, false, 031, 5.2",
    "DEMAND, '', OCCURRED, false, 100, -5.0",
    "DISAPPROVE, '', OCCURRED, false, 110, -2.0",
    "REJECT, '', OCCURRED, false, 120, -4.0",
    "THREATEN, '', OCCURRED, false, 130, -4.4",
    "PROTEST, '', PLANNED, false, 140, -6.5",
  })
  void mapsTypeModeAndStatus(String type, String mode, String status, boolean third, String code, double goldstein) {
    Cameo c = code(type, mode, status, third);
    assertEquals(code, c.code());
    assertEquals(goldstein, c.goldstein(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"036, 036, 03, 1", "0331, 033, 03, 1", "057, 057, 05, 1", "071, 071, 07, 2", "100, 100, 10, 3",
      "130, 130, 13, 3", "140, 140, 14, 4"})
  void derivesBaseRootAndQuadClass(String code, String base, String root, int quad) {
    Cameo c = new Cameo(code, "x");
    assertEquals(base, c.baseCode());
    assertEquals(root, c.rootCode());
    assertEquals(quad, c.quadClass());
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void cooperativeTypesAreCooperativeInEveryStatusAndConflictualOnesConflictual(EventType type) {
    boolean cooperative = switch (type) {
      case CONSULT, AGREE, AID, SUPPORT, COOPERATE -> true;
      default -> false;
    };
    for (Status s : Status.values()) {
      Cameo c = Cameo.of(Fixtures.event(type, null, s, null, List.of(), List.of(), List.of(), null, null, null, 1), false);
      assertEquals(cooperative, c.quadClass() <= 2, type + " " + s + " -> " + c.code());
      assertEquals(cooperative, c.goldstein() > 0, type + " " + s + " -> " + c.code());
    }
  }

  @Test
  void refusesACodeWithoutAGoldsteinScore() {
    assertThrows(IllegalArgumentException.class, () -> new Cameo("190", "Use conventional military force"));
  }
}
