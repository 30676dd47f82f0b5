package dev.sluice.runtime.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** X-Ray style trace headers ({@code Root=1-<time>-<id>;Parent=<id>;Sampled=0}) for invocations. */
final class TraceIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceIds() {}

  static String next() {
    var seconds = Long.toHexString(System.currentTimeMillis() / 1000);
    return "Root=1-" + seconds + "-" + hex(12) + ";Parent=" + hex(8) + ";Sampled=0";
  }

  static String hex(int bytes) {
    var random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
