package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.period;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import org.junit.jupiter.api.Test;

/** Cron style: an instance is due at the start of its period. */
class CronScheduleTest {

  private final Schedule hourly =
      schedule(activity("cron", "period", "1 hour", "startDateTime", "2026-11-20T00:00:00"), "Act");

  @Test
  void isNotOnDemand() {
    assertThat(hourly.onDemand()).isFalse();
  }

  @Test
  void nothingIsDueBeforeTheStart() {
    assertThat(hourly.due(at("2026-11-19T23:59:59"))).isEmpty();
    assertThat(hourly.nextDue(at("2026-11-19T23:59:59"))).contains(at("2026-11-20T00:00:00"));
  }

  @Test
  void theFirstPeriodIsDueAtTheStart() {
    assertThat(hourly.due(at("2026-11-20T00:00:00")))
        .containsExactly(
            period("2026-11-20T00:00:00", "2026-11-20T01:00:00", "2026-11-20T00:00:00"));
  }

  @Test
  void theNextPeriodIsDueExactlyAtItsStart() {
    assertThat(hourly.due(at("2026-11-20T00:59:59"))).hasSize(1);
    assertThat(hourly.due(at("2026-11-20T01:00:00")))
        .containsExactly(
            period("2026-11-20T00:00:00", "2026-11-20T01:00:00", "2026-11-20T00:00:00"),
            period("2026-11-20T01:00:00", "2026-11-20T02:00:00", "2026-11-20T01:00:00"));
  }

  @Test
  void nextDueIsTheStartOfTheFirstPeriodNotYetDue() {
    assertThat(hourly.nextDue(at("2026-11-20T00:30:00"))).contains(at("2026-11-20T01:00:00"));
    assertThat(hourly.nextDue(at("2026-11-20T01:00:00"))).contains(at("2026-11-20T02:00:00"));
  }

  @Test
  void backfillsEveryPastPeriodOldestFirst() {
    var due = hourly.due(at("2026-11-21T00:00:00"));
    assertThat(due).hasSize(25);
    assertThat(due.get(0).start()).isEqualTo(at("2026-11-20T00:00:00"));
    assertThat(due.get(24).start()).isEqualTo(at("2026-11-21T00:00:00"));
  }

  @Test
  void readsTheScheduleTypeFromTheDefaultObject() {
    var pipeline =
        PipelineFixture.pipeline()
            .object("Default", "Default", "scheduleType", "cron")
            .object("Act", "ShellCommandActivity", "schedule", PipelineFixture.ref("Daily"))
            .object("Daily", "Schedule", "period", "1 day", "startDateTime", "2026-11-20T00:00:00");
    assertThat(schedule(pipeline, "Act").nextDue(at("2026-11-19T00:00:00")))
        .contains(at("2026-11-20T00:00:00"));
  }
}
