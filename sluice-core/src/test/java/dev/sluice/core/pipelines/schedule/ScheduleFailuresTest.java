package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import org.junit.jupiter.api.Test;

/** Objects whose schedule cannot be built fail with InvalidRequestException. */
class ScheduleFailuresTest {

  @Test
  void aCronObjectWithoutAScheduleFails() {
    var pipeline =
        PipelineFixture.pipeline().object("Act", "ShellCommandActivity", "scheduleType", "cron");
    assertThat(failure(pipeline, "Act").message())
        .isEqualTo(
            "Object 'Act' has no schedule: a cron or timeseries pipeline needs a 'schedule' reference");
  }

  @Test
  void anUnknownScheduleTypeFails() {
    assertThat(failure(activity("weekly", "period", "1 day"), "Act").message())
        .isEqualTo(
            "scheduleType 'weekly' of object 'Act' is not one of cron, ondemand, timeseries");
  }

  @Test
  void aScheduleReferenceToAnotherKindOfObjectFails() {
    var pipeline =
        PipelineFixture.pipeline()
            .object("Act", "ShellCommandActivity", "scheduleType", "cron", "schedule", ref("Out"))
            .object("Out", "S3DataNode");
    assertThat(failure(pipeline, "Act").message())
        .isEqualTo("The schedule 'Out' of object 'Act' is not a Schedule object of the pipeline");
    var dangling =
        PipelineFixture.pipeline()
            .object("Act", "ShellCommandActivity", "scheduleType", "cron", "schedule", ref("Gone"));
    assertThat(failure(dangling, "Act").message()).contains("The schedule 'Gone'");
  }

  @Test
  void anObjectNotInThePipelineFails() {
    assertThat(failure(PipelineFixture.pipeline(), "Nope").message())
        .isEqualTo("Object 'Nope' is not in the pipeline");
  }

  @Test
  void aScheduleWithoutAPeriodFails() {
    assertThat(failure(activity("cron", "startDateTime", "2026-01-01T00:00:00"), "Act").message())
        .isEqualTo("Schedule 'Every': period is required");
  }

  @Test
  void exactlyOneOfStartDateTimeAndStartAtIsRequired() {
    assertThat(failure(activity("cron", "period", "1 day"), "Act").message())
        .isEqualTo("Schedule 'Every': exactly one of startDateTime and startAt is required");
    var both =
        activity(
            "cron",
            "period",
            "1 day",
            "startDateTime",
            "2026-01-01T00:00:00",
            "startAt",
            "FIRST_ACTIVATION_DATE_TIME");
    assertThat(failure(both, "Act").message()).contains("exactly one of startDateTime and startAt");
  }

  @Test
  void startAtTakesOnlyFirstActivationDateTime() {
    assertThat(failure(activity("cron", "period", "1 day", "startAt", "NOW"), "Act").message())
        .isEqualTo("Schedule 'Every': startAt 'NOW' is not FIRST_ACTIVATION_DATE_TIME");
  }

  @Test
  void aStartThatIsNotADateTimeFails() {
    assertThat(
            failure(
                    activity("cron", "period", "1 day", "startDateTime", "2026-13-01T00:00:00"),
                    "Act")
                .message())
        .isEqualTo(
            "Schedule 'Every': startDateTime '2026-13-01T00:00:00' is not a DateTime of the form "
                + "YYYY-MM-DDTHH:MM:SS");
  }

  @Test
  void occurrencesCannotBeUsedWithEndDateTime() {
    var both =
        activity(
            "cron",
            "period",
            "1 day",
            "startDateTime",
            "2026-01-01T00:00:00",
            "endDateTime",
            "2026-02-01T00:00:00",
            "occurrences",
            "3");
    assertThat(failure(both, "Act").message())
        .isEqualTo("Schedule 'Every': occurrences cannot be used with endDateTime");
  }

  @Test
  void endDateTimeMustBeLaterThanTheStart() {
    var backwards =
        activity(
            "cron",
            "period",
            "1 day",
            "startDateTime",
            "2026-01-01T00:00:00",
            "endDateTime",
            "2026-01-01T00:00:00");
    assertThat(failure(backwards, "Act").message())
        .isEqualTo("Schedule 'Every': endDateTime must be later than the start");
  }

  @Test
  void occurrencesMustBeAPositiveInteger() {
    for (var bad : new String[] {"0", "three", "-1", "1.5"}) {
      var pipeline =
          activity(
              "cron",
              "period",
              "1 day",
              "startDateTime",
              "2026-01-01T00:00:00",
              "occurrences",
              bad);
      assertThat(failure(pipeline, "Act").message())
          .isEqualTo("Schedule 'Every': occurrences '" + bad + "' is not a positive integer");
    }
  }

  @Test
  void aBrokenExpressionInAScheduleFieldFails() {
    var broken = activity("cron", "period", "#{myPeriod}", "startDateTime", "2026-01-01T00:00:00");
    assertThat(failure(broken, "Act").message())
        .isEqualTo(
            "Schedule 'Every': Unable to evaluate expression #{myPeriod} of object 'Every': "
                + "'myPeriod' is neither a field of object 'Every' nor a parameter");
  }
}
