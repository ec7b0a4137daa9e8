package org.dyad;

/** A document that cannot be extracted: unreadable, empty, binary, wrongly encoded or too large. */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the document */
  public DocumentException(String message) {
    super(message);
  }
}
