package dev.sluice.aws.gateway;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownOperationTest {
  private final RequestAuthenticator passing =
      (request, service) ->
          Result.ok(
              new AuthenticatedRequest(
                  new Identity(null, "000000000000", "us-east-1", null, "anonymous"),
                  request.body(),
                  request.contentLength(),
                  new Headers()));
  private final RoutingGateway gateway = new RoutingGateway(passing, List.of(), service -> "REQ1");

  @Test
  void answersAJsonServiceWithoutEndpointWithUnknownOperationException() {
    var response =
        gateway.handle(
            request("POST", "/")
                .header("X-Amz-Target", "AWSGlue.StartJobRun")
                .header("Content-Type", "application/x-amz-json-1.1")
                .body("{}")
                .build());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
    assertThat(text(response))
        .startsWith("{\"__type\":\"UnknownOperationException\",\"message\":")
        .contains("AWSGlue.StartJobRun");
  }

  @Test
  void answersAQueryServiceWithoutEndpointWithInvalidAction() {
    var response =
        gateway.handle(request("POST", "/").form("Action=Publish&Version=2010-03-31").build());

    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response))
        .contains("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">")
        .contains("<Code>InvalidAction</Code>")
        .contains("<Message>The action Publish is not valid for this web service.</Message>")
        .contains("<RequestId>REQ1</RequestId>");
  }

  @Test
  void answersARestJsonServiceWithoutEndpointWith404() {
    var response = gateway.handle(request("GET", "/2015-03-31/functions/").build());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("x-amzn-ErrorType")).isEqualTo("UnknownOperationException");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
  }

  @Test
  void answersS3WithoutEndpointWithNotImplemented() {
    var response = gateway.handle(request("GET", "/bucket/key").build());

    assertThat(response.status()).isEqualTo(501);
    assertThat(text(response)).contains("<Code>NotImplemented</Code>");
    assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ1");
  }

  @Test
  void rendersAnAuthenticationFailureOfAServiceWithoutEndpointInItsProtocol() {
    RequestAuthenticator refusing =
        (request, service) ->
            Result.err(Failure.of("UnrecognizedClientException", 400, "The security token ..."));
    var strict = new RoutingGateway(refusing, List.of(), service -> "R");

    var response =
        strict.handle(
            request("POST", "/")
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .body("{}")
                .build());

    assertThat(response.status()).isEqualTo(400);
    assertThat(text(response)).contains("\"__type\":\"UnrecognizedClientException\"");
  }

  private static String text(HttpResponse response) {
    return new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
  }
}
