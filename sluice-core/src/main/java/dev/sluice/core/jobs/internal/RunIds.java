package dev.sluice.core.jobs.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Job run ids as Glue forms them: {@code jr_} and 64 random lower-case hex digits. */
final class RunIds {
  private final RandomGenerator random;

  RunIds() {
    this(new SecureRandom());
  }

  RunIds(RandomGenerator random) {
    this.random = random;
  }

  String next() {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    return "jr_" + HexFormat.of().formatHex(bytes);
  }
}
