package dev.sluice.it.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Sluice's Data Pipeline calls the AWS SDK does not know ({@code DataPipeline.ClonePipeline},
 * {@code DataPipeline.RerunPipeline}), sent as json 1.1 requests over HTTP.
 */
final class ExtensionCalls {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its HTTP status and JSON body. */
  record Answer(int status, JsonNode body) {}

  private final URI endpoint;

  ExtensionCalls(URI endpoint) {
    this.endpoint = endpoint;
  }

  Answer clonePipeline(String pipelineId, String name, String uniqueId)
      throws IOException, InterruptedException {
    var input = new java.util.LinkedHashMap<String, String>();
    input.put("pipelineId", pipelineId);
    input.put("name", name);
    if (uniqueId != null) {
      input.put("uniqueId", uniqueId);
    }
    return call("ClonePipeline", input);
  }

  Answer rerunPipeline(String pipelineId) throws IOException, InterruptedException {
    return call("RerunPipeline", Map.of("pipelineId", pipelineId));
  }

  private Answer call(String operation, Map<String, String> input)
      throws IOException, InterruptedException {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "DataPipeline." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(input)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }
}
