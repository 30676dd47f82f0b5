package dev.sluice.runtime.javabootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The instance's side of the Lambda Runtime API. */
final class RuntimeApiClient {

  /** One invocation as {@code /next} hands it out. */
  record Next(
      String requestId, long deadlineMs, String functionArn, String traceId, byte[] event) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  RuntimeApiClient(String address) {
    this.base = "http://" + address + "/2018-06-01/runtime";
  }

  Next next() throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(base + "/invocation/next")).GET().build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    var headers = response.headers();
    return new Next(
        headers.firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow(),
        headers.firstValueAsLong("Lambda-Runtime-Deadline-Ms").orElse(0),
        headers.firstValue("Lambda-Runtime-Invoked-Function-Arn").orElse(""),
        headers.firstValue("Lambda-Runtime-Trace-Id").orElse(null),
        response.body());
  }

  void respond(String requestId, byte[] payload) throws IOException, InterruptedException {
    post("/invocation/" + requestId + "/response", payload, null);
  }

  void error(String requestId, ErrorDocument error) throws IOException, InterruptedException {
    post(
        "/invocation/" + requestId + "/error", JSON.writeValueAsBytes(error.toMap()), error.type());
  }

  void initError(ErrorDocument error) throws IOException, InterruptedException {
    post("/init/error", JSON.writeValueAsBytes(error.toMap()), error.type());
  }

  private void post(String path, byte[] body, String errorType)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (errorType != null) {
      request.header("Lambda-Runtime-Function-Error-Type", errorType);
    }
    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }
}
