package dev.sluice.core.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WakeupTest {

  @Test
  void aRingWakesAWaiterLongBeforeItsTimeout() throws Exception {
    Wakeup wakeup = new Wakeup();
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch woke = new CountDownLatch(1);
    Thread waiter =
        Thread.ofVirtual()
            .start(
                () -> {
                  waiting.countDown();
                  wakeup.await(Duration.ofHours(1));
                  woke.countDown();
                });
    waiting.await();
    Thread.sleep(50);

    wakeup.ring();

    assertThat(woke.await(5, TimeUnit.SECONDS)).isTrue();
    waiter.join();
  }

  @Test
  void aRingWhileNobodyWaitsMakesTheNextWaitReturnAtOnceButOnlyOnce() {
    Wakeup wakeup = new Wakeup();
    wakeup.ring();

    long start = System.nanoTime();
    wakeup.await(Duration.ofHours(1));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

    start = System.nanoTime();
    wakeup.await(Duration.ofMillis(100));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }
}
