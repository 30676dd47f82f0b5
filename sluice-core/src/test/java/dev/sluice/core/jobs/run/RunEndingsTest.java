package dev.sluice.core.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunEndingsTest {
  private final RunEndings endings = new RunEndings();

  @Test
  void aWaiterWakesWhenARunEnds() throws Exception {
    long seen = endings.count();
    var woke = new CompletableFuture<Long>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                endings.awaitAfter(seen, Duration.ofMinutes(5));
                woke.complete(endings.count());
              } catch (InterruptedException e) {
                woke.completeExceptionally(e);
              }
            });

    endings.ended();

    assertThat(woke.get(5, TimeUnit.SECONDS)).isEqualTo(seen + 1);
  }

  @Test
  void anEndingToldBeforeTheWaitIsNotMissed() throws InterruptedException {
    long seen = endings.count();
    endings.ended();

    long before = System.nanoTime();
    endings.awaitAfter(seen, Duration.ofMinutes(5));

    assertThat(System.nanoTime() - before).isLessThan(TimeUnit.MINUTES.toNanos(1));
  }

  @Test
  void withoutAnEndingTheWaitLastsItsLongest() throws InterruptedException {
    long seen = endings.count();

    long before = System.nanoTime();
    endings.awaitAfter(seen, Duration.ofMillis(50));

    assertThat(System.nanoTime() - before)
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    assertThat(endings.count()).isEqualTo(seen);
  }
}
