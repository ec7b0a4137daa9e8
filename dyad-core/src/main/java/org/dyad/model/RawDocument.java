package org.dyad.model;

/**
 * A document as it arrived, before any decoding or repair.
 *
 * @param id document id, usually the file name without directory and extension
 * @param source where it came from (a path or URL), for messages
 * @param bytes the content as read: text in any encoding, HTML or PDF (see {@code org.dyad.read})
 * @param info what the container said about the document (a feed entry's URL, title and date);
 *     never {@code null}, {@link SourceInfo#NONE} when nothing
 */
public record RawDocument(String id, String source, byte[] bytes, SourceInfo info) implements java.io.Serializable {
  /** A document that comes with no metadata. */
  public RawDocument(String id, String source, byte[] bytes) {
    this(id, source, bytes, SourceInfo.NONE);
  }

  public RawDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id is required");
    }
    if (bytes == null) {
      throw new IllegalArgumentException("document " + id + " has no content");
    }
    source = source == null ? id : source;
    info = info == null ? SourceInfo.NONE : info;
  }
}
