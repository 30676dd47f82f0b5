package dev.sluice.core.pipelines.schedule;

import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.result.Result;
import java.time.Instant;

/**
 * The schedule of a pipeline object: the pipeline's {@code scheduleType} (ondemand, cron or
 * timeseries, from Default) and the {@code Schedule} object its {@code schedule} field references
 * (period, startDateTime or startAt FIRST_ACTIVATION_DATE_TIME, endDateTime, occurrences).
 */
public final class Schedules {
  private Schedules() {}

  /**
   * @param firstActivation the pipeline's first activation ({@code FIRST_ACTIVATION_DATE_TIME})
   * @param activation this activation's start ({@code startTimestamp}, or when it was activated):
   *     on-demand runs start here
   */
  public static Result<Schedule> forObject(
      ResolvedPipeline pipeline, String objectId, Instant firstActivation, Instant activation) {
    throw new UnsupportedOperationException("written by the expressions helper");
  }
}
