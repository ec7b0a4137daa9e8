package org.dyad.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report on stderr ({@code [12/340] 3.1 docs/s}), shown only when stderr is
 * a terminal (the launcher tells us: {@code -Ddyad.stderr.tty=true}) and there are more than a
 * few documents, so that logs and pipes only ever see errors.
 */
final class Progress {
  /** Fewer documents than this finish before a progress line would help. */
  static final int MIN_DOCS = 5;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean lineShown;

  Progress(PrintWriter err, int total) {
    this(err, total, Boolean.getBoolean("dyad.stderr.tty") && total >= MIN_DOCS);
  }

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** Reports that {@code done} documents are finished (at most five times a second). */
  void update(int done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastShown < 200_000_000L) {
      return;
    }
    lastShown = now;
    double secs = (now - start) / 1e9;
    err.print(String.format(Locale.ROOT, "\r[%d/%d] %.1f docs/s", done, total, secs > 0 ? done / secs : 0.0));
    err.flush();
    lineShown = true;
  }

  /** Clears the progress line, before an error message or at the end. */
  void clear() {
    if (lineShown) {
      err.print("\r\033[K");
      err.flush();
      lineShown = false;
    }
  }
}
