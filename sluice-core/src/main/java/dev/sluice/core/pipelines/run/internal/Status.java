package dev.sluice.core.pipelines.run.internal;

import java.util.Set;

/**
 * The {@code @status} values of instances and attempts, and the pipeline states the runner sets.
 */
public final class Status {
  public static final String WAITING_ON_DEPENDENCIES = "WAITING_ON_DEPENDENCIES";
  public static final String WAITING_FOR_RUNNER = "WAITING_FOR_RUNNER";
  public static final String RUNNING = "RUNNING";
  public static final String FINISHED = "FINISHED";
  public static final String FAILED = "FAILED";
  public static final String CASCADE_FAILED = "CASCADE_FAILED";
  public static final String CANCELED = "CANCELED";
  public static final String TIMEDOUT = "TIMEDOUT";
  public static final String PAUSED = "PAUSED";

  public static final String PIPELINE_PENDING = "PENDING";
  public static final String PIPELINE_SCHEDULED = "SCHEDULED";
  public static final String PIPELINE_INACTIVE = "INACTIVE";
  public static final String PIPELINE_FINISHED = "FINISHED";

  public static final String HEALTHY = "HEALTHY";
  public static final String ERROR = "ERROR";

  private static final Set<String> ENDED =
      Set.of(FINISHED, FAILED, CASCADE_FAILED, CANCELED, TIMEDOUT, "SKIPPED");
  private static final Set<String> FAILURES = Set.of(FAILED, CASCADE_FAILED, CANCELED, TIMEDOUT);

  private Status() {}

  /** True when the object will not change again by itself. */
  public static boolean ended(String status) {
    return ENDED.contains(status);
  }

  /** True for the ends that make consumers cascade (a failure, or a cancellation). */
  public static boolean failure(String status) {
    return FAILURES.contains(status);
  }
}
