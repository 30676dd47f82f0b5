package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Step Functions with the minimal wire client: one kept-alive connection per client thread, json
 * 1.0 {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>}, signed for service
 * {@code states}; and Sluice's admin clock route.
 */
final class StatesWire implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "Content-Type: application/x-amz-json-1.0\r\n";
  private static final byte[] EMPTY = new byte[0];

  private final ThreadClients clients;

  StatesWire(URI endpoint) {
    this.clients =
        new ThreadClients(endpoint, new SigV4Signer("bench", "bench", "us-east-1", "states"));
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Calls {@code operation} with {@code input}; its answer, or an IOException unless 200. */
  JsonNode call(String operation, ObjectNode input) throws IOException {
    byte[] body = MAPPER.writeValueAsBytes(input);
    var answer =
        clients
            .get()
            .exchange(
                "/",
                JSON + "X-Amz-Target: AWSStepFunctions." + operation + "\r\n",
                body,
                SigV4Signer.sha256Hex(body));
    if (answer.status() != 200) {
      throw new IOException(
          operation
              + " answered "
              + answer.status()
              + ": "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return MAPPER.readTree(answer.body());
  }

  /** {@code POST /_sluice/time/advance?by=<by>}: moves Sluice's clock forward. */
  void advanceTime(String by) throws IOException {
    var answer =
        clients
            .get()
            .exchange("/_sluice/time/advance?by=" + by, "", EMPTY, SigV4Signer.sha256Hex(EMPTY));
    if (answer.status() != 200) {
      throw new IOException("advancing the clock answered " + answer.status());
    }
  }

  @Override
  public void close() {
    clients.close();
  }
}
