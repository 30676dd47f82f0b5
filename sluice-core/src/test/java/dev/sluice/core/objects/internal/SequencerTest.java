package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SequencerTest {

  @Test
  void valuesAreFixedWidthUpperCaseHexAndIncreaseWithinOneMicrosecond() {
    var sequencer = new Sequencer(new ManualClock(Instant.parse("2026-01-02T03:04:05Z")));
    var values = new ArrayList<String>();
    for (int i = 0; i < 100; i++) {
      values.add(sequencer.next());
    }

    assertThat(values).isSorted().doesNotHaveDuplicates();
    assertThat(values).allMatch(v -> v.matches("[0-9A-F]{16}"));
  }

  @Test
  void aRestartedSequencerContinuesAboveTheValuesBeforeTheRestart() {
    var clock = new ManualClock(Instant.parse("2026-01-02T03:04:05Z"));
    var before = new Sequencer(clock);
    String last = "";
    for (int i = 0; i < 10; i++) {
      last = before.next();
    }
    clock.advance(Duration.ofMillis(1));

    var afterRestart = new Sequencer(clock).next();

    assertThat(afterRestart).isGreaterThan(last);
  }

  @Test
  void valuesFollowTheClock() {
    var clock = new ManualClock(Instant.parse("2026-01-02T03:04:05Z"));
    var sequencer = new Sequencer(clock);
    var early = sequencer.next();
    clock.advance(Duration.ofSeconds(1));

    var late = sequencer.next();

    assertThat(Long.parseLong(late, 16) - Long.parseLong(early, 16)).isEqualTo(1_000_000L << 4);
  }
}
