package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;

/**
 * Lambda Invoke with the minimal wire client: one kept-alive connection per client thread, {@code
 * POST /2015-03-31/functions/<name>/invocations} signed for service {@code lambda}. Pointed at the
 * loopback baseline server, the same requests measure a bare HTTP round trip.
 */
final class InvokeWire implements AutoCloseable {
  static final String SYNC = "Content-Type: application/json\r\n";
  static final String SYNC_TAIL = SYNC + "X-Amz-Log-Type: Tail\r\n";
  static final String EVENT = SYNC + "X-Amz-Invocation-Type: Event\r\n";

  private final ThreadClients clients;

  InvokeWire(URI endpoint) {
    this.clients =
        new ThreadClients(endpoint, new SigV4Signer("bench", "bench", "us-east-1", "lambda"));
  }

  /** Invokes {@code function} with {@code headers} (one of the constants); fails unless 2xx. */
  WireClient.Response invoke(String function, byte[] payload, String headers) throws IOException {
    var path = "/2015-03-31/functions/" + function + "/invocations";
    var response = clients.get().post(path, headers, payload, SigV4Signer.sha256Hex(payload));
    if (response.status() / 100 != 2 || response.functionError() != null) {
      throw new IOException(
          "Invoke "
              + function
              + " answered "
              + response.status()
              + (response.functionError() == null ? "" : " " + response.functionError()));
    }
    return response;
  }

  @Override
  public void close() {
    clients.close();
  }
}
