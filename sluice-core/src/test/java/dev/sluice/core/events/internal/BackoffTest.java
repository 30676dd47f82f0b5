package dev.sluice.core.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Duration BASE = Duration.ofSeconds(1);
  private static final Duration MAX = Duration.ofMinutes(5);

  @Test
  void theNominalDelayDoublesFromTheBaseAndStopsAtTheMaximum() {
    Backoff backoff = new Backoff(BASE, MAX, () -> 0.5);

    assertThat(backoff.nominalMillis(1)).isEqualTo(1_000);
    assertThat(backoff.nominalMillis(2)).isEqualTo(2_000);
    assertThat(backoff.nominalMillis(5)).isEqualTo(16_000);
    assertThat(backoff.nominalMillis(9)).isEqualTo(256_000);
    assertThat(backoff.nominalMillis(10)).isEqualTo(300_000);
    assertThat(backoff.nominalMillis(63)).isEqualTo(300_000);
    assertThat(backoff.nominalMillis(Integer.MAX_VALUE)).isEqualTo(300_000);
  }

  @Test
  void jitterKeepsTheDelayBetweenHalfTheNominalDelayAndAllOfIt() {
    assertThat(new Backoff(BASE, MAX, () -> 0.0).after(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(new Backoff(BASE, MAX, () -> 0.999_999).after(3))
        .isBetween(Duration.ofMillis(3_999), Duration.ofSeconds(4));

    Random random = new Random(3);
    Backoff jittered = new Backoff(BASE, MAX, random::nextDouble);
    for (int attempts = 1; attempts <= 30; attempts++) {
      long nominal = jittered.nominalMillis(attempts);
      assertThat(jittered.after(attempts).toMillis()).isBetween(nominal / 2, nominal);
    }
  }

  @Test
  void delaysOfEventsFailingTogetherSpreadOut() {
    Random random = new Random(5);
    Backoff backoff = new Backoff(BASE, MAX, random::nextDouble);

    long distinct =
        java.util.stream.IntStream.range(0, 20).mapToObj(i -> backoff.after(4)).distinct().count();

    assertThat(distinct).isGreaterThan(10);
  }
}
