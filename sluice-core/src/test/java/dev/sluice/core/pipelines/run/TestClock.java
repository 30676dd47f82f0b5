package dev.sluice.core.pipelines.run;

import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when the test says. */
final class TestClock implements Clock {
  private final AtomicReference<Instant> now;

  TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  @Override
  public Instant now() {
    return now.get();
  }

  void set(Instant to) {
    now.updateAndGet(current -> to.isAfter(current) ? to : current);
  }

  void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }
}
