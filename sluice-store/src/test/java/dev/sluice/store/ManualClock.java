package dev.sluice.store;

import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when a test moves it. */
public final class ManualClock implements Clock {
  private final AtomicReference<Instant> now;

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public static ManualClock atSomeFixedTime() {
    return new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  }

  @Override
  public Instant now() {
    return now.get();
  }

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }
}
