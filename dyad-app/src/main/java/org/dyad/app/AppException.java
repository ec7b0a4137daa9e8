package org.dyad.app;

/** An expected failure, reported as one line on stderr without a stack trace. */
final class AppException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  AppException(String message, int status) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
