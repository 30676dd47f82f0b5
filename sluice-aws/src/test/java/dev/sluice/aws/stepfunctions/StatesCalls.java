package dev.sluice.aws.stepfunctions;

import static dev.sluice.aws.http.RequestBuilder.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;

/** Calls the endpoint as an SDK does: a json 1.0 POST with an {@code X-Amz-Target}. */
abstract class StatesCalls {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String PREFIX = "arn:aws:states:eu-west-1:123456789012:";

  final StubWorkflowService service = new StubWorkflowService();
  final StepFunctionsEndpoint endpoint = new StepFunctionsEndpoint(service, "us-east-1");

  HttpResponse call(String operation, String body) {
    var request =
        request("POST", "/")
            .header("X-Amz-Target", "AWSStepFunctions." + operation)
            .header("Content-Type", "application/x-amz-json-1.0")
            .body(body)
            .build();
    var identity = new Identity("AKID", "123456789012", "eu-west-1", "states", "AKID");
    return endpoint.handle(
        new AwsCall(
            request, identity, "REQ-7", request.body(), request.contentLength(), new Headers()));
  }

  static JsonNode json(HttpResponse response) throws Exception {
    return MAPPER.readTree(((HttpResponse.Bytes) response.body()).bytes());
  }
}
