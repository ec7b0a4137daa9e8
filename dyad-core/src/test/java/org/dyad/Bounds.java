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

  /** The input length {@link #SLOW_MILLIS} is meant for; longer committed inputs get time in proportion. */
  public static final int TYPICAL_INPUT = 4096;

  /**
   * Fails when the current thread has used more than {@link #SLOW_MILLIS} of CPU since {@code start}
   * on an input of up to {@link #TYPICAL_INPUT} characters, or proportionally more on a longer one
   * (a regression input of 32 KB gets eight times as long: a linear stage stays inside, a quadratic
   * one does not). The fuzzer's instrumentation and regex hooks make each call many times slower
   * than in production, which is why the budget is seconds, not milliseconds.
   */
  public static void inTime(long start, String what, int inputLength) {
    long ms = TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - start);
    long budget = SLOW_MILLIS * Math.max(1, (inputLength + TYPICAL_INPUT - 1) / TYPICAL_INPUT);
    if (ms > budget) {
      throw new AssertionError(what + " took " + ms + " ms of CPU on " + inputLength + " characters or bytes");
    }
  }
}
