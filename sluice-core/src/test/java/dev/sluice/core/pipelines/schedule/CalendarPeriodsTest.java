package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Months and years are calendar months and years, counted from the schedule's start. */
class CalendarPeriodsTest {

  private static java.util.List<java.time.Instant> starts(String period, String start, int count) {
    var s =
        schedule(
            activity("cron", "period", period, "startDateTime", start, "occurrences", "" + count),
            "Act");
    return s.due(at("2100-01-01T00:00:00")).stream().map(Period::start).toList();
  }

  @Test
  void monthlyFromTheThirtyFirstKeepsToTheLastDayOfShorterMonths() {
    assertThat(starts("1 month", "2026-01-31T06:00:00", 4))
        .containsExactly(
            at("2026-01-31T06:00:00"),
            at("2026-02-28T06:00:00"),
            at("2026-03-31T06:00:00"),
            at("2026-04-30T06:00:00"));
  }

  @Test
  void aMonthlyPeriodEndsWhereTheNextBegins() {
    var s =
        schedule(
            activity("timeseries", "period", "1 month", "startDateTime", "2026-01-31T00:00:00"),
            "Act");
    var first = s.due(at("2026-02-28T00:00:00"));
    assertThat(first).hasSize(1);
    assertThat(first.get(0).end()).isEqualTo(at("2026-02-28T00:00:00"));
    assertThat(s.nextDue(at("2026-02-28T00:00:00"))).contains(at("2026-03-31T00:00:00"));
  }

  @Test
  void yearlyFromLeapDayFallsBackToFebruaryTwentyEighth() {
    assertThat(starts("1 year", "2028-02-29T00:00:00", 5))
        .containsExactly(
            at("2028-02-29T00:00:00"),
            at("2029-02-28T00:00:00"),
            at("2030-02-28T00:00:00"),
            at("2031-02-28T00:00:00"),
            at("2032-02-29T00:00:00"));
  }

  @Test
  void weeksAreSevenDays() {
    assertThat(starts("2 weeks", "2026-11-20T00:00:00", 3))
        .containsExactly(
            at("2026-11-20T00:00:00"), at("2026-12-04T00:00:00"), at("2026-12-18T00:00:00"));
  }

  @Test
  void fifteenMinutesIsTheShortestPeriod() {
    assertThat(starts("15 minutes", "2026-11-20T23:30:00", 3))
        .containsExactly(
            at("2026-11-20T23:30:00"), at("2026-11-20T23:45:00"), at("2026-11-21T00:00:00"));
  }
}
