package dev.sluice.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The throughput cases run against Sluice with one {@link LoadClient}, each warmed up first. */
final class ClientCases {
  private final String bucket;
  private final BenchOptions options;

  ClientCases(String bucket, BenchOptions options) {
    this.bucket = bucket;
    this.options = options;
  }

  /** Warms up, then measures PUTs of new keys with {@code threads} clients. */
  Throughput put(LoadClient client, byte[] body, int threads) throws Exception {
    warm(options.warmup(body.length), time -> put(client, body, threads, time));
    return put(client, body, threads, options.measure(body.length));
  }

  Throughput put(LoadClient client, byte[] body, int threads, Duration time) throws Exception {
    String prefix =
        "put/" + client.name() + "/" + body.length + "/" + threads + "/" + System.nanoTime() + "/";
    return Throughput.run(
        threads, time, body.length, (c, i) -> client.putOne(bucket, prefix + i, body));
  }

  /** Warms up, then measures GETs of one object of {@code body}'s size, read to the end. */
  Throughput get(LoadClient client, byte[] body, int threads) throws Exception {
    warm(options.warmup(body.length), time -> get(client, body, threads, time));
    return get(client, body, threads, options.measure(body.length));
  }

  Throughput get(LoadClient client, byte[] body, int threads, Duration time) throws Exception {
    var key = "get/" + client.name() + "/" + body.length;
    client.putOne(bucket, key, body);
    return Throughput.run(threads, time, body.length, (c, i) -> client.getOne(bucket, key));
  }

  /**
   * GETs from the disk: each client thread reads an object of its own, whose blob file is dropped
   * from the page cache before every read.
   */
  Throughput getCold(LoadClient client, byte[] body, int threads, BlobFiles blobs)
      throws Exception {
    List<String> keys = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < threads; c++) {
      var key = "cold/" + client.name() + "/" + threads + "/" + c;
      files.add(blobs.writtenBy(() -> client.putOne(bucket, key, body)));
      keys.add(key);
    }
    return Throughput.run(
        threads,
        options.measure(body.length),
        body.length,
        (c, i) -> {
          PageCache.evict(files.get(c));
          client.getOne(bucket, keys.get(c));
        });
  }

  private interface Timed {
    void run(Duration time) throws Exception;
  }

  private static void warm(Duration time, Timed run) throws Exception {
    if (!time.isZero()) {
      run.run(time);
    }
  }
}
