package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;

/**
 * The minimal load client: one {@link WireClient} (one kept-alive connection) per client thread.
 * The payload hash SigV4 signs is computed once per body, as a load generator replaying one body
 * would.
 */
final class WireBench implements LoadClient {
  private final ThreadClients clients;
  private byte[] hashedBody;
  private String bodyHash;

  WireBench(URI endpoint) {
    this.clients = new ThreadClients(endpoint, new SigV4Signer("bench", "bench", "us-east-1"));
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

  @Override
  public void close() {
    clients.close();
  }
}
