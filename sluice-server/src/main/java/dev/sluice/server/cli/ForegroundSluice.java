package dev.sluice.server.cli;

import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code sluice up} does once configured: start, say so in one line, serve until stopped. */
final class ForegroundSluice {
  private static final Logger log = LoggerFactory.getLogger(Sluice.class);

  private ForegroundSluice() {}

  /** Starts Sluice and logs the one line that says it is ready. */
  static RunningSluice start(SluiceConfig config) {
    var running = Sluice.create(config).start();
    log.info(
        "Sluice ready on {} (data: {}, started in {} ms)",
        running.endpoint(),
        running.dataDir(),
        running.startupTime().toMillis());
    return running;
  }

  /** Starts Sluice and serves until Ctrl-C or SIGTERM; returns the exit code. */
  static int serve(SluiceConfig config) throws InterruptedException {
    var running = start(config);
    var shutdown = new Thread(() -> stop(running), "sluice-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    running.awaitClosed();
    return 0;
  }

  private static void stop(RunningSluice running) {
    running.close();
    log.info("Sluice stopped");
  }
}
