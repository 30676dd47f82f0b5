package dev.sluice.core.pipelines.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Date and time functions agree with the calendar for any UTC DateTime. */
class DateTimePropertiesTest {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  @Property(tries = 200)
  void theDefaultPatternFormatsAsADateTimeRenders(@ForAll("times") LocalDateTime time) {
    assertThat(render(time, "#{format(@t,\"YYYY-MM-dd'T'HH:mm:ss\")}"))
        .isEqualTo(render(time, "#{plusMinutes(@t,0)}"))
        .isEqualTo(ISO.format(time));
  }

  @Property(tries = 200)
  void addingThenSubtractingAFixedLengthUnitGivesTheSameTime(
      @ForAll("times") LocalDateTime time,
      @ForAll @IntRange(min = -100_000, max = 100_000) int amount,
      @ForAll("fixedUnits") String unit) {
    var expression = "#{minus" + unit + "(plus" + unit + "(@t," + amount + ")," + amount + ")}";
    assertThat(render(time, expression)).isEqualTo(ISO.format(time));
  }

  @Property(tries = 200)
  void addingMonthsLandsInTheTargetMonthOnTheSameDayOrItsLastDay(
      @ForAll("times") LocalDateTime time, @ForAll @IntRange(min = -240, max = 240) int months) {
    var expected = time.plusMonths(months);
    assertThat(render(time, "#{plusMonths(@t," + months + ")}")).isEqualTo(ISO.format(expected));
    assertThat(expected.getDayOfMonth()).isLessThanOrEqualTo(time.getDayOfMonth());
  }

  @Property(tries = 200)
  void gettersGiveTheCalendarsFields(@ForAll("times") LocalDateTime time) {
    assertThat(
            render(
                time,
                "#{year(@t)}-#{month(@t)}-#{day(@t)} #{hour(@t)}:#{minute(@t)} #{dayOfYear(@t)}"))
        .isEqualTo(
            time.getYear()
                + "-"
                + time.getMonthValue()
                + "-"
                + time.getDayOfMonth()
                + " "
                + time.getHour()
                + ":"
                + time.getMinute()
                + " "
                + time.getDayOfYear());
  }

  @Property(tries = 200)
  void sundayIsASundayAtMostSixDaysBefore(@ForAll("times") LocalDateTime time) {
    var sunday = LocalDateTime.parse(render(time, "#{sunday(@t)}"));
    assertThat(sunday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(sunday).isBeforeOrEqualTo(time).isAfter(time.minusDays(7));
  }

  @Provide
  Arbitrary<LocalDateTime> times() {
    return Arbitraries.longs()
        .between(0, 4_102_444_800L)
        .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
  }

  @Provide
  Arbitrary<String> fixedUnits() {
    return Arbitraries.of("Minutes", "Hours", "Days", "Weeks");
  }

  private static String render(LocalDateTime time, String text) {
    return PipelineFixture.pipeline()
        .object("Act", "ShellCommandActivity")
        .runtime("Act", "@t", ISO.format(time))
        .render("Act", text);
  }
}
