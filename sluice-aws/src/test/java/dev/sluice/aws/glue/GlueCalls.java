package dev.sluice.aws.glue;

import static dev.sluice.aws.http.RequestBuilder.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;

/** Calls the endpoint as an SDK does: a json 1.1 POST with {@code X-Amz-Target: AWSGlue.*}. */
abstract class GlueCalls {
  static final ObjectMapper MAPPER = new ObjectMapper();

  final InMemoryJobService service = new InMemoryJobService();
  final GlueEndpoint endpoint = new GlueEndpoint(service, "us-east-1");

  HttpResponse call(String operation, String body) {
    return callTarget("AWSGlue." + operation, body);
  }

  HttpResponse callTarget(String target, String body) {
    var request =
        request("POST", "/")
            .header("X-Amz-Target", target)
            .header("Content-Type", "application/x-amz-json-1.1")
            .body(body)
            .build();
    var identity = new Identity("AKID", "123456789012", "eu-west-1", "glue", "AKID");
    return endpoint.handle(
        new AwsCall(
            request, identity, "REQ-7", request.body(), request.contentLength(), new Headers()));
  }

  /** The body of a call that succeeded. */
  JsonNode ok(String operation, String body) throws Exception {
    var response = call(operation, body);
    var json = json(response);
    if (response.status() != 200) {
      throw new AssertionError(operation + " answered " + response.status() + ": " + json);
    }
    return json;
  }

  /** Creates job {@code name} with a role and a command. */
  void createJob(String name) throws Exception {
    ok(
        "CreateJob",
        "{\"Name\":\"" + name + "\",\"Role\":\"r\",\"Command\":{\"Name\":\"glueetl\"}}");
  }

  static JsonNode json(HttpResponse response) throws Exception {
    return MAPPER.readTree(((HttpResponse.Bytes) response.body()).bytes());
  }

  static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }
}
