package dev.sluice.server.internal.wiring;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Start-up work done on a virtual thread while the starting thread does something else. */
public final class Background {
  private Background() {}

  /** Starts {@code work} on a new virtual thread named {@code name}. */
  public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, task -> Thread.ofVirtual().name(name).start(task));
  }

  /** The result of {@code work}; what it threw is thrown here as it was. */
  public static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }
}
