package dev.sluice.core.pipelines.schedule;

import static dev.sluice.core.pipelines.schedule.ScheduleFixture.activity;
import static dev.sluice.core.pipelines.schedule.ScheduleFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the start, period and style, due periods tile time and nextDue comes right after. */
class SchedulePropertiesTest {
  private static final Instant EPOCH_2026 = Instant.parse("2026-01-01T00:00:00Z");

  @Property(tries = 150)
  void duePeriodsFollowEachOtherWithoutGapsAndAreAllDue(
      @ForAll("periods") String period,
      @ForAll("styles") String style,
      @ForAll @IntRange(min = 0, max = 400 * 24) int startHour,
      @ForAll @IntRange(min = 0, max = 400 * 24) int nowHour) {
    var schedule =
        schedule(activity(style, "period", period, "startDateTime", start(startHour)), "Act");
    var now = EPOCH_2026.plusSeconds(nowHour * 3600L + 1800);
    var due = schedule.due(now);
    for (int i = 0; i < due.size(); i++) {
      var p = due.get(i);
      assertThat(p.runAt()).isBeforeOrEqualTo(now);
      assertThat(p.start()).isBefore(p.end());
      assertThat(p.runAt()).isEqualTo(style.equals("cron") ? p.start() : p.end());
      if (i > 0) {
        assertThat(p.start()).isEqualTo(due.get(i - 1).end());
      }
    }
    var next = schedule.nextDue(now).orElseThrow();
    assertThat(next).isAfter(now);
    assertThat(schedule.due(next)).hasSize(due.size() + 1);
  }

  @Property(tries = 100)
  void occurrencesBoundTheNumberOfPeriods(
      @ForAll("periods") String period,
      @ForAll("styles") String style,
      @ForAll @IntRange(min = 1, max = 50) int occurrences) {
    var schedule =
        schedule(
            activity(
                style,
                "period",
                period,
                "startDateTime",
                start(0),
                "occurrences",
                "" + occurrences),
            "Act");
    var all = schedule.due(Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(all).hasSize(occurrences);
    assertThat(schedule.nextDue(all.get(all.size() - 1).runAt())).isEmpty();
  }

  @Provide
  Arbitrary<String> periods() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(15, 600).map(n -> n + " minutes"),
        Arbitraries.integers().between(1, 48).map(n -> n + " hours"),
        Arbitraries.integers().between(1, 20).map(n -> n + " days"),
        Arbitraries.integers().between(1, 4).map(n -> n + " weeks"),
        Arbitraries.integers().between(1, 3).map(n -> n + " months"));
  }

  @Provide
  Arbitrary<String> styles() {
    return Arbitraries.of("cron", "timeseries");
  }

  private static String start(int hour) {
    return LocalDateTime.ofInstant(EPOCH_2026.plusSeconds(hour * 3600L), ZoneOffset.UTC).toString();
  }
}
