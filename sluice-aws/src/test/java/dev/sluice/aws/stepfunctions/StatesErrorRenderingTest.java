package dev.sluice.aws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import org.junit.jupiter.api.Test;

/** Failures on the json 1.0 wire: status, namespaced __type, message, request id. */
class StatesErrorRenderingTest extends StatesCalls {

  @Test
  void aServiceFailureIsRenderedWithStepFunctionsNamespace() throws Exception {
    var arn = PREFIX + "stateMachine:nope";
    service.answer(
        "DescribeStateMachine",
        Result.err(
            Failure.of(
                "StateMachineDoesNotExist", 400, "State Machine Does Not Exist: '" + arn + "'")));

    var response = call("DescribeStateMachine", "{\"stateMachineArn\":\"" + arn + "\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ-7");
    var body = json(response);
    assertThat(body.path("__type").asText())
        .isEqualTo("com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist");
    assertThat(body.path("message").asText())
        .isEqualTo("State Machine Does Not Exist: '" + arn + "'");
  }

  @Test
  void extraMembersOfAFailureAreFieldsOfTheBody() throws Exception {
    service.answer(
        "TagResource",
        Result.err(
            Failure.of("ResourceNotFound", 400, "Resource not found: 'x'")
                .with("resourceName", "x")));

    var body = json(call("TagResource", "{\"resourceArn\":\"x\",\"tags\":[]}"));

    assertThat(body.path("__type").asText())
        .isEqualTo("com.amazonaws.swf.service.v2.model#ResourceNotFound");
    assertThat(body.path("resourceName").asText()).isEqualTo("x");
  }

  @Test
  void anUnknownOperationIsUnknownOperationException() throws Exception {
    var response = call("TestState", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).path("__type").asText())
        .isEqualTo("com.amazon.coral.service#UnknownOperationException");
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsASerializationException() throws Exception {
    for (var body : new String[] {"{oops", "[1]", "{\"stateMachineArn\":{\"a\":1}}"}) {
      var response = call("DescribeStateMachine", body);

      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(json(response).path("__type").asText())
          .as(body)
          .isEqualTo("com.amazon.coral.service#SerializationException");
    }
    assertThat(service.calls).isEmpty();
  }

  @Test
  void failuresFromBeforeTheEndpointKeepTheirCode() throws Exception {
    var response =
        endpoint.renderFailure(
            null, "REQ-1", Failure.of("UnrecognizedClientException", 403, "bad token"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(json(response).path("__type").asText()).isEqualTo("UnrecognizedClientException");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ-1");
  }
}
