package org.dyad.read;

/** A document or file that cannot be read; the message says what is wrong, without the path. */
public final class UnreadableException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, e.g. "no text layer (scanned PDF?)" */
  public UnreadableException(String message) {
    super(message);
  }
}
