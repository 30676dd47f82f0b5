package dev.sluice.aws.gateway;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalErrorTest {
  private static final String SECRET = "secret detail of the bug";

  private final RequestAuthenticator broken =
      (request, service) -> {
        throw new IllegalStateException(SECRET);
      };

  @Test
  void turnsABugIntoTheJsonProtocolsInternalFailureWithoutDetails() {
    var gateway = new RoutingGateway(broken, List.of(), service -> "REQ1");

    var response =
        gateway.handle(
            request("POST", "/").header("X-Amz-Target", "AWSGlue.GetJob").body("{}").build());

    assertThat(response.status()).isEqualTo(500);
    assertThat(text(response))
        .contains("\"__type\":\"InternalFailure\"")
        .doesNotContain(SECRET)
        .doesNotContain("IllegalStateException")
        .doesNotContain("at dev.sluice");
  }

  @Test
  void turnsABugIntoS3sInternalError() {
    var gateway = new RoutingGateway(broken, List.of(), service -> "REQ1");

    var response = gateway.handle(request("GET", "/bucket").build());

    assertThat(response.status()).isEqualTo(500);
    assertThat(text(response)).contains("<Code>InternalError</Code>").doesNotContain(SECRET);
  }

  @Test
  void letsTheEndpointRenderTheInternalErrorOfItsOwnBug() {
    var failures = new java.util.ArrayList<Failure>();
    var lambda =
        new ServiceEndpoint() {
          @Override
          public String signingName() {
            return "lambda";
          }

          @Override
          public HttpResponse handle(AwsCall call) {
            throw new IllegalStateException(SECRET);
          }

          @Override
          public HttpResponse renderFailure(HttpRequest request, String id, Failure failure) {
            failures.add(failure);
            return HttpResponse.empty(failure.status());
          }
        };
    RequestAuthenticator passing =
        (request, service) ->
            dev.sluice.core.result.Result.ok(
                new AuthenticatedRequest(
                    null, request.body(), -1, new dev.sluice.aws.http.Headers()));
    var gateway = new RoutingGateway(passing, List.of(lambda), service -> "R");

    var response = gateway.handle(request("GET", "/2015-03-31/functions").build());

    assertThat(response.status()).isEqualTo(500);
    assertThat(failures).singleElement().extracting(Failure::code).isEqualTo("InternalFailure");
  }

  private static String text(HttpResponse response) {
    return new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
  }
}
