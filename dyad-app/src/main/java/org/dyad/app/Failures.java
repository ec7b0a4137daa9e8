package org.dyad.app;

/** One-line descriptions of unexpected exceptions. */
final class Failures {
  private Failures() {}

  /** The exception and the frame it was thrown from, e.g. to report a bug in one stage. */
  static String describe(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    String where = st.length > 0 ? " (at " + st[0] + ")" : "";
    return t + where;
  }
}
