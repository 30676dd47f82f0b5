package dev.sluice.aws.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

  @Test
  void rendersTypeMessageAndRequestIdWithTheProtocolsContentType() throws Exception {
    var failure = Failure.of("StateMachineDoesNotExist", 400, "State Machine Does Not Exist: 'x'");
    var response = JsonErrors.render(WireProtocol.JSON_1_0, failure, "REQ1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
    var body = Bodies.json(response);
    assertThat(body.get("__type").asText()).isEqualTo("StateMachineDoesNotExist");
    assertThat(body.get("message").asText()).isEqualTo("State Machine Does Not Exist: 'x'");
  }

  @Test
  void usesJson11ForJson11Services() {
    var response = JsonErrors.render(WireProtocol.JSON_1_1, Failure.of("X", 400, "m"), "R");

    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
  }

  @Test
  void addsDetailsAsFieldsWithoutOverwritingTypeOrMessage() throws Exception {
    var failure =
        Failure.of("EntityNotFoundException", 400, "Job not found")
            .with("Resource", "job")
            .with("message", "not me");
    var body = Bodies.json(JsonErrors.render(WireProtocol.JSON_1_1, failure, "R"));

    assertThat(body.get("Resource").asText()).isEqualTo("job");
    assertThat(body.get("message").asText()).isEqualTo("Job not found");
  }

  @Test
  void escapesMessagesThatContainJsonSyntax() throws Exception {
    var failure = Failure.of("X", 400, "quote \" backslash \\ newline \n");
    var body = Bodies.json(JsonErrors.render(WireProtocol.JSON_1_1, failure, "R"));

    assertThat(body.get("message").asText()).isEqualTo("quote \" backslash \\ newline \n");
  }

  @Test
  void refusesANonJsonProtocol() {
    assertThatThrownBy(() -> JsonErrors.render(WireProtocol.QUERY, Failure.of("X", 400, "m"), "R"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
