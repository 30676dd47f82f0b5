package dev.sluice.bench;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a fixed number of operations on N threads and reports operations and bytes per second. */
record Throughput(int operations, double seconds, long bytesPerOperation) {

  interface Operation {
    void run() throws Exception;
  }

  double opsPerSecond() {
    return operations / seconds;
  }

  double mibPerSecond() {
    return operations * (double) bytesPerOperation / seconds / (1024 * 1024);
  }

  static Throughput run(int clients, int total, long bytesPerOperation, Operation operation)
      throws Exception {
    var remaining = new AtomicInteger(total);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      var futures = new ArrayList<Future<Void>>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        Callable<Void> worker =
            () -> {
              while (remaining.getAndDecrement() > 0) {
                operation.run();
              }
              return null;
            };
        futures.add(pool.submit(worker));
      }
      for (var future : futures) {
        future.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(total, seconds, bytesPerOperation);
    } finally {
      pool.shutdownNow();
    }
  }
}
