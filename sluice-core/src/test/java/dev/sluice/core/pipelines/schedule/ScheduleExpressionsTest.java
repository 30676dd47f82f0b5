package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Schedule fields may be expressions and parameters, and the schedule type may be inherited. */
class ScheduleExpressionsTest {

  @Test
  void theStartMayComeFromAParameter() {
    var pipeline =
        activity("cron", "period", "#{myPeriod}", "startDateTime", "#{myStartDate}")
            .parameter("myStartDate", "2026-11-20T06:00:00")
            .parameter("myPeriod", "6 hours");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-20T06:00:00")))
        .contains(at("2026-11-20T12:00:00"));
  }

  @Test
  void theStartMayBeAFunctionOfDates() {
    var pipeline =
        activity("cron", "period", "1 day", "startDateTime", "#{plusDays(makeDate(2026,11,20),1)}");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-01-01T00:00:00")))
        .contains(at("2026-11-21T00:00:00"));
  }

  @Test
  void theScheduleTypeIsReadCaseInsensitively() {
    var pipeline = activity("CRON", "period", "1 day", "startDateTime", "2026-11-20T00:00:00");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-19T00:00:00")))
        .contains(at("2026-11-20T00:00:00"));
  }

  @Test
  void theObjectsOwnScheduleTypeWinsOverDefaults() {
    var pipeline =
        activity("timeseries", "period", "1 day", "startDateTime", "2026-11-20T00:00:00")
            .object("Default", "Default", "scheduleType", "cron");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-19T00:00:00")))
        .contains(at("2026-11-21T00:00:00"));
  }

  @Test
  void aTrailingZOnADateTimeIsUtc() {
    var pipeline = activity("cron", "period", "1 day", "startDateTime", "2026-11-20T00:00:00Z");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-19T00:00:00")))
        .contains(at("2026-11-20T00:00:00"));
  }
}
