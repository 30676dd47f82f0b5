package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The developer guide's examples of the date and time functions (myDateTime: 2011-05-24 17:10). */
class DateTimeFunctionsTest {

  @Test
  void dayGivesTheDayOfTheMonth() {
    assertThat(eval("#{day(myDateTime)}")).isEqualTo("24");
  }

  @Test
  void dayOfYearCountsFromJanuaryFirst() {
    assertThat(eval("#{dayOfYear(myDateTime)}")).isEqualTo("144");
  }

  @Test
  void firstOfMonthKeepsTheTimeOfDay() {
    assertThat(eval("#{firstOfMonth(myDateTime)}")).isEqualTo("2011-05-01T17:10:00");
  }

  @Test
  void hourMinuteMonthAndYearGiveTheirFields() {
    assertThat(eval("#{hour(myDateTime)} #{minute(myDateTime)} #{month(myDateTime)}"))
        .isEqualTo("17 10 5");
    assertThat(eval("#{year(myDateTime)}")).isEqualTo("2011");
  }

  @Test
  void makeDateIsMidnightUtc() {
    assertThat(eval("#{makeDate(2011,5,24)}")).isEqualTo("2011-05-24T00:00:00");
  }

  @Test
  void makeDateTimeTakesHourAndMinute() {
    assertThat(eval("#{makeDateTime(2011,5,24,14,21)}")).isEqualTo("2011-05-24T14:21:00");
  }

  @Test
  void midnightIsTheStartOfTheSameDay() {
    assertThat(eval("#{midnight(makeDateTime(2011,5,25,17,10))}")).isEqualTo("2011-05-25T00:00:00");
  }

  @Test
  void minusFunctionsSubtractTheirUnit() {
    assertThat(eval("#{minusMinutes(myDateTime,1)}")).isEqualTo("2011-05-24T17:09:00");
    assertThat(eval("#{minusHours(myDateTime,1)}")).isEqualTo("2011-05-24T16:10:00");
    assertThat(eval("#{minusDays(myDateTime,1)}")).isEqualTo("2011-05-23T17:10:00");
    assertThat(eval("#{minusWeeks(myDateTime,1)}")).isEqualTo("2011-05-17T17:10:00");
    assertThat(eval("#{minusMonths(myDateTime,1)}")).isEqualTo("2011-04-24T17:10:00");
    assertThat(eval("#{minusYears(myDateTime,1)}")).isEqualTo("2010-05-24T17:10:00");
  }

  @Test
  void plusFunctionsAddTheirUnit() {
    assertThat(eval("#{plusMinutes(myDateTime,1)}")).isEqualTo("2011-05-24T17:11:00");
    assertThat(eval("#{plusHours(myDateTime,1)}")).isEqualTo("2011-05-24T18:10:00");
    assertThat(eval("#{plusDays(myDateTime,1)}")).isEqualTo("2011-05-25T17:10:00");
    assertThat(eval("#{plusWeeks(myDateTime,1)}")).isEqualTo("2011-05-31T17:10:00");
    assertThat(eval("#{plusMonths(myDateTime,1)}")).isEqualTo("2011-06-24T17:10:00");
    assertThat(eval("#{plusYears(myDateTime,1)}")).isEqualTo("2012-05-24T17:10:00");
  }

  @Test
  void sundayGoesBackToThePreviousSunday() {
    assertThat(eval("#{sunday(myDateTime)}")).isEqualTo("2011-05-22T17:10:00");
  }

  @Test
  void sundayOfASundayIsThatDay() {
    assertThat(eval("#{sunday(makeDateTime(2011,5,22,8,0))}")).isEqualTo("2011-05-22T08:00:00");
  }

  @Test
  void yesterdayIsOneDayBefore() {
    assertThat(eval("#{yesterday(myDateTime)}")).isEqualTo("2011-05-23T17:10:00");
  }

  @Test
  void inTimeZoneKeepsTheInstantAndShowsTheZonesLocalTime() {
    assertThat(eval("#{inTimeZone(myDateTime,'America/Los_Angeles')}"))
        .isEqualTo("2011-05-24T10:10:00");
    assertThat(eval("#{hour(inTimeZone(myDateTime,'America/Los_Angeles'))}")).isEqualTo("10");
  }

  @Test
  void nestedCallsFormatAShiftedScheduledStartTime() {
    var fixture =
        PipelineFixture.pipeline()
            .object("Act", "ShellCommandActivity")
            .runtime("Act", "@scheduledStartTime", "2026-11-20T22:15:00");
    assertThat(
            fixture.render(
                "Act", "#{format(minusMinutes(@scheduledStartTime,30),'YYYY-MM-dd hh:mm:ss')}"))
        .isEqualTo("2026-11-20 09:45:00");
  }

  @Test
  void functionsAcceptDateTimesWrittenAsText() {
    assertThat(eval("#{plusDays('2026-02-28T23:00:00',1)}")).isEqualTo("2026-03-01T23:00:00");
    assertThat(eval("#{day('2026-02-28')}")).isEqualTo("28");
  }

  @Test
  void integerArgumentsMayBeExpressions() {
    assertThat(eval("#{plusHours(myDateTime,2*3)}")).isEqualTo("2011-05-24T23:10:00");
    assertThat(eval("#{plusDays(myDateTime,'2')}")).isEqualTo("2011-05-26T17:10:00");
  }
}
