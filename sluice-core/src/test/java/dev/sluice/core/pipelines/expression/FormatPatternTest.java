package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.eval;
import static dev.sluice.core.pipelines.expression.Expressions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code format} with Joda-Time patterns, as the developer guide's examples use them. */
class FormatPatternTest {

  @Test
  void formatsTheGuidesExampleWithTheZoneName() {
    assertThat(eval("#{format(myDateTime,'YYYY-MM-dd HH:mm:ss z')}"))
        .isEqualTo("2011-05-24 17:10:00 UTC");
  }

  @Test
  void upperCaseYIsTheYearNotTheWeekYear() {
    assertThat(eval("#{format(makeDate(2026,12,31),'YYYY')}")).isEqualTo("2026");
    assertThat(eval("#{format(makeDate(2027,1,1),'YYYY')}")).isEqualTo("2027");
  }

  @Test
  void lowerCaseHIsTheTwelveHourClock() {
    assertThat(eval("#{format(myDateTime,'YYYY-MM-dd hh:mm:ss')}"))
        .isEqualTo("2011-05-24 05:10:00");
    assertThat(eval("#{format(makeDate(2011,5,24),'hh a')}")).isEqualTo("12 AM");
  }

  @Test
  void twoLetterYearsAreTheLastTwoDigits() {
    assertThat(eval("#{format(myDateTime,'yy YY')}")).isEqualTo("11 11");
  }

  @Test
  void runsOfDigitsArePaddedToTheirLength() {
    assertThat(eval("#{format(makeDateTime(2011,5,4,3,2),'y/M/d H:m yyyyy/MMM')}"))
        .isEqualTo("2011/5/4 3:2 02011/May");
  }

  @Test
  void monthAndDayNamesAreShortUpToThreeLettersAndFullFromFour() {
    assertThat(eval("#{format(myDateTime,'MMM MMMM EEE EEEE')}")).isEqualTo("May May Tue Tuesday");
    assertThat(eval("#{format(makeDate(2011,9,4),'MMM MMMM E')}")).isEqualTo("Sep September Sun");
  }

  @Test
  void dayOfYearAndDayOfWeekNumbers() {
    assertThat(eval("#{format(myDateTime,'DDD e')}")).isEqualTo("144 2");
  }

  @Test
  void hoursOfTheFourClocks() {
    assertThat(eval("#{format(makeDate(2011,5,24),'H k K h')}")).isEqualTo("0 24 0 12");
    assertThat(eval("#{format(myDateTime,'H k K h a')}")).isEqualTo("17 17 5 5 PM");
  }

  @Test
  void weekYearAndWeekAreIsoWeeks() {
    assertThat(eval("#{format(makeDate(2027,1,1),'xxxx-ww')}")).isEqualTo("2026-53");
  }

  @Test
  void fractionsOfASecondHaveTheRunsLength() {
    assertThat(eval("#{format('2011-05-24T17:10:00.123','ss.SSS ss.S')}")).isEqualTo("00.123 00.1");
  }

  @Test
  void offsetsAndZoneIds() {
    assertThat(eval("#{format(myDateTime,'Z|ZZ|ZZZ|zzzz')}"))
        .isEqualTo("+0000|+00:00|UTC|Coordinated Universal Time");
    assertThat(eval("#{format(inTimeZone(myDateTime,'America/Los_Angeles'),'HH:mm z Z ZZZ')}"))
        .isEqualTo("10:10 PDT -0700 America/Los_Angeles");
  }

  @Test
  void eraAndCentury() {
    assertThat(eval("#{format(myDateTime,'G C')}")).isEqualTo("AD 20");
  }

  @Test
  void quotedTextIsLiteralAndTwoQuotesAreAQuote() {
    assertThat(eval("#{format(myDateTime,\"yyyy-MM-dd'T'HH:mm:ss\")}"))
        .isEqualTo("2011-05-24T17:10:00");
    assertThat(eval("#{format(myDateTime,\"HH'h' 'o''clock'\")}")).isEqualTo("17h o'clock");
  }

  @Test
  void otherCharactersAreThemselves() {
    assertThat(eval("#{format(myDateTime,'yyyy/MM/dd_HH-mm')}")).isEqualTo("2011/05/24_17-10");
  }

  @Test
  void refusesALetterJodaDoesNotKnow() {
    assertThat(failure("#{format(myDateTime,'yyyy-QQ')}").message())
        .contains("format(myDateTime,'yyyy-QQ')")
        .contains("Illegal pattern component: Q");
  }

  @Test
  void formatsPathsForEachScheduledPeriod() {
    var fixture =
        PipelineFixture.pipeline()
            .object(
                "Out",
                "S3DataNode",
                "directoryPath",
                "s3://bucket/out/#{format(@scheduledStartTime,'YYYY/MM/dd/HH')}")
            .runtime("Out", "@scheduledStartTime", "2026-11-20T22:15:00");
    assertThat(PipelineFixture.ok(fixture.scope("Out").rendered("directoryPath")))
        .contains("s3://bucket/out/2026/11/20/22");
  }
}
