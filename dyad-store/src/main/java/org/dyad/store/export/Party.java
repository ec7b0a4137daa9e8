package org.dyad.store.export;

import java.util.Locale;
import org.dyad.model.ActorKind;

/**
 * One side's member of an event: a country, or a person or organization acting for one.
 *
 * @param country the country code (ISO alpha-3, or a bloc key such as {@code EU}), or {@code null}
 * @param name the person's or organization's canonical name; {@code null} for the country itself
 * @param kind the actor's kind; {@code null} for the country itself
 * @param title the person's office, or {@code null}
 */
record Party(String country, String name, ActorKind kind, String title) {
  static Party country(String code) {
    return new Party(code, null, null, null);
  }

  /**
   * The sector: {@code GOV} for a person holding an office or an organization of government,
   * else empty. CAMEO and PLOVER both use GOV for the executive and its officials.
   */
  String sector() {
    if (name == null) {
      return "";
    }
    if (kind == ActorKind.PERSON) {
      return title != null && !title.isBlank() ? "GOV" : "";
    }
    String n = name.toLowerCase(Locale.ROOT);
    boolean government =
        n.contains("ministry") || n.contains("government") || n.contains("embassy") || n.contains("cabinet");
    return kind == ActorKind.ORGANIZATION && government ? "GOV" : "";
  }

  /** Whether the country is an ISO alpha-3 code rather than a bloc key. */
  boolean isState() {
    return country != null && country.matches("[A-Z]{3}");
  }
}
