package org.dyad;

import java.util.concurrent.TimeUnit;

/**
 * The time a fuzz target allows one call on one input. The fuzzer's inputs are a few kilobytes; a
 * stage that is linear in its input takes milliseconds on them, so a call past this is a hang or
 * a superlinear stage, and a finding.
 */
public final class Bounds {
  /** Generous: the machine is shared and a call may meet a garbage collection or JIT compilation. */
  public static final long SLOW_MILLIS = 5_000;

  private Bounds() {}

  /** Fails when more than {@link #SLOW_MILLIS} have passed since {@code startNanos}. */
  public static void inTime(long startNanos, String what, int inputLength) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    if (ms > SLOW_MILLIS) {
      throw new AssertionError(what + " took " + ms + " ms on " + inputLength + " characters or bytes");
    }
  }
}
