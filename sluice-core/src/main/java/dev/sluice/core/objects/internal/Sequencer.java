package dev.sluice.core.objects.internal;

import dev.sluice.core.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S3's {@code sequencer}: a fixed-width upper-case hex value that increases with every change. It
 * counts sixteenths of clock microseconds, so values keep increasing across restarts as long as
 * fewer than 16 changes per microsecond were made on average before the restart.
 */
final class Sequencer {

  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  Sequencer(Clock clock) {
    this.clock = clock;
  }

  String next() {
    long floor = micros(clock.now()) << 4;
    long value = last.updateAndGet(previous -> Math.max(previous + 1, floor));
    return String.format("%016X", value);
  }

  private static long micros(Instant t) {
    return Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1_000;
  }
}
