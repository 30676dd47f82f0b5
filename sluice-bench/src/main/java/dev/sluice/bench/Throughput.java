package dev.sluice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an operation on N client threads for a fixed time and reports operations and bytes per
 * second, with the latency of each operation. Clients start no new operation after the deadline;
 * the run ends when the last one in flight finishes, and that time is what the rates divide by.
 *
 * @param operations operations completed
 * @param seconds wall time from the start to the end of the last operation
 * @param bytesPerOperation payload bytes each operation moves
 * @param latencies the duration of every operation
 * @param cpuSeconds CPU time this whole process (clients, server, JIT, GC) used during the run
 */
record Throughput(
    int operations, double seconds, long bytesPerOperation, Stats latencies, double cpuSeconds) {

  /** One operation of a client; {@code client} is its index, {@code sequence} unique per run. */
  interface Operation {
    void run(int client, long sequence) throws Exception;
  }

  double opsPerSecond() {
    return operations / seconds;
  }

  /** Process CPU milliseconds per operation: what one operation costs on this machine. */
  double cpuMillisPerOperation() {
    return cpuSeconds * 1000 / operations;
  }

  double mibPerSecond() {
    return operations * (double) bytesPerOperation / seconds / (1024 * 1024);
  }

  static Throughput run(int clients, Duration duration, long bytesPerOperation, Operation operation)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long cpuStart = ProcessCpu.nanos();
      long start = System.nanoTime();
      long deadline = start + duration.toNanos();
      var futures = new ArrayList<Future<long[]>>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> loop(client, clients, deadline, operation)));
      }
      List<long[]> perClient = new ArrayList<>();
      for (var future : futures) {
        perClient.add(future.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (ProcessCpu.nanos() - cpuStart) / 1e9;
      var latencies = Stats.of(perClient);
      return new Throughput(latencies.count(), seconds, bytesPerOperation, latencies, cpu);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] loop(int client, int clients, long deadline, Operation operation)
      throws Exception {
    var samples = new LatencySamples();
    for (long sequence = client; System.nanoTime() < deadline; sequence += clients) {
      long begin = System.nanoTime();
      operation.run(client, sequence);
      samples.add(System.nanoTime() - begin);
    }
    return samples.toArray();
  }
}
