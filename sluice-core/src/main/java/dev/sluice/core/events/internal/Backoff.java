package dev.sluice.core.events.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after attempt {@code n} the nominal delay is {@code base *
 * 2^(n-1)}, capped at {@code max}; the actual delay is drawn between half of it and all of it, so
 * that events failing together do not retry together.
 */
public final class Backoff {
  private final Duration base;
  private final Duration max;
  private final DoubleSupplier random;

  /** {@code random} yields values in {@code [0, 1)}. */
  public Backoff(Duration base, Duration max, DoubleSupplier random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The delay before the next attempt, after {@code attempts} attempts (at least 1) failed. */
  public Duration after(int attempts) {
    long nominal = nominalMillis(attempts);
    long half = nominal / 2;
    return Duration.ofMillis(nominal - half + (long) (random.getAsDouble() * half));
  }

  long nominalMillis(int attempts) {
    long maxMillis = max.toMillis();
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 62) {
      return maxMillis;
    }
    long baseMillis = base.toMillis();
    long factor = 1L << doublings;
    if (baseMillis > maxMillis / factor) {
      return maxMillis;
    }
    return Math.min(maxMillis, baseMillis * factor);
  }
}
