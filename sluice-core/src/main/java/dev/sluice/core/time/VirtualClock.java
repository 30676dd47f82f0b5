package dev.sluice.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sluice's clock when time may be scaled or fast-forwarded: {@code now} runs {@code scale} times as
 * fast as the wall clock from the moment it was created, plus everything {@link #advance}d.
 * Listeners hear about every jump so that sleepers can wake early.
 */
public final class VirtualClock implements Clock {
  private final Instant origin;
  private final long originNanos;
  private final double scale;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Duration offset;

  /**
   * @param origin the time at creation (normally the wall clock's)
   * @param scale how many virtual seconds pass per real second (1 = real time)
   * @param offset time already advanced (kept across restarts by the caller)
   */
  public VirtualClock(Instant origin, double scale, Duration offset) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("time scale must be a positive number, got " + scale);
    }
    this.origin = origin;
    this.originNanos = System.nanoTime();
    this.scale = scale;
    this.offset = offset;
  }

  /** Real time, nothing advanced yet. */
  public static VirtualClock real() {
    return new VirtualClock(Instant.now(), 1, Duration.ZERO);
  }

  @Override
  public Instant now() {
    long elapsed = System.nanoTime() - originNanos;
    long scaled = scale == 1 ? elapsed : (long) (elapsed * scale);
    return origin.plusNanos(scaled).plus(offset);
  }

  /** The factor virtual time runs faster than real time. */
  public double scale() {
    return scale;
  }

  /** Everything advanced so far. */
  public Duration offset() {
    return offset;
  }

  /** Jumps forward by {@code amount} and tells the listeners. */
  public synchronized Instant advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("time only moves forward, got " + amount);
    }
    offset = offset.plus(amount);
    listeners.forEach(Runnable::run);
    return now();
  }

  /** How long to wait in real time until the clock reads {@code due} (zero if it has passed). */
  public Duration realDelayUntil(Instant due) {
    Duration virtual = Duration.between(now(), due);
    if (virtual.isNegative() || virtual.isZero()) {
      return Duration.ZERO;
    }
    return scale == 1 ? virtual : Duration.ofNanos((long) Math.ceil(virtual.toNanos() / scale));
  }

  /** Runs {@code listener} after every {@link #advance}. */
  public void onAdvance(Runnable listener) {
    listeners.add(listener);
  }
}
