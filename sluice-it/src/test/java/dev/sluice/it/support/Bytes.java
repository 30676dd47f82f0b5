package dev.sluice.it.support;

import java.util.Random;

/** Deterministic test payloads. */
public final class Bytes {
  private Bytes() {}

  public static byte[] random(int size, long seed) {
    var bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
