package org.dyad.store;

/** The store could not be opened, read or written; the message says which and why. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure without an underlying exception. */
  public StoreException(String message) {
    super(message);
  }
}
