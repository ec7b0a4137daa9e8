package org.dyad.app.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of up
 * to {@code burst}. A client over its rate gets 429 with the seconds to wait.
 */
final class RateLimit {
  /** Clients remembered at most; past this, the buckets of idle clients are dropped. */
  private static final int MAX_CLIENTS = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  RateLimit(double perSecond, double burst, LongSupplier nanos) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("rate must be positive and burst at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  RateLimit(double perSecond, double burst) {
    this(perSecond, burst, System::nanoTime);
  }

  /**
   * Takes one request's token for {@code client}.
   *
   * @return 0 when the request may go ahead, else the whole seconds to wait (at least 1)
   */
  long take(String client) {
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      // full buckets hold nothing worth remembering
      buckets.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          return e.getValue().tokens + (now - e.getValue().last) / 1e9 * perSecond >= burst;
        }
      });
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
      b.last = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
    }
  }
}
