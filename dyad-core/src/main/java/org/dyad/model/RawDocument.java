package org.dyad.model;

/**
 * A document as it arrived, before any decoding or repair.
 *
 * @param id document id, usually the file name without directory and extension
 * @param source where it came from (a path or URL), for messages
 * @param bytes the content as read
 */
public record RawDocument(String id, String source, byte[] bytes) {
  public RawDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id is required");
    }
    if (bytes == null) {
      throw new IllegalArgumentException("document " + id + " has no content");
    }
    source = source == null ? id : source;
  }
}
