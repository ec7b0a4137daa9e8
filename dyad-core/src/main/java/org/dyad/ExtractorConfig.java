package org.dyad;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the extraction pipeline. Unknown keys are rejected, never ignored.
 *
 * @param maxChars documents longer than this (after decoding) are refused, so one huge file
 *     cannot exhaust memory; default 1,000,000 characters
 */
public record ExtractorConfig(int maxChars) {
  /** Keys accepted by {@link #fromMap}. */
  public static final Set<String> KEYS = Set.of("max-chars");

  public ExtractorConfig {
    if (maxChars < 1) {
      throw new IllegalArgumentException("max-chars must be positive, got " + maxChars);
    }
  }

  /** The defaults. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(1_000_000);
  }

  /**
   * Settings from string keys and values, as read from a properties file or flags.
   *
   * @throws IllegalArgumentException naming any unknown key or malformed value
   */
  public static ExtractorConfig fromMap(Map<String, String> settings) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown setting(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    ExtractorConfig d = defaults();
    int maxChars = d.maxChars();
    String v = settings.get("max-chars");
    if (v != null) {
      try {
        maxChars = Integer.parseInt(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("max-chars must be a whole number, got '" + v + "'", e);
      }
    }
    return new ExtractorConfig(maxChars);
  }
}
