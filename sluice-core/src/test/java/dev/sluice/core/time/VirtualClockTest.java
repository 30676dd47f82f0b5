package dev.sluice.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  @Test
  void advancingMovesNowForwardByTheAmountAndTellsListeners() {
    var clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"), 1, Duration.ZERO);
    var heard = new AtomicInteger();
    clock.onAdvance(heard::incrementAndGet);

    clock.advance(Duration.ofDays(1));

    assertThat(clock.now()).isAfterOrEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    assertThat(clock.now()).isBefore(Instant.parse("2026-01-02T00:01:00Z"));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(1));
    assertThat(heard).hasValue(1);
  }

  @Test
  void aScaledClockRunsFasterThanRealTime() throws InterruptedException {
    var origin = Instant.parse("2026-01-01T00:00:00Z");
    var clock = new VirtualClock(origin, 1000, Duration.ZERO);

    Thread.sleep(20);

    assertThat(Duration.between(origin, clock.now()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theRealDelayOfAScaledClockIsTheVirtualDelayDividedByTheScale() {
    var clock = new VirtualClock(Instant.now(), 60, Duration.ZERO);

    var delay = clock.realDelayUntil(clock.now().plus(Duration.ofMinutes(60)));

    assertThat(delay).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
  }

  @Test
  void refusesToGoBackOrToScaleByNothing() {
    var clock = VirtualClock.real();

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VirtualClock(Instant.now(), 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
