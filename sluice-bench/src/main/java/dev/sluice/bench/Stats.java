package dev.sluice.bench;

import java.util.Arrays;
import java.util.Collection;

/** Latency samples in nanoseconds and the percentiles a report needs. */
final class Stats {
  private final long[] samples;

  Stats(long[] samples) {
    this.samples = samples.clone();
    Arrays.sort(this.samples);
  }

  static Stats of(Collection<long[]> parts) {
    return new Stats(parts.stream().flatMapToLong(Arrays::stream).toArray());
  }

  /** The nearest-rank percentile {@code p} (0-100) in milliseconds; NaN without samples. */
  double percentileMillis(double p) {
    if (samples.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * samples.length) - 1;
    return samples[Math.max(0, Math.min(samples.length - 1, index))] / 1e6;
  }

  double p50() {
    return percentileMillis(50);
  }

  double p99() {
    return percentileMillis(99);
  }

  double maxMillis() {
    return percentileMillis(100);
  }

  int count() {
    return samples.length;
  }
}
