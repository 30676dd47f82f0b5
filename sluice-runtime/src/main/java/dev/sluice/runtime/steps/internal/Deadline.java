package dev.sluice.runtime.steps.internal;

import java.time.Duration;

/** When work must end, on the monotonic clock; {@link #NONE} never comes. */
public record Deadline(long nanos) {

  public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

  /** A deadline {@code timeout} from now, or {@link #NONE} when the timeout is null. */
  public static Deadline after(Duration timeout) {
    if (timeout == null) {
      return NONE;
    }
    var now = System.nanoTime();
    var length = timeout.toNanos();
    return new Deadline(length >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + length);
  }

  public long remainingNanos() {
    return nanos == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, nanos - System.nanoTime());
  }

  public boolean passed() {
    return remainingNanos() == 0;
  }
}
