package dev.sluice.core.jobs.run;

import java.time.Duration;

/**
 * How often the runner looks at a running run (real time).
 *
 * @param awaitSlice the longest it waits for the process in one go, so timeouts on Sluice's clock
 *     are seen this soon after they pass
 * @param checkEvery how often it reads the run again to see a stop request (STOPPING) or a deleted
 *     job
 */
public record JobRunnerSettings(Duration awaitSlice, Duration checkEvery) {

  public JobRunnerSettings {
    requirePositive(awaitSlice, "awaitSlice");
    requirePositive(checkEvery, "checkEvery");
  }

  /** 200 ms slices, a check every 500 ms. */
  public static JobRunnerSettings defaults() {
    return new JobRunnerSettings(Duration.ofMillis(200), Duration.ofMillis(500));
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
