package dev.sluice.asl;

/**
 * The wait before a retry: IntervalSeconds × BackoffRate^attempt, capped by MaxDelaySeconds; with
 * FULL jitter a uniformly drawn share of it.
 */
final class RetryDelay {
  /** The resolution of the jitter draw (the Entropy port yields ints). */
  private static final int JITTER_STEPS = 1_000_000;

  private RetryDelay() {}

  static long millis(Retrier retrier, int attempt, Entropy entropy) {
    double seconds = retrier.delaySeconds(attempt);
    if (retrier.fullJitter()) {
      seconds = seconds * entropy.nextInt(0, JITTER_STEPS + 1) / JITTER_STEPS;
    }
    double millis = seconds * 1000;
    return millis >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(millis);
  }
}
