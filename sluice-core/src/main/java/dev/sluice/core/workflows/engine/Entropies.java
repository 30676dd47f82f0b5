package dev.sluice.core.workflows.engine;

import dev.sluice.asl.Entropy;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Real randomness for States.MathRandom, States.UUID and retry jitter. */
final class Entropies {
  static final Entropy RANDOM =
      new Entropy() {
        @Override
        public int nextInt(int from, int to) {
          return to <= from ? from : ThreadLocalRandom.current().nextInt(from, to);
        }

        @Override
        public UUID uuid() {
          return UUID.randomUUID();
        }
      };

  private Entropies() {}
}
