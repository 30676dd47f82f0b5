package dev.sluice.core.topics.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static List<Long> scheduleSeconds(RetryPolicy policy) {
    var out = new ArrayList<Long>();
    for (var retry = 1; ; retry++) {
      Optional<Duration> delay = policy.delayBefore(retry);
      if (delay.isEmpty()) {
        return out;
      }
      out.add(delay.get().toSeconds());
    }
  }

  @Test
  void retriesThreeTimesTwentySecondsApartByDefault() {
    assertThat(scheduleSeconds(RetryPolicy.DEFAULT)).containsExactly(20L, 20L, 20L);
  }

  @Test
  void runsTheImmediatePreBackoffBackoffAndPostBackoffPhasesInOrder() {
    var policy = new RetryPolicy(10, 40, 9, 2, 2, 2, "linear");
    assertThat(scheduleSeconds(policy)).containsExactly(0L, 0L, 10L, 10L, 10L, 25L, 40L, 40L, 40L);
  }

  @Test
  void risesFromTheMinimumToTheMaximumByEachBackoffFunction() {
    for (var function : List.of("linear", "arithmetic", "geometric", "exponential")) {
      var schedule = scheduleSeconds(new RetryPolicy(1, 64, 7, 0, 0, 0, function));
      assertThat(schedule).first().isEqualTo(1L);
      assertThat(schedule).last().isEqualTo(64L);
      assertThat(schedule).isSorted();
    }
    assertThat(scheduleSeconds(new RetryPolicy(1, 64, 7, 0, 0, 0, "exponential")))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
  }

  @Test
  void hasNoRetriesWhenNumRetriesIsZero() {
    assertThat(scheduleSeconds(new RetryPolicy(1, 1, 0, 0, 0, 0, "linear"))).isEmpty();
  }
}
