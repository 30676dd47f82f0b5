package dev.sluice.core.pipelines.schedule;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import dev.sluice.core.result.Failure;
import java.time.Instant;

/** Schedules of fixture pipelines, first activated and activated at fixed instants. */
final class ScheduleFixture {
  static final Instant FIRST_ACTIVATION = Instant.parse("2026-11-20T22:05:00Z");
  static final Instant ACTIVATION = Instant.parse("2026-11-21T08:00:00Z");

  private ScheduleFixture() {}

  static Schedule schedule(PipelineFixture pipeline, String objectId) {
    return PipelineFixture.ok(
        Schedules.forObject(pipeline.resolved(), objectId, FIRST_ACTIVATION, ACTIVATION));
  }

  static Failure failure(PipelineFixture pipeline, String objectId) {
    return PipelineFixture.failed(
        Schedules.forObject(pipeline.resolved(), objectId, FIRST_ACTIVATION, ACTIVATION));
  }

  /** An activity of a pipeline of {@code scheduleType} on a Schedule with these fields. */
  static PipelineFixture activity(String scheduleType, Object... scheduleFields) {
    return PipelineFixture.pipeline()
        .object(
            "Act",
            "ShellCommandActivity",
            "scheduleType",
            scheduleType,
            "schedule",
            PipelineFixture.ref("Every"))
        .object("Every", "Schedule", scheduleFields);
  }

  static Instant at(String utc) {
    return Instant.parse(utc + "Z");
  }

  static Period period(String start, String end, String runAt) {
    return new Period(at(start), at(end), at(runAt));
  }
}
