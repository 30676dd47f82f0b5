package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConcurrencyGateTest {
  private final ConcurrencyGate gate = new ConcurrencyGate();

  @Test
  void aWaitingEntryTakesTheSlotOnceItIsLeft() throws Exception {
    assertThat(gate.enter("f", 1)).isTrue();
    var waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return gate.await("f", 1, Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    assertThat(waiting).isNotDone();

    gate.leave("f");

    assertThat(waiting.get()).isTrue();
    assertThat(gate.enter("f", 1)).isFalse();
  }

  @Test
  void waitingGivesUpAfterItsPatience() throws Exception {
    assertThat(gate.enter("f", 1)).isTrue();
    long start = System.nanoTime();

    assertThat(gate.await("f", 1, Duration.ofMillis(300))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
  }

  @Test
  void zeroReservedConcurrencyRefusesWithoutWaiting() throws Exception {
    long start = System.nanoTime();

    assertThat(gate.await("f", 0, Duration.ofSeconds(10))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void unreservedFunctionsNeverWait() throws Exception {
    for (int i = 0; i < 100; i++) {
      assertThat(gate.await("f", null, Duration.ofSeconds(10))).isTrue();
    }
  }
}
