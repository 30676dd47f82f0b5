package dev.sluice.core.pipelines.internal;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Pipeline ids as AWS forms them: {@code df-} and 20 random upper-case letters and digits. */
final class PipelineIds {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int LENGTH = 20;
  private final RandomGenerator random;

  PipelineIds() {
    this(new SecureRandom());
  }

  PipelineIds(RandomGenerator random) {
    this.random = random;
  }

  String next() {
    var id = new StringBuilder("df-");
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
