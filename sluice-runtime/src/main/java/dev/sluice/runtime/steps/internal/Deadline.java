package dev.sluice.runtime.steps.internal;

import dev.sluice.core.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * When work must end, on Sluice's clock (so virtual time moves it closer); {@link #NONE} never
 * comes.
 *
 * @param due the time on {@code clock} the work must end by; null for never
 */
public record Deadline(Clock clock, Instant due) {

  public static final Deadline NONE = new Deadline(Clock.system(), null);

  /** A deadline {@code timeout} from now on {@code clock}, or {@link #NONE} for a null timeout. */
  public static Deadline after(Duration timeout, Clock clock) {
    if (timeout == null) {
      return NONE;
    }
    try {
      return new Deadline(clock, clock.now().plus(timeout));
    } catch (DateTimeException | ArithmeticException beyondTime) {
      return NONE;
    }
  }

  /** How long is left on the clock, in nanoseconds: 0 once it passed, Long.MAX_VALUE for none. */
  public long remainingNanos() {
    if (due == null) {
      return Long.MAX_VALUE;
    }
    var left = Duration.between(clock.now(), due);
    if (left.isNegative()) {
      return 0;
    }
    try {
      return left.toNanos();
    } catch (ArithmeticException farAway) {
      return Long.MAX_VALUE;
    }
  }

  public boolean passed() {
    return remainingNanos() == 0;
  }
}
