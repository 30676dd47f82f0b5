package dev.sluice.aws.lambda;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.Router;
import dev.sluice.aws.protocol.RestJsonErrors;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * AWS Lambda on the shared port, in the rest-json protocol: selects the operation by method and
 * path, runs its binding, and renders failures as Lambda does ({@code x-amzn-ErrorType}, a body
 * with {@code Type} and {@code message}). Every response carries {@code x-amzn-RequestId}.
 */
public final class LambdaEndpoint implements ServiceEndpoint {
  private final Router router;

  public LambdaEndpoint(FunctionService functions) {
    this.router = new Router(LambdaRoutes.of(functions));
  }

  @Override
  public String signingName() {
    return "lambda";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return switch (router.handle(call)) {
      case Result.Ok<HttpResponse> ok -> identify(ok.value(), call.requestId());
      case Result.Err<HttpResponse> err ->
          renderFailure(call.request(), call.requestId(), err.failure());
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    var typed = failure.details().containsKey("Type") ? failure : failure.with("Type", "User");
    var response = RestJsonErrors.render(typed, requestId);
    if (failure.code().equals("TooManyRequestsException")) {
      response.headers().set("Retry-After", "1");
    }
    return response;
  }

  private static HttpResponse identify(HttpResponse response, String requestId) {
    response.headers().set("x-amzn-RequestId", requestId);
    return response;
  }
}
