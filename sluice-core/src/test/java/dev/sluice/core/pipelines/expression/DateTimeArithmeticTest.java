package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Calendar arithmetic at the ends of months and years. */
class DateTimeArithmeticTest {

  @Test
  void aMonthAfterJanuaryThirtyFirstIsTheLastDayOfFebruary() {
    assertThat(eval("#{plusMonths(makeDate(2026,1,31),1)}")).isEqualTo("2026-02-28T00:00:00");
    assertThat(eval("#{plusMonths(makeDate(2028,1,31),1)}")).isEqualTo("2028-02-29T00:00:00");
  }

  @Test
  void aMonthBeforeMarchThirtyFirstIsTheLastDayOfFebruary() {
    assertThat(eval("#{minusMonths(makeDate(2026,3,31),1)}")).isEqualTo("2026-02-28T00:00:00");
  }

  @Test
  void monthsAddedOneByOneDriftButAddedAtOnceDoNot() {
    assertThat(eval("#{plusMonths(plusMonths(makeDate(2026,1,31),1),1)}"))
        .isEqualTo("2026-03-28T00:00:00");
    assertThat(eval("#{plusMonths(makeDate(2026,1,31),2)}")).isEqualTo("2026-03-31T00:00:00");
  }

  @Test
  void aYearAfterLeapDayIsFebruaryTwentyEighth() {
    assertThat(eval("#{plusYears(makeDate(2028,2,29),1)}")).isEqualTo("2029-02-28T00:00:00");
  }

  @Test
  void minutesAndHoursCrossMidnightMonthAndYear() {
    assertThat(eval("#{plusMinutes(makeDateTime(2026,12,31,23,50),15)}"))
        .isEqualTo("2027-01-01T00:05:00");
    assertThat(eval("#{minusHours(makeDateTime(2026,3,1,1,0),2)}"))
        .isEqualTo("2026-02-28T23:00:00");
  }

  @Test
  void daysCrossTheEndOfAMonth() {
    assertThat(eval("#{plusDays(makeDate(2026,4,30),1)}")).isEqualTo("2026-05-01T00:00:00");
    assertThat(eval("#{yesterday(makeDate(2026,3,1))}")).isEqualTo("2026-02-28T00:00:00");
  }

  @Test
  void negativeAmountsShiftTheOtherWay() {
    assertThat(eval("#{plusDays(myDateTime,-1)}")).isEqualTo("2011-05-23T17:10:00");
    assertThat(eval("#{minusMonths(myDateTime,-1)}")).isEqualTo("2011-06-24T17:10:00");
  }

  @Test
  void daysInAZoneKeepTheLocalTimeAcrossDaylightSaving() {
    var before = "inTimeZone(makeDateTime(2026,3,7,20,0),'America/New_York')";
    assertThat(eval("#{format(plusDays(" + before + ",1),'HH:mm Z')}")).isEqualTo("15:00 -0400");
    assertThat(eval("#{format(plusHours(" + before + ",24),'HH:mm Z')}")).isEqualTo("16:00 -0400");
  }

  @Test
  void firstOfMonthAndMidnightCombineToTheMonthsStart() {
    assertThat(eval("#{midnight(firstOfMonth(myDateTime))}")).isEqualTo("2011-05-01T00:00:00");
  }
}
