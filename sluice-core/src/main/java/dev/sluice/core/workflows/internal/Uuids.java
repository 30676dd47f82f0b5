package dev.sluice.core.workflows.internal;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Random (version 4) UUIDs drawn from a given generator. */
final class Uuids {
  private Uuids() {}

  static String next(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }
}
