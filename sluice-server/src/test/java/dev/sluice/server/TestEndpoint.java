package dev.sluice.server;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.RestXmlErrors;
import dev.sluice.core.result.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** A service endpoint written for tests: answers every call with the given function. */
public final class TestEndpoint implements ServiceEndpoint {
  private final String signingName;
  private final Function<AwsCall, HttpResponse> answer;

  public TestEndpoint(String signingName, Function<AwsCall, HttpResponse> answer) {
    this.signingName = signingName;
    this.answer = answer;
  }

  /** An S3 stand-in that answers with the raw path, the raw query and the body it read. */
  public static TestEndpoint echo() {
    return new TestEndpoint(
        "s3",
        call -> {
          try {
            var body = call.payload().readAllBytes();
            var response = HttpResponse.bytes(200, "application/octet-stream", body);
            response.headers().set("X-Raw-Path", call.request().rawPath());
            response.headers().set("X-Raw-Query", call.request().rawQuery());
            response.headers().set("X-Request-Id", call.requestId());
            return response;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public String signingName() {
    return signingName;
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return answer.apply(call);
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return RestXmlErrors.render(failure, requestId);
  }
}
