package dev.sluice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** PUT and GET through {@link WireClient}s, one connection per client thread. */
final class WireBench implements AutoCloseable {
  private final URI endpoint;
  private final SigV4Signer signer = new SigV4Signer("bench", "bench", "us-east-1");
  private final List<WireClient> opened = new ArrayList<>();
  private final ThreadLocal<WireClient> clients = ThreadLocal.withInitial(this::open);

  WireBench(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** PUTs of new keys with {@code clients} threads for {@code time}. */
  Throughput put(String bucket, byte[] body, int clients, Duration time) throws Exception {
    String prefix = "wire-put/" + body.length + "/" + clients + "/" + System.nanoTime() + "/";
    String sha256 = SigV4Signer.sha256Hex(body);
    return Throughput.run(
        clients, time, body.length, (client, i) -> putOne(bucket, prefix + i, body, sha256));
  }

  /** GETs of one object of {@code body}'s size, read to the end, with {@code clients} threads. */
  Throughput get(String bucket, byte[] body, int clients, Duration time) throws Exception {
    var key = "wire-get/" + body.length;
    putOne(bucket, key, body, SigV4Signer.sha256Hex(body));
    return Throughput.run(
        clients, time, body.length, (client, i) -> this.clients.get().get(bucket, key));
  }

  void putOne(String bucket, String key, byte[] body, String sha256) throws IOException {
    int status = clients.get().put(bucket, key, body, sha256);
    if (status != 200) {
      throw new IOException("PUT " + key + " answered " + status);
    }
  }

  private WireClient open() {
    var client = new WireClient(endpoint, signer);
    synchronized (opened) {
      opened.add(client);
    }
    return client;
  }

  @Override
  public void close() {
    synchronized (opened) {
      for (var client : opened) {
        try {
          client.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
