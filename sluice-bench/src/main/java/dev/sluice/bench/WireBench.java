package dev.sluice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal load client: one {@link WireClient} (one kept-alive connection) per client thread.
 * The payload hash SigV4 signs is computed once per body, as a load generator replaying one body
 * would.
 */
final class WireBench implements LoadClient {
  private final URI endpoint;
  private final SigV4Signer signer = new SigV4Signer("bench", "bench", "us-east-1");
  private final List<WireClient> opened = new ArrayList<>();
  private final ThreadLocal<WireClient> clients = ThreadLocal.withInitial(this::open);
  private byte[] hashedBody;
  private String bodyHash;

  WireBench(URI endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public String name() {
    return "wire";
  }

  @Override
  public void putOne(String bucket, String key, byte[] body) throws IOException {
    int status = clients.get().put(bucket, key, body, sha256(body));
    if (status != 200) {
      throw new IOException("PUT " + key + " answered " + status);
    }
  }

  @Override
  public long getOne(String bucket, String key) throws IOException {
    return clients.get().get(bucket, key);
  }

  private synchronized String sha256(byte[] body) {
    if (body != hashedBody) {
      bodyHash = SigV4Signer.sha256Hex(body);
      hashedBody = body;
    }
    return bodyHash;
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
