package org.dyad.store.export;

import java.util.Map;
import org.dyad.model.Event;
import org.dyad.model.Status;

/**
 * A CAMEO event code with the figures GDELT derives from it.
 *
 * @param code the full CAMEO code, three or four digits
 * @param description CAMEO's name for it
 */
record Cameo(String code, String description) {
  /**
   * Goldstein scores of the codes Dyad emits, from GDELT's lookup table CAMEO.goldsteinscale.txt
   * (https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt), itself from Goldstein
   * (1992) as extended for CAMEO.
   */
  private static final Map<String, Double> GOLDSTEIN =
      Map.ofEntries(
          Map.entry("030", 4.0),
          Map.entry("031", 5.2),
          Map.entry("032", 4.5),
          Map.entry("033", 5.2),
          Map.entry("0331", 5.2),
          Map.entry("0333", 5.2),
          Map.entry("036", 4.0),
          Map.entry("040", 1.0),
          Map.entry("041", 1.0),
          Map.entry("042", 1.9),
          Map.entry("043", 2.8),
          Map.entry("044", 2.5),
          Map.entry("050", 3.5),
          Map.entry("057", 8.0),
          Map.entry("060", 6.0),
          Map.entry("070", 7.0),
          Map.entry("071", 7.4),
          Map.entry("073", 7.4),
          Map.entry("100", -5.0),
          Map.entry("110", -2.0),
          Map.entry("120", -4.0),
          Map.entry("130", -4.4),
          Map.entry("140", -6.5));

  Cameo {
    if (!GOLDSTEIN.containsKey(code)) {
      throw new IllegalArgumentException("no Goldstein score for CAMEO " + code);
    }
  }

  /**
   * The code for a Dyad event.
   *
   * @param thirdLocation whether the event took place in a country that is neither side's
   */
  static Cameo of(Event e, boolean thirdLocation) {
    String mode = e.mode() == null ? "" : e.mode();
    // CAMEO codes announced and wished-for cooperation as "express intent" (03x), never as the act.
    boolean intent = e.status() != Status.OCCURRED;
    return switch (e.type()) {
      case CONSULT -> intent ? new Cameo("036", "Express intent to meet or negotiate") : consult(mode, thirdLocation);
      case AGREE -> intent ? agreeIntent(mode) : agree(mode);
      case AID -> intent ? aidIntent(mode) : aid(mode);
      case SUPPORT -> intent
          ? new Cameo("032", "Express intent to engage in diplomatic cooperation")
          : new Cameo("050", "Engage in diplomatic cooperation");
      case COOPERATE -> intent
          ? new Cameo("031", "Express intent to engage in material cooperation")
          : new Cameo("060", "Engage in material cooperation");
      // Conflictual types have no intent codes in CAMEO: a planned protest is coded as a protest.
      case DEMAND -> new Cameo("100", "Demand");
      case DISAPPROVE -> new Cameo("110", "Disapprove");
      case REJECT -> new Cameo("120", "Reject");
      case THREATEN -> new Cameo("130", "Threaten");
      case PROTEST -> new Cameo("140", "Engage in political dissent");
    };
  }

  private static Cameo consult(String mode, boolean thirdLocation) {
    return switch (mode) {
      // CAMEO's 041 covers any remote medium; PLOVER's "phone" mode says so outright.
      case "phone", "video" -> new Cameo("041", "Discuss by telephone");
      case "visit" -> new Cameo("042", "Make a visit");
      default -> thirdLocation ? new Cameo("044", "Meet at a third location") : new Cameo("040", "Consult");
    };
  }

  private static Cameo agree(String mode) {
    return switch (mode) {
      // A joint statement or an upgraded partnership is diplomatic cooperation, not a signed treaty.
      case "joint_statement", "partnership_upgrade" -> new Cameo("050", "Engage in diplomatic cooperation");
      default -> new Cameo("057", "Sign formal agreement");
    };
  }

  private static Cameo agreeIntent(String mode) {
    return switch (mode) {
      case "joint_statement", "partnership_upgrade" -> new Cameo(
          "032", "Express intent to engage in diplomatic cooperation");
      default -> new Cameo("030", "Express intent to cooperate");
    };
  }

  private static Cameo aid(String mode) {
    return switch (mode) {
      case "loan", "grant" -> new Cameo("071", "Provide economic aid");
      case "humanitarian" -> new Cameo("073", "Provide humanitarian aid");
      // Equipment may be military (072) or not; the record cannot tell, so the generic code.
      default -> new Cameo("070", "Provide aid");
    };
  }

  private static Cameo aidIntent(String mode) {
    return switch (mode) {
      case "loan", "grant" -> new Cameo("0331", "Express intent to provide economic aid");
      case "humanitarian" -> new Cameo("0333", "Express intent to provide humanitarian aid");
      default -> new Cameo("033", "Express intent to provide material aid");
    };
  }

  /** The three-digit level: the code itself for three-digit codes. */
  String baseCode() {
    return code.substring(0, 3);
  }

  /** The two-digit cue category. */
  String rootCode() {
    return code.substring(0, 2);
  }

  /**
   * GDELT's QuadClass of the root: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3
   * verbal conflict (10-13), 4 material conflict (14-20).
   */
  int quadClass() {
    int root = Integer.parseInt(rootCode());
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 13 ? 3 : 4;
  }

  double goldstein() {
    return GOLDSTEIN.get(code);
  }
}
