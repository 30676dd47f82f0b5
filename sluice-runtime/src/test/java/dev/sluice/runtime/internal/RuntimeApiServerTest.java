package dev.sluice.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.Invocation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Runtime API as a runtime interface client sees it, driven over HTTP. */
class RuntimeApiServerTest {

  RuntimeApiServer server;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = RuntimeApiServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
    client.close();
  }

  @Test
  void handsOutTheInvocationWithLambdasHeadersAndAcceptsItsResponse() throws Exception {
    var context =
        Base64.getEncoder().encodeToString("{\"custom\":{}}".getBytes(StandardCharsets.UTF_8));
    var dispatch = dispatch("req-1", context);
    server.offer(dispatch);

    var next = get("/invocation/next");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.body()).isEqualTo("{\"n\":1}");
    var headers = next.headers();
    assertThat(headers.firstValue("Lambda-Runtime-Aws-Request-Id")).hasValue("req-1");
    assertThat(headers.firstValue("Lambda-Runtime-Invoked-Function-Arn")).hasValue("arn:fn");
    assertThat(headers.firstValue("Lambda-Runtime-Trace-Id").orElseThrow()).startsWith("Root=1-");
    assertThat(headers.firstValue("Lambda-Runtime-Client-Context")).hasValue("{\"custom\":{}}");
    var deadline = Long.parseLong(headers.firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
    assertThat(deadline - System.currentTimeMillis()).isBetween(1_000L, 3_000L);

    var response = post("/invocation/req-1/response", "\"done\"", null);
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(dispatch.ending.getNow(null))
        .isInstanceOfSatisfying(
            Ending.Replied.class,
            replied ->
                assertThat(new String(replied.payload(), StandardCharsets.UTF_8))
                    .isEqualTo("\"done\""));
    assertThat(post("/invocation/req-1/response", "1", null).statusCode()).isEqualTo(403);
  }

  @Test
  void refusesAResultForAnUnknownRequestId() throws Exception {
    server.offer(dispatch("req-2", null));
    get("/invocation/next");

    var response = post("/invocation/other/response", "1", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("InvalidRequestID");
  }

  @Test
  void takesTheErrorTypeFromTheHeaderWhenTheBodyIsNoErrorDocument() throws Exception {
    var dispatch = dispatch("req-3", null);
    server.offer(dispatch);
    get("/invocation/next");

    assertThat(post("/invocation/req-3/error", "oops", "Custom.Error").statusCode()).isEqualTo(202);

    var errored = (Ending.Errored) dispatch.ending.getNow(null);
    assertThat(errored.errorType()).isEqualTo("Custom.Error");
    assertThat(new String(errored.payload(), StandardCharsets.UTF_8))
        .isEqualTo("{\"errorType\":\"Custom.Error\",\"errorMessage\":\"oops\"}");
  }

  @Test
  void refusesAResponseOverSixMegabytesAndFailsTheInvocation() throws Exception {
    var dispatch = dispatch("req-4", null);
    server.offer(dispatch);
    get("/invocation/next");

    var response = post("/invocation/req-4/response", "x".repeat(6_291_557), null);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(((Ending.Errored) dispatch.ending.getNow(null)).errorType())
        .isEqualTo("Function.ResponseSizeTooLarge");
  }

  @Test
  void failsWaitingInvocationsWithTheInitErrorAndRefusesItAfterInit() throws Exception {
    var dispatch = dispatch("req-5", null);
    server.offer(dispatch);
    var body = "{\"errorType\":\"Runtime.ImportModuleError\",\"errorMessage\":\"nope\"}";

    assertThat(post("/init/error", body, "Runtime.ImportModuleError").statusCode()).isEqualTo(202);

    var failed = (Ending.InitFailed) dispatch.ending.getNow(null);
    assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError");
    assertThat(new String(failed.payload(), StandardCharsets.UTF_8)).isEqualTo(body);
    assertThat(post("/init/error", body, null).statusCode()).isEqualTo(403);
  }

  private Dispatch dispatch(String requestId, String clientContext) {
    var invocation =
        new Invocation(
            requestId, "{\"n\":1}".getBytes(StandardCharsets.UTF_8), clientContext, false);
    return new Dispatch(invocation, "arn:fn", Duration.ofSeconds(3), TraceIds.next());
  }

  private HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String errorType) throws Exception {
    var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (errorType != null) {
      request.header("Lambda-Runtime-Function-Error-Type", errorType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://" + server.address() + "/2018-06-01/runtime" + path);
  }
}
