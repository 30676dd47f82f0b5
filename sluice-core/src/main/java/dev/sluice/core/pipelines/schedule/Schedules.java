package dev.sluice.core.pipelines.schedule;

import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.expression.ObjectScope;
import dev.sluice.core.pipelines.schedule.internal.Failures;
import dev.sluice.core.pipelines.schedule.internal.OnDemandSchedule;
import dev.sluice.core.pipelines.schedule.internal.ScheduleReader;
import dev.sluice.core.pipelines.schedule.internal.ScheduleType;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule of a pipeline object: the pipeline's {@code scheduleType} (ondemand, cron or
 * timeseries, from Default) and the {@code Schedule} object its {@code schedule} field references
 * (period, startDateTime or startAt FIRST_ACTIVATION_DATE_TIME, endDateTime, occurrences).
 *
 * <p>Without a {@code scheduleType} an object is scheduled time series style. Resources ({@code
 * EmrCluster}, {@code Ec2Resource}) are due at the start of their periods whatever the type, as
 * Data Pipeline creates them. On-demand objects need no schedule: one period at the activation.
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
    var object = pipeline.object(objectId);
    if (object == null) {
      return Result.err(Failures.invalid("Object '" + objectId + "' is not in the pipeline"));
    }
    return scheduleType(pipeline, object)
        .flatMap(
            type -> {
              if (type == ScheduleType.ONDEMAND) {
                return Result.ok(new OnDemandSchedule(activation));
              }
              boolean runAtEnd =
                  type == ScheduleType.TIMESERIES && object.kind() != ObjectKind.RESOURCE;
              return periodic(pipeline, object, runAtEnd, firstActivation, activation);
            });
  }

  private static Result<Schedule> periodic(
      ResolvedPipeline pipeline,
      ResolvedObject object,
      boolean runAtEnd,
      Instant firstActivation,
      Instant activation) {
    var scheduleId = object.ref("schedule");
    if (scheduleId.isEmpty()) {
      return Result.err(
          Failures.invalid(
              "Object '"
                  + object.id()
                  + "' has no schedule: a cron or timeseries pipeline needs a 'schedule' reference"));
    }
    var schedule = pipeline.object(scheduleId.get());
    if (schedule == null || !"Schedule".equals(schedule.type())) {
      return Result.err(
          Failures.invalid(
              "The schedule '"
                  + scheduleId.get()
                  + "' of object '"
                  + object.id()
                  + "' is not a Schedule object of the pipeline"));
    }
    return ScheduleReader.read(pipeline, schedule.id(), runAtEnd, firstActivation, activation);
  }

  private static Result<ScheduleType> scheduleType(
      ResolvedPipeline pipeline, ResolvedObject object) {
    var own = ObjectScope.of(pipeline, object.id(), component -> Map.of()).rendered("scheduleType");
    if (!own.isOk()) {
      return Result.err(own.failure());
    }
    Optional<String> text = own.value().or(() -> defaultType(pipeline));
    if (text.isEmpty()) {
      return Result.ok(ScheduleType.UNSET);
    }
    return ScheduleType.parse(text.get())
        .map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Failures.invalid(
                        "scheduleType '"
                            + text.get()
                            + "' of object '"
                            + object.id()
                            + "' is not one of cron, ondemand, timeseries")));
  }

  private static Optional<String> defaultType(ResolvedPipeline pipeline) {
    var defaults = pipeline.object("Default");
    return defaults == null ? Optional.empty() : defaults.text("scheduleType");
  }
}
