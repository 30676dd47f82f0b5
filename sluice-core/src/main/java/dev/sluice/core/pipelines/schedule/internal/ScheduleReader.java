package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.expression.ObjectScope;
import dev.sluice.core.pipelines.schedule.Schedule;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code Schedule} object (its fields rendered, so they may hold expressions): {@code
 * period}; {@code startDateTime} or {@code startAt: FIRST_ACTIVATION_DATE_TIME}; {@code
 * endDateTime} or {@code occurrences}. {@code period: ONDEMAND_PERIOD} or {@code startAt:
 * ONDEMAND_ACTIVATION_TIME} make an on-demand schedule.
 */
public final class ScheduleReader {
  private static final String FIRST_ACTIVATION = "FIRST_ACTIVATION_DATE_TIME";

  private final String id;
  private final ObjectScope scope;

  private ScheduleReader(ResolvedPipeline pipeline, String id) {
    this.id = id;
    this.scope = ObjectScope.of(pipeline, id, component -> Map.of());
  }

  /**
   * @param runAtEnd true for time series style: a period is due at its end
   */
  public static Result<Schedule> read(
      ResolvedPipeline pipeline,
      String scheduleId,
      boolean runAtEnd,
      Instant firstActivation,
      Instant activation) {
    return new ScheduleReader(pipeline, scheduleId).read(runAtEnd, firstActivation, activation);
  }

  private Result<Schedule> read(boolean runAtEnd, Instant firstActivation, Instant activation) {
    var fields = Fields.read(scope);
    if (!fields.isOk()) {
      return Result.err(Failures.of(id, fields.failure()));
    }
    var f = fields.value();
    if (f.period().filter("ONDEMAND_PERIOD"::equals).isPresent()
        || f.startAt().filter("ONDEMAND_ACTIVATION_TIME"::equals).isPresent()) {
      return Result.ok(new OnDemandSchedule(activation));
    }
    var built = periodic(f, runAtEnd, firstActivation);
    return built.isOk() ? built : Result.err(Failures.of(id, built.failure()));
  }

  private static Result<Schedule> periodic(Fields f, boolean runAtEnd, Instant firstActivation) {
    if (f.period().isEmpty()) {
      return Result.err(Failures.invalid("period is required"));
    }
    if (f.occurrences().isPresent() && f.endDateTime().isPresent()) {
      return Result.err(Failures.invalid("occurrences cannot be used with endDateTime"));
    }
    return Every.parse(f.period().get())
        .flatMap(
            every ->
                start(f, firstActivation).flatMap(start -> bounded(f, start, every, runAtEnd)));
  }

  private static Result<Instant> start(Fields f, Instant firstActivation) {
    if (f.startAt().isPresent() == f.startDateTime().isPresent()) {
      return Result.err(Failures.invalid("exactly one of startDateTime and startAt is required"));
    }
    if (f.startAt().isPresent()) {
      return f.startAt().get().equalsIgnoreCase(FIRST_ACTIVATION)
          ? Result.ok(firstActivation)
          : Result.err(
              Failures.invalid("startAt '" + f.startAt().get() + "' is not " + FIRST_ACTIVATION));
    }
    return UtcDateTime.parse("startDateTime", f.startDateTime().get());
  }

  private static Result<Schedule> bounded(Fields f, Instant start, Every every, boolean runAtEnd) {
    if (f.endDateTime().isPresent()) {
      return UtcDateTime.parse("endDateTime", f.endDateTime().get())
          .flatMap(
              end ->
                  end.isAfter(start)
                      ? Result.ok(new PeriodicSchedule(start, every, end, null, runAtEnd))
                      : Result.err(Failures.invalid("endDateTime must be later than the start")));
    }
    if (f.occurrences().isPresent()) {
      return occurrences(f.occurrences().get())
          .map(count -> new PeriodicSchedule(start, every, null, count, runAtEnd));
    }
    return Result.ok(new PeriodicSchedule(start, every, null, null, runAtEnd));
  }

  private static Result<Long> occurrences(String text) {
    var digits = text.strip();
    if (!digits.matches("\\d{1,18}") || Long.parseLong(digits) == 0) {
      return Result.err(Failures.invalid("occurrences '" + text + "' is not a positive integer"));
    }
    return Result.ok(Long.parseLong(digits));
  }

  /** The rendered fields of a Schedule object. */
  private record Fields(
      Optional<String> period,
      Optional<String> startDateTime,
      Optional<String> startAt,
      Optional<String> endDateTime,
      Optional<String> occurrences) {

    static Result<Fields> read(ObjectScope scope) {
      var values = new HashMap<String, Optional<String>>();
      for (var key : List.of("period", "startDateTime", "startAt", "endDateTime", "occurrences")) {
        var value = scope.rendered(key);
        if (!value.isOk()) {
          return Result.err(value.failure());
        }
        values.put(key, value.value().map(String::strip));
      }
      return Result.ok(
          new Fields(
              values.get("period"),
              values.get("startDateTime"),
              values.get("startAt"),
              values.get("endDateTime"),
              values.get("occurrences")));
    }
  }
}
