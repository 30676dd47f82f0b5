package dev.sluice.aws.lambda;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

/** Lambda's errors: the code in x-amzn-ErrorType, {"Type":"User","message":...} in the body. */
class LambdaErrorShapeTest {
  private final LambdaEndpoint endpoint = new LambdaEndpoint(null);

  @Test
  void aFailureCarriesItsCodeTypeMessageAndRequestId() throws Exception {
    var response =
        endpoint.renderFailure(
            request("GET", "/2015-03-31/functions/f").build(),
            "req-9",
            Failure.of("ResourceNotFoundException", 404, "Function not found: arn"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("req-9");
    var body = new ObjectMapper().readTree(((HttpResponse.Bytes) response.body()).bytes());
    assertThat(body.path("Type").asText()).isEqualTo("User");
    assertThat(body.path("message").asText()).isEqualTo("Function not found: arn");
  }

  @Test
  void aThrottleCarriesItsReasonAndRetryAfter() throws Exception {
    var response =
        endpoint.renderFailure(
            request("POST", "/2015-03-31/functions/f/invocations").build(),
            "req-1",
            Failure.of("TooManyRequestsException", 429, "Rate Exceeded.")
                .with("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded"));

    var body = new ObjectMapper().readTree(((HttpResponse.Bytes) response.body()).bytes());
    assertThat(body.path("Reason").asText())
        .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
    assertThat(response.headers().first("Retry-After")).isEqualTo("1");
  }
}
