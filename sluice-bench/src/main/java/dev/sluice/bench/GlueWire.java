package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Glue's StartJobRun and GetJobRun with the minimal wire client (one kept-alive connection, json
 * 1.1 {@code POST /} with {@code X-Amz-Target: AWSGlue.<Operation>}, signed for service {@code
 * glue}): the calls the jobs section times and polls, so that the client's own CPU takes as little
 * as it can from the job's on two cores. Not thread-safe.
 */
final class GlueWire implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "Content-Type: application/x-amz-json-1.1\r\n";

  private final WireClient client;

  GlueWire(URI endpoint) {
    this.client = new WireClient(endpoint, new SigV4Signer("bench", "bench", "us-east-1", "glue"));
  }

  /** Starts a run of {@code jobName}; its id. */
  String startJobRun(String jobName) throws IOException {
    return call("StartJobRun", Map.of("JobName", jobName)).path("JobRunId").asText();
  }

  /** The run's {@code JobRun} object (JobRunState, ErrorMessage, ...). */
  JsonNode getJobRun(String jobName, String runId) throws IOException {
    return call("GetJobRun", Map.of("JobName", jobName, "RunId", runId)).path("JobRun");
  }

  private JsonNode call(String operation, Map<String, String> input) throws IOException {
    byte[] body = MAPPER.writeValueAsBytes(input);
    var answer =
        client.exchange(
            "/",
            JSON + "X-Amz-Target: AWSGlue." + operation + "\r\n",
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

  @Override
  public void close() throws IOException {
    client.close();
  }
}
