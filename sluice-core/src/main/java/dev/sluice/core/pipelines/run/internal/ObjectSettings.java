package dev.sluice.core.pipelines.run.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run settings of one component, with Data Pipeline's defaults: {@code maximumRetries} 2 (three
 * tries in all), {@code retryDelay} 10 minutes, {@code failureAndRerunMode} none; the timeouts are
 * unset unless given.
 */
public record ObjectSettings(
    int maximumRetries,
    Duration retryDelay,
    Optional<Duration> attemptTimeout,
    Optional<Duration> reportProgressTimeout,
    Optional<Duration> lateAfterTimeout,
    Optional<Duration> preconditionTimeout,
    boolean cascade) {

  public static final int DEFAULT_MAXIMUM_RETRIES = 2;
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(10);

  /** Reads the settings through {@code field} (a field's rendered first value, if any). */
  public static ObjectSettings read(Function<String, Optional<String>> field) {
    return new ObjectSettings(
        field
            .apply("maximumRetries")
            .flatMap(ObjectSettings::integer)
            .orElse(DEFAULT_MAXIMUM_RETRIES),
        field.apply("retryDelay").flatMap(Durations::parse).orElse(DEFAULT_RETRY_DELAY),
        field.apply("attemptTimeout").flatMap(Durations::parse),
        field.apply("reportProgressTimeout").flatMap(Durations::parse),
        field.apply("lateAfterTimeout").flatMap(Durations::parse),
        field.apply("preconditionTimeout").flatMap(Durations::parse),
        field
            .apply("failureAndRerunMode")
            .map(m -> m.strip().equalsIgnoreCase("cascade"))
            .orElse(false));
  }

  /** How many tries an instance has: the first and its retries. */
  public int tries() {
    return maximumRetries + 1;
  }

  private static Optional<Integer> integer(String text) {
    try {
      return Optional.of(Math.max(0, Integer.parseInt(text.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
