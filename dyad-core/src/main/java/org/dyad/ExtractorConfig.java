package org.dyad;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the extraction pipeline. Unknown keys are rejected, never ignored.
 *
 * @param maxChars documents longer than this (after decoding) are refused, so one huge file
 *     cannot exhaust memory; default 1,000,000 characters
 * @param docTimeoutSeconds a document whose extraction takes longer than this many seconds fails
 *     and the batch goes on; 0 for no limit; default 60
 * @param maxSentenceTokens sentences longer than this many tokens are split into pieces of at
 *     most this many before tagging, so that no stage is superlinear in a sentence's length;
 *     default 200
 */
public record ExtractorConfig(int maxChars, int docTimeoutSeconds, int maxSentenceTokens) implements java.io.Serializable {
  /** Keys accepted by {@link #fromMap}. */
  public static final Set<String> KEYS = Set.of("max-chars", "doc-timeout", "max-sentence-tokens");

  /** The most {@code max-sentence-tokens} may be: beyond it SUTime's matching takes minutes. */
  public static final int MAX_SENTENCE_TOKENS_LIMIT = 1000;

  public ExtractorConfig {
    if (maxChars < 1) {
      throw new IllegalArgumentException("max-chars must be positive, got " + maxChars);
    }
    if (docTimeoutSeconds < 0) {
      throw new IllegalArgumentException("doc-timeout must be 0 (no limit) or a positive number of seconds, got " + docTimeoutSeconds);
    }
    if (maxSentenceTokens < 10 || maxSentenceTokens > MAX_SENTENCE_TOKENS_LIMIT) {
      throw new IllegalArgumentException(
          "max-sentence-tokens must be between 10 and " + MAX_SENTENCE_TOKENS_LIMIT + ", got " + maxSentenceTokens);
    }
  }

  /** The defaults. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(1_000_000, 60, 200);
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
    return new ExtractorConfig(
        whole(settings, "max-chars", d.maxChars(), "a whole number"),
        whole(settings, "doc-timeout", d.docTimeoutSeconds(), "a whole number of seconds"),
        whole(settings, "max-sentence-tokens", d.maxSentenceTokens(), "a whole number"));
  }

  private static int whole(Map<String, String> settings, String key, int otherwise, String what) {
    String v = settings.get(key);
    if (v == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be " + what + ", got '" + v + "'", e);
    }
  }
}
