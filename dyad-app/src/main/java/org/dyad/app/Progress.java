package org.dyad.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report on stderr ({@code [12/340] 3.1 docs/s, ETA 1m50s}), shown only when
 * stderr is a terminal (the launcher tells us: {@code -Ddyad.stderr.tty=true}) and there are more
 * than a few documents, so that logs and pipes only ever see errors. Long jobs that are watched
 * through logs ({@link #lines}) get a plain line every so often instead.
 */
final class Progress {
  /** Fewer documents than this finish before a progress line would help. */
  static final int MIN_DOCS = 5;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final boolean plain;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean lineShown;

  Progress(PrintWriter err, int total) {
    this(err, total, Boolean.getBoolean("dyad.stderr.tty") && total >= MIN_DOCS);
  }

  Progress(PrintWriter err, int total, boolean enabled) {
    this(err, total, enabled, false);
  }

  private Progress(PrintWriter err, int total, boolean enabled, boolean plain) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
    this.plain = plain;
    // a plain line right at the start would only measure the model loading
    this.lastShown = plain ? start : 0;
  }

  /**
   * The progress line on a terminal; elsewhere, for more than a few documents, a plain line at
   * most every {@link #PLAIN_EVERY_NANOS} (a log shows that a long ingest is alive).
   */
  static Progress lines(PrintWriter err, int total) {
    boolean tty = Boolean.getBoolean("dyad.stderr.tty");
    return new Progress(err, total, total >= MIN_DOCS, !tty);
  }

  /** How often plain progress lines are written. */
  static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

  /** Reports that {@code done} documents are finished (at most five times a second). */
  synchronized void update(int done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (plain) {
      if (done < total && now - lastShown >= PLAIN_EVERY_NANOS) {
        lastShown = now;
        err.println("dyad: " + status(done, now));
      }
      return;
    }
    if (done < total && now - lastShown < 200_000_000L) {
      return;
    }
    lastShown = now;
    err.print("\r" + status(done, now));
    err.flush();
    lineShown = true;
  }

  private String status(int done, long now) {
    double secs = (now - start) / 1e9;
    double rate = secs > 0 ? done / secs : 0.0;
    String s = String.format(Locale.ROOT, "[%d/%d] %.1f docs/s", done, total, rate);
    if (done < total && done > 0 && rate > 0) {
      long eta = Math.round((total - done) / rate);
      s += String.format(Locale.ROOT, ", ETA %dm%02ds", eta / 60, eta % 60);
    }
    return s;
  }

  /** Clears the progress line, before an error message or at the end. */
  synchronized void clear() {
    if (lineShown) {
      err.print("\r\033[K");
      err.flush();
      lineShown = false;
    }
  }
}
