package dev.sluice.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimersTest {

  @Test
  void aTimerADayAwayFiresAtOnceWhenTheClockIsAdvancedADay() throws Exception {
    var clock = VirtualClock.real();
    try (var timers = new Timers(clock)) {
      var timer = timers.at(clock.now().plus(Duration.ofDays(1)));
      assertThat(timer).isNotDone();

      clock.advance(Duration.ofDays(1));

      timer.get(5, TimeUnit.SECONDS);
      assertThat(timers.pending()).isZero();
    }
  }

  @Test
  void timersFireInDueOrderAsRealTimePasses() throws Exception {
    var clock = VirtualClock.real();
    try (var timers = new Timers(clock)) {
      var later = timers.at(clock.now().plusMillis(200));
      var sooner = timers.at(clock.now().plusMillis(50));

      sooner.get(5, TimeUnit.SECONDS);
      assertThat(later).isNotDone();
      later.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aTimerThatIsAlreadyDueIsDoneAtOnceAndACancelledOneIsForgotten() {
    var clock = VirtualClock.real();
    try (var timers = new Timers(clock)) {
      assertThat(timers.at(clock.now().minusSeconds(1))).isDone();

      var cancelled = timers.at(clock.now().plus(Duration.ofHours(1)));
      cancelled.cancel(false);

      assertThat(timers.pending()).isZero();
    }
  }
}
