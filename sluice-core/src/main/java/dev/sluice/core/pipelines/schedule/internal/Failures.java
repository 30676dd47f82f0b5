package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.result.Failure;

/** The failures of schedules: {@code InvalidRequestException}s. */
public final class Failures {
  private Failures() {}

  public static Failure invalid(String message) {
    return Failure.of("InvalidRequestException", 400, message);
  }

  /** {@code failure} as a problem of schedule object {@code scheduleId}. */
  static Failure of(String scheduleId, Failure failure) {
    return invalid("Schedule '" + scheduleId + "': " + failure.message());
  }
}
