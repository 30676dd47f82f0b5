package dev.sluice.aws.datapipeline;

import static dev.sluice.aws.http.RequestBuilder.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;

/** Calls the endpoint as an SDK does: a json 1.1 POST with {@code X-Amz-Target: DataPipeline.*}. */
abstract class DataPipelineCalls {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String ACCOUNT = "123456789012";
  static final String PIPELINE = "df-0123456789ABCDEFGHIJ";

  final RecordingPipelineService service = new RecordingPipelineService();
  final DataPipelineEndpoint endpoint = new DataPipelineEndpoint(service, "us-east-1");

  HttpResponse call(String operation, String body) {
    var request =
        request("POST", "/")
            .header("X-Amz-Target", "DataPipeline." + operation)
            .header("Content-Type", "application/x-amz-json-1.1")
            .body(body)
            .build();
    var identity = new Identity("AKID", ACCOUNT, "eu-west-1", "datapipeline", "AKID");
    return endpoint.handle(
        new AwsCall(
            request, identity, "REQ-9", request.body(), request.contentLength(), new Headers()));
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

  static JsonNode json(HttpResponse response) throws Exception {
    return MAPPER.readTree(((HttpResponse.Bytes) response.body()).bytes());
  }

  static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }
}
