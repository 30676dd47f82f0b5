package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.FIRST_ACTIVATION;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.period;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where schedules start and end: startAt, endDateTime, occurrences. */
class ScheduleBoundsTest {
  private static final java.time.Instant FAR = at("2040-01-01T00:00:00");

  @Test
  void occurrencesCountThePeriods() {
    var three =
        schedule(
            activity(
                "cron",
                "startDateTime",
                "2014-04-25T22:00:00",
                "period",
                "1 hours",
                "occurrences",
                "3"),
            "Act");
    assertThat(three.due(FAR))
        .containsExactly(
            period("2014-04-25T22:00:00", "2014-04-25T23:00:00", "2014-04-25T22:00:00"),
            period("2014-04-25T23:00:00", "2014-04-26T00:00:00", "2014-04-25T23:00:00"),
            period("2014-04-26T00:00:00", "2014-04-26T01:00:00", "2014-04-26T00:00:00"));
    assertThat(three.nextDue(at("2014-04-26T00:00:00"))).isEmpty();
  }

  @Test
  void theLastTimeSeriesOccurrenceIsDueAtItsEnd() {
    var three =
        schedule(
            activity(
                "timeseries",
                "startDateTime",
                "2014-04-25T22:00:00",
                "period",
                "1 hours",
                "occurrences",
                "3"),
            "Act");
    assertThat(three.nextDue(at("2014-04-26T00:59:59"))).contains(at("2014-04-26T01:00:00"));
    assertThat(three.nextDue(at("2014-04-26T01:00:00"))).isEmpty();
  }

  @Test
  void endDateTimeEndsTheLastPeriodStartingBeforeIt() {
    var september =
        schedule(
            activity(
                "cron",
                "period",
                "1 hours",
                "startDateTime",
                "2012-09-01T00:00:00",
                "endDateTime",
                "2012-10-01T00:00:00"),
            "Act");
    var due = september.due(FAR);
    assertThat(due).hasSize(720);
    assertThat(due.get(0).end()).isEqualTo(at("2012-09-01T01:00:00"));
    assertThat(due.get(719).start()).isEqualTo(at("2012-09-30T23:00:00"));
    assertThat(september.nextDue(at("2012-09-30T23:00:00"))).isEmpty();
  }

  @Test
  void aPeriodStartingBeforeAnUnalignedEndIsKeptWhole() {
    var days =
        schedule(
            activity(
                "cron",
                "period",
                "1 day",
                "startDateTime",
                "2026-01-01T00:00:00",
                "endDateTime",
                "2026-01-03T12:00:00"),
            "Act");
    var due = days.due(FAR);
    assertThat(due).hasSize(3);
    assertThat(due.get(2).end()).isEqualTo(at("2026-01-04T00:00:00"));
  }

  @Test
  void firstActivationDateTimeStartsAtThePipelinesFirstActivation() {
    var hourly =
        schedule(
            activity(
                "cron",
                "period",
                "1 hours",
                "startAt",
                "FIRST_ACTIVATION_DATE_TIME",
                "endDateTime",
                "2026-11-21T22:00:00"),
            "Act");
    var first = hourly.due(FIRST_ACTIVATION).get(0);
    assertThat(first.start()).isEqualTo(FIRST_ACTIVATION);
    assertThat(Duration.between(first.start(), first.end())).isEqualTo(Duration.ofHours(1));
    assertThat(hourly.due(FAR)).hasSize(24);
  }

  @Test
  void withoutEndOrOccurrencesTheScheduleGoesOn() {
    var daily =
        schedule(
            activity("cron", "period", "1 day", "startDateTime", "2026-01-01T00:00:00"), "Act");
    assertThat(daily.due(at("2026-12-31T23:59:59"))).hasSize(365);
    assertThat(daily.nextDue(FAR)).contains(at("2040-01-02T00:00:00"));
  }
}
