package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.expression.PipelineFixture;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period field: "N unit", singular or plural, any case; 15 minutes to 3 years. */
class PeriodFormTest {

  @ParameterizedTest
  @CsvSource({
    "15 minutes, PT15M",
    "1 hour, PT1H",
    "1 hours, PT1H",
    "1 Hour, PT1H",
    "3 hours, PT3H",
    "1 Day, PT24H",
    "2 days, PT48H",
    "1 week, PT168H",
    "2 WEEKS, PT336H",
    "1 month, PT720H",
    "1 year, PT8760H",
    "' 6  hours ', PT6H"
  })
  void acceptsAPeriod(String period, String firstPeriodLength) {
    var schedule =
        ScheduleFixture.schedule(
            activity("cron", "period", period, "startDateTime", "2026-11-01T00:00:00"), "Act");
    var first = schedule.due(at("2026-11-01T00:00:00")).get(0);
    assertThat(Duration.between(first.start(), first.end()))
        .isEqualTo(Duration.parse(firstPeriodLength));
  }

  @ParameterizedTest
  @CsvSource({
    "10 minutes, shorter than 15 minutes",
    "14 minute, shorter than 15 minutes",
    "4 years, longer than 3 years",
    "37 months, longer than 3 years",
    "0 days, is not of the form N [minutes|hours|days|weeks|months|years]",
    "1 fortnight, is not of the form",
    "hourly, is not of the form",
    "1.5 hours, is not of the form",
    "-1 days, is not of the form"
  })
  void refusesAPeriod(String period, String problem) {
    var failure =
        ScheduleFixture.failure(
            activity("cron", "period", period, "startDateTime", "2026-11-01T00:00:00"), "Act");
    assertThat(failure.message()).startsWith("Schedule 'Every': period").contains(problem);
  }

  @ParameterizedTest
  @CsvSource({"3 years", "36 months", "156 weeks"})
  void acceptsTheLongestPeriods(String period) {
    var pipeline = activity("cron", "period", period, "startDateTime", "2026-11-01T00:00:00");
    assertThat(
            Schedules.forObject(
                    pipeline.resolved(),
                    "Act",
                    ScheduleFixture.FIRST_ACTIVATION,
                    ScheduleFixture.ACTIVATION)
                .isOk())
        .isTrue();
    assertThat(PipelineFixture.ok(pipeline.scope("Every").rendered("period"))).contains(period);
  }
}
