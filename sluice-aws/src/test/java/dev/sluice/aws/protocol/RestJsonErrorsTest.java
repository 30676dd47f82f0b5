package dev.sluice.aws.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class RestJsonErrorsTest {

  @Test
  void putsTheCodeIntoTheErrorTypeHeaderAndTheMessageIntoTheBody() throws Exception {
    var failure =
        Failure.of("ResourceNotFoundException", 404, "Function not found: arn:x")
            .with("Type", "User");
    var response = RestJsonErrors.render(failure, "REQ1");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
    var body = Bodies.json(response);
    assertThat(body.get("message").asText()).isEqualTo("Function not found: arn:x");
    assertThat(body.get("Type").asText()).isEqualTo("User");
  }
}
