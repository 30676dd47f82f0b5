package dev.sluice.asl;

import java.util.List;

/**
 * One entry of a state's {@code Retry} list, with AWS's defaults applied where a field is absent.
 *
 * @param errorEquals the error names this retrier handles
 * @param intervalSeconds seconds before the first retry (default 1)
 * @param maxAttempts how many retries at most (default 3; 0 never retries)
 * @param backoffRate the interval's multiplier per retry (default 2.0)
 * @param maxDelaySeconds the cap on the interval, or null for none
 * @param jitterStrategy {@code FULL} or {@code NONE} (default)
 */
public record Retrier(
    List<String> errorEquals,
    Double intervalSeconds,
    Integer maxAttempts,
    Double backoffRate,
    Integer maxDelaySeconds,
    String jitterStrategy) {

  /** AWS's IntervalSeconds when a retrier names none. */
  public static final double DEFAULT_INTERVAL_SECONDS = 1;

  /** AWS's MaxAttempts when a retrier names none. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** AWS's BackoffRate when a retrier names none. */
  public static final double DEFAULT_BACKOFF_RATE = 2.0;

  /** The delay before retry number {@code attempt + 1} (attempt counts from 0), in seconds. */
  public double delaySeconds(int attempt) {
    double delay = intervalSeconds * Math.pow(backoffRate, attempt);
    return maxDelaySeconds == null ? delay : Math.min(delay, maxDelaySeconds);
  }

  /** Whether the delay is drawn at random from [0, delay]. */
  public boolean fullJitter() {
    return "FULL".equals(jitterStrategy);
  }
}
