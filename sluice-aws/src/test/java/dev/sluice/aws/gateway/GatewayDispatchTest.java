package dev.sluice.aws.gateway;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.http.Headers;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayDispatchTest {
  private final List<String> authenticatedFor = new ArrayList<>();
  private final Identity identity = new Identity("AKID", "000000000000", "us-east-1", null, "AKID");
  private final RequestAuthenticator passing =
      (request, service) -> {
        authenticatedFor.add(service);
        return Result.ok(
            new AuthenticatedRequest(
                identity, request.body(), request.contentLength(), new Headers()));
      };

  @Test
  void handsTheAuthenticatedCallToTheChosenServicesEndpoint() {
    var states = RecordingEndpoint.echo("states");
    var s3 = RecordingEndpoint.echo("s3");
    var gateway = new RoutingGateway(passing, List.of(s3, states), service -> "REQ1");

    var response =
        gateway.handle(
            request("POST", "/")
                .header("X-Amz-Target", "AWSStepFunctions.StartExecution")
                .body("{\"name\":\"x\"}")
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(RecordingEndpoint.text(response)).isEqualTo("{\"name\":\"x\"}");
    assertThat(s3.calls).isEmpty();
    assertThat(states.calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.requestId()).isEqualTo("REQ1");
              assertThat(call.identity()).isEqualTo(identity);
            });
    assertThat(authenticatedFor).containsExactly("states");
  }

  @Test
  void replaysAFormBodyReadForRoutingToTheEndpoint() {
    var sns = RecordingEndpoint.echo("sns");
    var gateway = new RoutingGateway(passing, List.of(sns), service -> "R");

    var response =
        gateway.handle(request("POST", "/").form("Action=Publish&Version=2010-03-31").build());

    assertThat(RecordingEndpoint.text(response)).isEqualTo("Action=Publish&Version=2010-03-31");
  }

  @Test
  void letsTheEndpointRenderAnAuthenticationFailure() {
    var s3 = RecordingEndpoint.echo("s3");
    RequestAuthenticator refusing =
        (request, service) ->
            Result.err(Failure.of("SignatureDoesNotMatch", 403, "The request signature ..."));
    var gateway = new RoutingGateway(refusing, List.of(s3), service -> "REQ9");

    var response = gateway.handle(request("GET", "/bucket/key").build());

    assertThat(response.status()).isEqualTo(403);
    assertThat(RecordingEndpoint.text(response)).isEqualTo("SignatureDoesNotMatch REQ9");
    assertThat(s3.calls).isEmpty();
  }

  @Test
  void rendersAFailureOfTheBodyStreamWithTheEndpoint() {
    var rejected =
        new Failure(
            "BadDigest", 400, "The Content-MD5 you specified did not match", java.util.Map.of());
    var s3 =
        new RecordingEndpoint(
            "s3",
            call -> {
              throw new java.io.UncheckedIOException(
                  new dev.sluice.core.result.RejectedInput(rejected));
            });
    var gateway = new RoutingGateway(passing, List.of(s3), service -> "R");

    var response = gateway.handle(request("PUT", "/b/k").body("x").build());

    assertThat(response.status()).isEqualTo(400);
    assertThat(s3.renderedFailures).containsExactly(rejected);
  }

  @Test
  void refusesTwoEndpointsWithTheSameSigningName() {
    var endpoints =
        List.<ServiceEndpoint>of(RecordingEndpoint.echo("s3"), RecordingEndpoint.echo("s3"));

    assertThatThrownBy(() -> new RoutingGateway(passing, endpoints, service -> "R"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s3");
  }
}
