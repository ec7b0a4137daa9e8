package org.dyad.text;

/** PLACEHOLDER until the text-repair stage lands: returns the text unchanged. */
public final class TextRepairer {
  private TextRepairer() {}

  /** The repairer with the bundled word list. */
  public static TextRepairer standard() {
    return new TextRepairer();
  }

  /** Repairs crawled or PDF-extracted text. */
  public RepairedText repair(String raw) {
    return new RepairedText(raw, null);
  }
}
