package dev.sluice.store.internal.blobs;

import dev.sluice.store.blobs.OrphanBlobSweep;
import dev.sluice.store.blobs.SweepReport;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OrphanBlobSweep} on its own daemon thread, so that opening the store does not wait for
 * it; logs what it removed, and a failure as a warning (the next start sweeps again).
 */
public final class BackgroundSweep {
  private static final Logger log = LoggerFactory.getLogger(BackgroundSweep.class);
  private static final long STOP_WAIT_SECONDS = 10;

  private final OrphanBlobSweep sweep;
  private final CompletableFuture<SweepReport> done = new CompletableFuture<>();

  private BackgroundSweep(OrphanBlobSweep sweep) {
    this.sweep = sweep;
  }

  public static BackgroundSweep start(OrphanBlobSweep sweep) {
    var background = new BackgroundSweep(sweep);
    Thread.ofPlatform().daemon().name("sluice-blob-sweep").start(background::run);
    return background;
  }

  private void run() {
    try {
      var report = sweep.run();
      if (report.removed() > 0) {
        log.info("Removed {} orphan blobs ({} bytes)", report.removed(), report.bytesRemoved());
      }
      done.complete(report);
    } catch (IOException | RuntimeException e) {
      log.warn("Orphan blob sweep failed: {}", e.toString());
      done.completeExceptionally(e);
    }
  }

  public CompletableFuture<SweepReport> done() {
    return done;
  }

  /** Asks the sweep to stop and waits (a bounded time) until it has. */
  public void stop() {
    sweep.stop();
    try {
      done.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.debug("Orphan blob sweep ended with {}", e.toString());
    }
  }
}
