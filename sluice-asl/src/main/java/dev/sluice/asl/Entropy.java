package dev.sluice.asl;

import java.util.UUID;

/** The interpreter's only source of randomness (States.MathRandom, States.UUID). */
public interface Entropy {

  /** A uniformly chosen int in [{@code from}, {@code to}). */
  int nextInt(int from, int to);

  /** A random UUID. */
  UUID uuid();
}
