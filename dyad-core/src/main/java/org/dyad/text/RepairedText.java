package org.dyad.text;

/**
 * A document's text after repair.
 *
 * @param text the repaired text: broken words and lines joined, page furniture and metadata
 *     prefixes removed
 * @param metadataDate an ISO date ({@code YYYY-MM-DD}) lifted out of a metadata prefix such as
 *     {@code " date 2020-10-22 "}, or {@code null}
 */
public record RepairedText(String text, String metadataDate) {
  public RepairedText {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
  }
}
