package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * PUTs on a schedule: PUT number {@code i} is due {@code i * interval} after the start and client
 * {@code i % clients} sends it then, or at once when it is late. An interval of zero is a burst.
 * Each PUT is announced to the {@link PutListener} right before it is sent.
 */
final class PacedPuts {
  private final LoadClient s3;
  private final PutListener recorder;
  private final byte[] body;

  PacedPuts(LoadClient s3, PutListener recorder, byte[] body) {
    this.s3 = s3;
    this.recorder = recorder;
    this.body = body;
  }

  /** Sends {@code total} PUTs of new keys; returns their round-trip latencies. */
  Stats run(String bucket, String prefix, int clients, int total, long intervalNanos)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      var futures = new ArrayList<Future<long[]>>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        futures.add(
            pool.submit(() -> client(bucket, prefix, first, clients, total, start, intervalNanos)));
      }
      List<long[]> perClient = new ArrayList<>();
      for (var future : futures) {
        perClient.add(future.get());
      }
      return Stats.of(perClient);
    } finally {
      pool.shutdownNow();
    }
  }

  private long[] client(
      String bucket, String prefix, int first, int step, int total, long start, long interval)
      throws Exception {
    var samples = new LatencySamples();
    for (int i = first; i < total; i += step) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String key = prefix + "-" + i;
      recorder.sending(key);
      long begin = System.nanoTime();
      s3.putOne(bucket, key, body);
      samples.add(System.nanoTime() - begin);
    }
    return samples.toArray();
  }
}
