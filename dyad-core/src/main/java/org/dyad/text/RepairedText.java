package org.dyad.text;

import java.util.List;

/**
 * A document's text after repair.
 *
 * @param text the repaired text: broken words and lines joined, page furniture and metadata
 *     prefixes removed
 * @param metadataDate an ISO date ({@code YYYY-MM-DD}) lifted out of a metadata prefix such as
 *     {@code " date 2020-10-22 "}, or {@code null}
 * @param repairs what was removed or changed, in raw-text order; spans refer to the raw text
 */
public record RepairedText(String text, String metadataDate, List<Repair> repairs) {
  public RepairedText {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    repairs = repairs == null ? List.of() : List.copyOf(repairs);
  }

  /** A repaired text with no repairs listed. */
  public RepairedText(String text, String metadataDate) {
    this(text, metadataDate, List.of());
  }
}
