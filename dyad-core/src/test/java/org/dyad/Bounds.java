package org.dyad;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * The time a fuzz target allows one call on one input. The fuzzer's inputs are a few kilobytes; a
 * stage that is linear in its input takes milliseconds on them, so a call past this is a hang or
 * a superlinear stage, and a finding. Measured in the calling thread's CPU time, so that a busy
 * machine does not make a finding; a target warms up first (classes loaded and instrumented).
 */
public final class Bounds {
  public static final long SLOW_MILLIS = 5_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Bounds() {}

  /** The current thread's CPU time, to pass to {@link #inTime}. */
  public static long start() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Fails when the current thread has used more than {@link #SLOW_MILLIS} of CPU since {@code start}. */
  public static void inTime(long start, String what, int inputLength) {
    long ms = TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - start);
    if (ms > SLOW_MILLIS) {
      throw new AssertionError(what + " took " + ms + " ms of CPU on " + inputLength + " characters or bytes");
    }
  }
}
