package dev.sluice.server.internal.wiring;

import dev.sluice.aws.protocol.JsonErrors;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.result.Failure;

/**
 * Loads what the first JSON request would otherwise wait for (Jackson takes a few hundred
 * milliseconds to load), on a background thread once Sluice accepts requests.
 */
public final class Warmup {
  private Warmup() {}

  public static void startInBackground() {
    Thread.ofVirtual().name("sluice-warmup").start(Warmup::run);
  }

  private static void run() {
    JsonErrors.render(WireProtocol.JSON_1_1, Failure.of("Warmup", 400, "warm-up"), "WARMUP");
  }
}
