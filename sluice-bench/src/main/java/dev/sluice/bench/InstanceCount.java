package dev.sluice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * How many instances a function has started: Sluice writes one log stream per instance, counted
 * with CloudWatch Logs DescribeLogStreams (unsigned; Sluice accepts those by default).
 */
final class InstanceCount {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstanceCount() {}

  static int of(URI endpoint, String function) throws IOException, InterruptedException {
    var client = HttpClient.newHttpClient();
    int count = 0;
    String token = null;
    do {
      ObjectNode body = JSON.createObjectNode().put("logGroupName", "/aws/lambda/" + function);
      body.put("limit", 50);
      if (token != null) {
        body.put("nextToken", token);
      }
      var response =
          client.send(
              HttpRequest.newBuilder(endpoint.resolve("/"))
                  .header("Content-Type", "application/x-amz-json-1.1")
                  .header("X-Amz-Target", "Logs_20140328.DescribeLogStreams")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(
            "DescribeLogStreams answered " + response.statusCode() + ": " + response.body());
      }
      var page = JSON.readTree(response.body());
      count += page.path("logStreams").size();
      token = page.path("nextToken").isTextual() ? page.path("nextToken").asText() : null;
    } while (token != null);
    return count;
  }
}
