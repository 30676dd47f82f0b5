package dev.sluice.bench;

import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs {@code count} numbered calls on {@code threads} platform threads and waits for all. */
final class ParallelCalls {
  @FunctionalInterface
  interface Call {
    void run(int index) throws Exception;
  }

  private ParallelCalls() {}

  /** Runs the calls; the seconds they took, from the first start to the last end. */
  static double run(int count, int threads, Call call) throws Exception {
    var next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      var futures = new ArrayList<Future<Void>>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    call.run(i);
                  }
                  return null;
                }));
      }
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - started) / 1e9;
  }
}
