package dev.sluice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** One {@link WireClient} (one kept-alive connection) per thread that asks; closes them all. */
final class ThreadClients implements AutoCloseable {
  private final URI endpoint;
  private final SigV4Signer signer;
  private final List<WireClient> opened = new ArrayList<>();
  private final ThreadLocal<WireClient> clients = ThreadLocal.withInitial(this::open);

  ThreadClients(URI endpoint, SigV4Signer signer) {
    this.endpoint = endpoint;
    this.signer = signer;
  }

  /** The calling thread's client, opened on first use. */
  WireClient get() {
    return clients.get();
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
